import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUDGETS, checkBudgets, checkForeignFonts, checkOverviewTarget, gzipSize, staticImports, weighPage } from '../../gates/budgets.ts';
import { checkCss } from '../../gates/css.ts';
import { checkHeaders, parseCsp } from '../../gates/headers.ts';
import { HOSTILE, HOSTILE_MARKER, checkEscaped } from '../../gates/hostile.ts';
import { checkHtmlValidate, checkNu } from '../../gates/html.ts';
import { checkLinks } from '../../gates/links.ts';
import { checkPublicUrls, readPublicUrls } from '../../gates/public-urls.ts';
import { type BuiltPage, publicPath } from '../../gates/site.ts';

// Each gate on a deliberately broken input must report it (and on the mended input must not), so
// a gate that passes the real site is known to be able to fail.

const CSP = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'";
const doc = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${CSP}"><title>T</title>${head}</head><body>${body}</body></html>`;
const page = (path: string, body: string, head = ''): BuiltPage => ({ path, file: `${path.slice(1)}index.html`, html: doc(body, head) });

describe('site paths', () => {
	test('files map to public paths under the base', () => {
		expect(publicPath('/', 'index.html')).toBe('/');
		expect(publicPath('/evidence/', 'design/index.html')).toBe('/evidence/design/');
		expect(publicPath('/evidence', '404.html')).toBe('/evidence/404.html');
	});
});

describe('links gate', () => {
	const files = new Set(['/index.html', '/endpoints/index.html', '/_astro/a.css']);
	const endpoints = page('/endpoints/', '<table><tr id="os"><td>x</td></tr></table>');
	test('passes links that resolve, with their fragments', () => {
		const home = page(
			'/',
			'<a href="/endpoints/#os">os</a> <a href="endpoints">rel</a> <a href="https://example.org/x">out</a> <a href="#top">top</a>',
			'<link rel="stylesheet" href="/_astro/a.css">',
		);
		expect(checkLinks([home, endpoints], files)).toEqual([]);
	});
	test('reports a missing page, a missing anchor and a missing asset', () => {
		const home = page(
			'/',
			'<a href="/design/">gone</a> <a href="/endpoints/#overall-survival">anchor</a>',
			'<link rel="stylesheet" href="/_astro/b.css">',
		);
		const messages = checkLinks([home, endpoints], files).map((f) => f.message);
		expect(messages).toEqual([
			expect.stringContaining('"/design/" points to /design/, which the build does not contain'),
			expect.stringContaining('/endpoints/ has no element with id "overall-survival"'),
			expect.stringContaining('"/_astro/b.css" points to /_astro/b.css'),
		]);
	});
	test('treats absolute links to the site’s own origin as internal', () => {
		const home = page('/', '<a href="https://evidence.example.org/nope/">self</a>');
		expect(checkLinks([home], files, ['https://evidence.example.org'])).toHaveLength(1);
	});
	test('a page of a sub-path build that links outside its base is reported', () => {
		const sub = new Set(['/evidence/index.html']);
		const home = { ...page('/evidence/', '<a href="/design/">root-relative link that ignores the base</a>'), path: '/evidence/' };
		expect(checkLinks([home], sub).map((f) => f.message)).toEqual([expect.stringContaining('/design/, which the build does not contain')]);
	});
});

describe('public URLs gate', () => {
	const manifest = { '/': [], '/endpoints/': ['os', 'cr-crh-phase-2'] };
	const files = new Set(['/evidence/index.html', '/evidence/endpoints/index.html']);
	const pages = [
		{ ...page('/evidence/', 'home'), path: '/evidence/' },
		{ ...page('/evidence/endpoints/', '<p id="os">os</p><p id="cr-crh-phase-2">cr</p>'), path: '/evidence/endpoints/' },
	];
	test('passes when every URL and anchor is there (under the base)', () => {
		expect(checkPublicUrls(manifest, pages, files, '/evidence/')).toEqual([]);
	});
	test('a dropped page or anchor fails and says to add a redirect', () => {
		const broken = checkPublicUrls(
			{ ...manifest, '/design/': [] },
			[pages[0]!, { ...pages[1]!, html: doc('<p id="os">os</p>') }],
			new Set([...files]),
			'/evidence/',
		);
		expect(broken.map((f) => f.message)).toEqual([
			expect.stringMatching(/permanent anchor #cr-crh-phase-2 is gone from \/endpoints\/.*redirect/),
			expect.stringMatching(/public URL \/design\/ is gone from the build.*add a redirect page/),
		]);
	});
});

describe('the manifest of public URLs', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'manifest-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	test('lists each page once; its address in each language is implied, with the same anchors', () => {
		const file = join(tmp, 'public-urls.json');
		writeFileSync(file, JSON.stringify({ languages: ['/ja'], urls: { '/': [], '/endpoints/': ['os'], '/cite/x.bib': [] } }));
		expect(readPublicUrls(file)).toEqual({ '/': [], '/endpoints/': ['os'], '/cite/x.bib': [], '/ja/': [], '/ja/endpoints/': ['os'] });
	});
	test('the real manifest has each page once, in English', () => {
		const json = JSON.parse(readFileSync('tests/gates/public-urls.json', 'utf8')) as {
			urls: Record<string, string[]>;
			languages: string[];
		};
		expect(Object.keys(json.urls).filter((u) => json.languages.some((l) => u.startsWith(`${l}/`)))).toEqual([]);
	});
});

