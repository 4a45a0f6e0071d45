import { describe, expect, test } from 'vitest';
import { checkBudgets, checkForeignFonts, checkOverviewTarget, weighPage } from './budgets.ts';
import { checkCss } from './css.ts';
import { checkHeaders } from './headers.ts';
import { checkHtmlValidate, checkNu } from './html.ts';
import { checkLinks } from './links.ts';
import { checkPublicUrls, readPublicUrls } from './public-urls.ts';
import { builtOrigins, fileReader, readBuiltSite, report } from './site.ts';

// The gates over the site `npm run build` wrote to dist/. Every page is found by walking dist/, so
// pages added later are covered without touching this file.
const DIST = 'dist';
const site = readBuiltSite(DIST);
const read = fileReader(DIST);

describe(`the built site (${site.pages.length} pages in ${DIST}/)`, () => {
	test('has pages (the walk found the build)', () => {
		expect(site.pages.map((p) => p.path)).toContain('/');
	});

	test('links: every internal link and #fragment resolves', () => {
		const findings = checkLinks(site.pages, site.files, builtOrigins(site));
		expect(findings, `broken links:\n${report(findings)}`).toEqual([]);
	});

	test('links: every public URL and permanent anchor in tests/gates/public-urls.json is still there', () => {
		const findings = checkPublicUrls(readPublicUrls(), site.pages, site.files);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('valid HTML: html-validate finds no errors', async () => {
		const findings = await checkHtmlValidate(site.pages);
		expect(findings, `html-validate:\n${report(findings)}`).toEqual([]);
	});

	test('valid HTML: the W3C Nu checker finds no errors', () => {
		const findings = checkNu([DIST]);
		expect(findings, `Nu checker:\n${report(findings)}`).toEqual([]);
	});

	test('budgets: every page within 20 KB gzip in all, 5 KB of JavaScript', () => {
		const weights = site.pages.map((p) => weighPage(p, read));
		const findings = checkBudgets(weights);
		expect(findings, `over budget:\n${report(findings)}`).toEqual([]);
	});

	test('budgets: the overview within 12 KB gzip in at most 3 requests', () => {
		const findings = checkOverviewTarget(site.pages.map((p) => weighPage(p, read)));
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('budgets: no web fonts or other resources from other origins', () => {
		const css = [...site.files].filter((f) => f.endsWith('.css')).map((path) => ({ path, css: read(path) ?? '' }));
		const findings = checkForeignFonts(site.pages, css);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('valid CSS: every stylesheet the build wrote parses, with known properties and valid values', () => {
		// /pagefind/ is Pagefind's own output (its stock UI, which the site does not load), kept as shipped.
		const sheets = [...site.files].filter((f) => f.endsWith('.css') && !f.startsWith('/pagefind/'));
		expect(sheets.length, 'the build wrote no stylesheet').toBeGreaterThan(0);
		const findings = sheets.flatMap((path) => checkCss(path, read(path) ?? ''));
		expect(findings, `invalid CSS:\n${report(findings)}`).toEqual([]);
	});

	test('security: public/_headers agrees with the pages’ CSP and sends the required headers', () => {
		const text = read('_headers');
		expect(text, 'dist/_headers is missing (public/_headers is copied into the build)').toBeDefined();
		const findings = checkHeaders(text!, site.pages);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});
});
