import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';

// A real build of a copy of the project whose featured paper has a hostile title and author, plus a
// second, sparse publication (no volume, issue, pages or identifiers; only the Japanese short name
// that its Japanese page needs). The pages must keep every
// value intact and inert, and every publication must get its citation files.
const ROOT = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'hostile-build-'));
const dir = join(tmp, 'project');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TITLE = 'Evil </script><script>alert("x")</script> "quotes" & \'apos\' {braces} 100% #1 snake_case $5 ~tilde^ back\\slash Ünïcödé';
const FAMILY = "O'Brien & <b>{Sons}</b>";

const SPARSE = `title: A short report on nothing in particular
ja: { shortTitle: 特に内容のない短い報告 }
type: article-journal
language: en
authors:
  - { given: Mary, family: Lee }
journal: cancer-science
dates: { online: "2021-03-05" }
identifiers: {}
provenance:
  title: { source: s1, locator: test fixture }
  authors: { source: s1, locator: test fixture }
  journal: { source: s1, locator: test fixture }
  language: { source: s1, locator: test fixture }
  dates.online: { source: s1, locator: test fixture }
`;

let output = '';
beforeAll(() => {
	for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const pub = join(dir, 'content/publications/kiyoi-2020.yaml');
	let yaml = readFileSync(pub, 'utf8');
	yaml = yaml.replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`);
	yaml = yaml.replace('{ given: Iekuni, family: Oh }', `{ given: Iekuni, family: ${JSON.stringify(FAMILY)} }`);
	writeFileSync(pub, yaml);
	writeFileSync(join(dir, 'content/publications/sparse-2021.yaml'), SPARSE);
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	output = `${r.stdout}\n${r.stderr}`;
	expect(r.status, output).toBe(0);
});

const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

test('the overview head keeps the hostile title intact and inert in every context', () => {
	const html = read('index.html');
	const $ = cheerio.load(html);
	// Exactly one JSON-LD element, and the hostile "</script>" did not end it early.
	const ld = $('script[type="application/ld+json"]');
	expect(ld).toHaveLength(1);
	const data = JSON.parse(ld.text()) as { headline: string; author: { familyName: string }[] };
	expect(data.headline).toBe(TITLE);
	expect(data.author[2]!.familyName).toBe(FAMILY);
	expect($('meta[name="citation_title"]').attr('content')).toBe(TITLE);
	expect($('meta[name="citation_author"]').eq(2).attr('content')).toBe(`${FAMILY}, Iekuni`);
	expect($('meta[name="DC.title"]').attr('content')).toBe(TITLE);
	// No COinS span (Zotero would rank it above the citation_* tags); no description (read as the abstract).
	expect($('span.Z3988')).toHaveLength(0);
	expect($('meta[name="description"]')).toHaveLength(0);
	// No script element other than the JSON-LD and the site's own bundled modules.
	expect(
		$('script')
			.toArray()
			.every((s) => $(s).attr('type') === 'application/ld+json' || $(s).attr('type') === 'module'),
	).toBe(true);
	expect($('script:not([type])')).toHaveLength(0);
	expect($('b')).toHaveLength(0);
});

test('the citation files keep the hostile title and author', () => {
	const [entry] = parseBibtex(read('cite/kiyoi-2020.bib')).entries;
	expect(entry!.fields.title).toBe(TITLE);
	expect(`${entry!.fields.author![2]!.lastName}`).toBe(FAMILY);
	expect(read('cite/kiyoi-2020.ris')).toContain(`TI  - ${TITLE}\n`);
	expect(JSON.parse(read('cite/kiyoi-2020.json'))[0].title).toBe(TITLE);
});

test('a sparse publication gets its citation files too, without empty fields', () => {
	const bib = read('cite/sparse-2021.bib');
	expect(bib).toMatch(/^@article\{sparse2021,/);
	expect(bib).not.toMatch(/volume|pages|doi|pmid/);
	expect(read('cite/sparse-2021.ris')).toContain('DA  - 2021/03/05');
	expect(existsSync(join(dir, 'dist/cite/sparse-2021.biblatex.bib'))).toBe(true);
	expect(JSON.parse(read('cite/sparse-2021.json'))).toHaveLength(1);
});

test('the Japanese publication pages keep the hostile title and author intact, inert and marked as English', () => {
	const $ = cheerio.load(read('ja/publications/kiyoi-2020/index.html'));
	expect($('html').attr('lang')).toBe('ja');
	expect($('.paper-title').attr('lang')).toBe('en');
	expect($('.paper-title').text()).toBe(TITLE);
	expect($('.authors').attr('lang')).toBe('en');
	expect($('.authors').text()).toContain(`Iekuni ${FAMILY}`);
	// The page offers its publication to reference managers: the title, whole, in its citation metadata.
	expect($('meta[name="citation_title"]').attr('content')).toBe(TITLE);
	expect($('script:not([type])')).toHaveLength(0);
	expect($('b')).toHaveLength(0);
	// The sparse publication gets its Japanese page, named by its Japanese short name.
	expect(cheerio.load(read('ja/publications/sparse-2021/index.html'))('h1').text()).toBe('特に内容のない短い報告');
});