describe('valid HTML gates', () => {
	const broken =
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><p>a<p>b</p></p><div id="x"></div><div id="x"></div></body></html>';
	test('html-validate reports nested paragraphs and duplicate ids', async () => {
		const findings = await checkHtmlValidate([{ path: '/', file: 'index.html', html: broken }]);
		expect(findings.map((f) => f.message).join('\n')).toMatch(/no-dup-id/);
		expect(findings.map((f) => f.message).join('\n')).toMatch(/close-order|no-implicit-close/);
	});
	test('html-validate passes a valid page', async () => {
		expect(await checkHtmlValidate([page('/', '<main><p>fine</p></main>')])).toEqual([]);
	});
	const tmp = mkdtempSync(join(tmpdir(), 'vnu-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	test('the Nu checker reports a stray end tag and passes a valid page', () => {
		writeFileSync(join(tmp, 'bad.html'), broken);
		writeFileSync(
			join(tmp, 'good.html'),
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><p>fine</p></body></html>',
		);
		const findings = checkNu([tmp]);
		expect(findings.length).toBeGreaterThan(0);
		expect(findings.every((f) => f.page.endsWith('bad.html'))).toBe(true);
		expect(findings.map((f) => f.message).join('\n')).toMatch(/“p” end tag|Duplicate ID/);
	}, 60_000);
});

describe('budgets gate', () => {
	// Random bytes do not compress: n characters of base64 weigh about 3n/4 bytes gzip-compressed.
	const noise = (n: number) =>
		randomBytes(Math.ceil((n * 3) / 4))
			.toString('base64')
			.slice(0, n);
	test('counts HTML, CSS and the scripts a page loads, following static imports but not dynamic ones', () => {
		const assets: Record<string, string> = {
			'/_astro/a.css': 'body{color:red}',
			'/_astro/main.js': 'import{x}from"./chunk.js";const s=()=>import("./search.js");',
			'/_astro/chunk.js': 'export const x=1;',
			'/_astro/search.js': noise(30_000),
		};
		const p = page(
			'/',
			'<main>hi</main>',
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/main.js"></script>',
		);
		const w = weighPage(p, (f) => assets[f]);
		expect(w.assets.sort()).toEqual(['/_astro/a.css', '/_astro/chunk.js', '/_astro/main.js']);
		expect(w.requests).toBe(4);
		expect(w.cssBytes).toBe(gzipSize(assets['/_astro/a.css']!));
		expect(w.jsBytes).toBe(gzipSize(assets['/_astro/main.js']!) + gzipSize(assets['/_astro/chunk.js']!));
		expect(checkBudgets([w])).toEqual([]);
	});
	test('fails a page over budget with the measured figure', () => {
		// About 15 KB of HTML and 7.5 KB of JavaScript after compression.
		const assets: Record<string, string> = { '/_astro/big.js': noise(10_000) };
		const p = page('/heavy/', noise(20_000), '<script type="module" src="/_astro/big.js"></script>');
		const w = weighPage(p, (f) => assets[f]);
		const messages = checkBudgets([w]).map((f) => f.message);
		expect(messages).toEqual([
			expect.stringMatching(/^loads 2[2-4]\.\d KB gzip-compressed .*the budget is 20\.0 KB$/),
			expect.stringMatching(/^loads 7\.\d KB of JavaScript .*the budget is 5\.0 KB/),
		]);
		expect(w.totalBytes).toBeGreaterThan(BUDGETS.totalBytes);
	});
	test('fails an overview over its 12 KB target, or with a fourth request', () => {
		const assets: Record<string, string> = { '/_astro/a.css': noise(2_000), '/_astro/b.css': 'b{}', '/_astro/c.js': 'c' };
		const heavy = weighPage(page('/', noise(14_000), '<link rel="stylesheet" href="/_astro/a.css">'), (f) => assets[f]);
		expect(checkOverviewTarget([heavy]).map((f) => f.message)).toEqual([
			expect.stringMatching(/^the overview loads 1\d\.\d KB .*its target is 12\.0 KB$/),
		]);
		const many = weighPage(
			page(
				'/',
				'x',
				'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><script type="module" src="/_astro/c.js"></script>',
			),
			(f) => assets[f],
		);
		expect(checkOverviewTarget([many]).map((f) => f.message)).toEqual(['the overview makes 4 requests on load; its target is 3']);
		expect(checkOverviewTarget([weighPage(page('/', 'x'), () => undefined)])).toEqual([]);
	});
	test('finds static imports in minified modules', () => {
		expect(staticImports('import"./a.js";import{b as c}from"./b.js";export*from"./d.js";import("./lazy.js")')).toEqual([
			'./a.js',
			'./b.js',
			'./d.js',
		]);
	});
	test('fails web fonts from other origins', () => {
		const findings = checkForeignFonts(
			[page('/', '', '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">')],
			[{ path: '/_astro/a.css', css: '@font-face{font-family:X;src:url(https://cdn.example.com/x.woff2)}' }],
		);
		expect(findings).toHaveLength(2);
		expect(checkForeignFonts([page('/', '')], [{ path: '/a.css', css: '@font-face{src:url(/_astro/x.woff2)}' }])).toEqual([]);
	});
});

describe('CSS gate', () => {
	test('passes modern CSS the site uses: logical properties, light-dark(), alt text for content, var()', () => {
		const css = `.a{inset-inline:0;margin-block:1rem 0;color:light-dark(#000,#fff);text-wrap:balance}
.b::before{content:'x' / ''}
.c{color:var(--fg);--gap:1rem 2rem}
@media print{.d{display:none}}`;
		expect(checkCss('ok.css', css)).toEqual([]);
	});
	test("the site's own stylesheets pass (before the minifier, which would silently turn a dropped brace into nesting)", () => {
		const dir = new URL('../../../src/styles/', import.meta.url);
		const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));
		expect(sheets.length).toBeGreaterThan(0);
		const findings = sheets.flatMap((f) => checkCss(`src/styles/${f}`, readFileSync(new URL(f, dir), 'utf8')));
		expect(findings.map((f) => `${f.page}: ${f.message}`)).toEqual([]);
	});
	test('fails a dropped closing brace, with its line', () => {
		const messages = checkCss('broken.css', '.a{color:red}\n.b{color:blue;\n.c{margin:0}\n').map((f) => f.message);
		expect(messages).toEqual([expect.stringMatching(/^line 3, column \d+: syntax error: /)]);
	});
	test('fails a mistyped property and a value outside the grammar, with their lines', () => {
		const messages = checkCss('broken.css', '.a{color:red}\n.d{colr:red}\n.e{width:10pz}\n').map((f) => f.message);
		expect(messages).toEqual([
			expect.stringMatching(/^line 2, column \d+: unknown property "colr"$/),
			expect.stringMatching(/^line 3, column \d+: "width: 10pz" does not match the property's grammar$/),
		]);
	});
});

describe('headers gate', () => {
	const good = `/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`;
	test('passes headers that agree with the pages', () => {
		expect(checkHeaders(good, [page('/', '')])).toEqual([]);
	});
	test('fails missing headers, unsafe-inline, a script-src that would block hashed scripts, and disagreement', () => {
		const bad = `/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'self'; script-src 'self' 'unsafe-inline'\n  Referrer-Policy: no-referrer\n`;
		const messages = checkHeaders(bad, [page('/', '')]).map((f) => f.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('does not send x-content-type-options'),
				expect.stringContaining("allows 'self' 'unsafe-inline'"),
				expect.stringContaining('sets script-src'),
				expect.stringContaining(`object-src is "'none'" in the page but "'self'" in _headers`),
			]),
		);
	});
	test('fails a page without a CSP meta', () => {
		const noCsp = { path: '/x/', file: 'x/index.html', html: '<!doctype html><html><head><title>x</title></head><body></body></html>' };
		expect(checkHeaders(good, [noCsp]).map((f) => f.message)).toEqual([
			expect.stringContaining('has no <meta http-equiv="content-security-policy">'),
		]);
	});
	test('reads a CSP into directives', () => {
		expect(parseCsp(CSP).get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
	});
});

describe('hostile content gate', () => {
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	test('passes values that come out escaped and whole', () => {
		const p = page(
			'/',
			`<h1>${escape(HOSTILE.title)}</h1><p title="${escape(HOSTILE.given)}">${escape(HOSTILE.given)} ${escape(HOSTILE.family)}</p>`,
		);
		expect(checkEscaped([p], { '/': [HOSTILE.title, HOSTILE.given, HOSTILE.family] })).toEqual([]);
	});
	test('fails raw markup, a broken-out </script>, a broken-open attribute, and a dropped value', () => {
		const p = page('/', `<h1>${HOSTILE.title}</h1><p title="${HOSTILE.given}">x</p>`);
		const messages = checkEscaped([p], { '/': [HOSTILE.family] }).map((f) => f.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('became a <b> element'),
				expect.stringContaining('<script> element carries text from content'),
				expect.stringMatching(/has an attribute "q/),
				expect.stringContaining('does not show'),
			]),
		);
		expect(HOSTILE_MARKER).toBe('hostile-marker');
	});
	test('fails a value escaped twice', () => {
		const p = page('/', `<h1>${escape(escape(HOSTILE.title))}</h1>`);
		expect(checkEscaped([p], { '/': [HOSTILE.title] })).toHaveLength(1);
	});
});
