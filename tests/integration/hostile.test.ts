import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE, HOSTILE_TEX, checkEscaped } from '../gates/hostile.ts';
import { checkHtmlValidate } from '../gates/html.ts';
import { readBuiltSite, report } from '../gates/site.ts';
import { applyEdit, astroBuildAsync, projectCopy } from '../helpers/project-copy.ts';

// Hostile but valid content, in ONE real build: it must build, come out escaped and whole on every
// page (body and head) and in every citation file, leave the HTML valid, and compile in LaTeX.
// - The featured paper gets a title and an author full of markup, "</script>", quotes, TeX and
//   BibTeX specials and accented Latin letters (HOSTILE_TEX): its .bib must compile with pdflatex
//   and classic BibTeX.
// - A second, sparse publication (no volume, issue, pages or identifiers) gets right-to-left scripts
//   and combining characters as well (HOSTILE): its .biblatex.bib must compile with LuaLaTeX, Biber
//   and a font that has those scripts; its files must have no empty fields.
// Unsafe characters (control characters, bidirectional overrides) are refused by the content check:
// see tests/fixtures/bad-builds.yml.

const tmp = mkdtempSync(join(tmpdir(), 'hostile-'));
const dir = join(tmp, 'project');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPARSE = `title: ${JSON.stringify(HOSTILE.title)}
shortTitle: A sparse report
ja: { shortTitle: 特に内容のない短い報告 }
type: article-journal
language: en
authors:
  - { given: ${JSON.stringify(HOSTILE.given)}, family: ${JSON.stringify(HOSTILE.family)} }
journal: cancer-science
dates: { online: "2021-03-05" }
identifiers: {}
provenance:
  title: { source: s1, locator: test fixture, ja: { locator: テスト用の資料 } }
  authors: { source: s1, locator: test fixture, ja: { locator: テスト用の資料 } }
  journal: { source: s1, locator: test fixture, ja: { locator: テスト用の資料 } }
  language: { source: s1, locator: test fixture, ja: { locator: テスト用の資料 } }
  dates.online: { source: s1, locator: test fixture, ja: { locator: テスト用の資料 } }
`;

let output = '';
const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

beforeAll(async () => {
	projectCopy(dir, (d) => {
		applyEdit(join(d, 'content'), {
			file: 'publications/kiyoi-2020.yaml',
			set: { title: HOSTILE_TEX.title, 'authors[2].family': HOSTILE_TEX.family },
		});
		applyEdit(join(d, 'content'), { file: 'publications/hostile-2021.yaml', write: SPARSE });
	});
	const r = await astroBuildAsync(dir, [], { SITE_URL: 'https://evidence.example.org' });
	output = r.output;
	expect(r.status, output).toBe(0);
}, 300_000);

describe('pages', () => {
	test('every page shows the hostile values as text: no element, attribute or script came out of content', () => {
		const site = readBuiltSite(join(dir, 'dist'));
		const findings = checkEscaped(site.pages, {
			'/': [HOSTILE_TEX.title, HOSTILE_TEX.family],
			'/publications/hostile-2021/': [HOSTILE.title, HOSTILE.given, HOSTILE.family],
		});
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('the HTML stays valid', async () => {
		const invalid = await checkHtmlValidate(readBuiltSite(join(dir, 'dist')).pages);
		expect(invalid, `hostile content made the HTML invalid:\n${report(invalid)}`).toEqual([]);
	});

	test('author names are isolated (<bdi>), so a right-to-left name cannot reorder its neighbours', () => {
		const $ = cheerio.load(read('publications/hostile-2021/index.html'));
		expect($('.authors bdi').first().text()).toBe(`${HOSTILE.given} ${HOSTILE.family}`);
	});

	test('the overview head keeps the hostile title intact and inert in every context', () => {
		const $ = cheerio.load(read('index.html'));
		// Exactly one JSON-LD element, and the hostile "</script>" did not end it early.
		const ld = $('script[type="application/ld+json"]');
		expect(ld).toHaveLength(1);
		const data = JSON.parse(ld.text()) as { headline: string; author: { familyName: string }[] };
		expect(data.headline).toBe(HOSTILE_TEX.title);
		expect(data.author[2]!.familyName).toBe(HOSTILE_TEX.family);
		expect($('meta[name="citation_title"]').attr('content')).toBe(HOSTILE_TEX.title);
		expect($('meta[name="citation_author"]').eq(2).attr('content')).toBe(`${HOSTILE_TEX.family}, Iekuni`);
		expect($('meta[name="DC.title"]').attr('content')).toBe(HOSTILE_TEX.title);
		// No script element other than the JSON-LD and the site's own bundled modules.
		expect(
			$('script')
				.toArray()
				.every((s) => $(s).attr('type') === 'application/ld+json' || $(s).attr('type') === 'module'),
		).toBe(true);
	});

	test('the Japanese publication pages keep the hostile title and author intact, inert and marked as English', () => {
		const $ = cheerio.load(read('ja/publications/kiyoi-2020/index.html'));
		expect($('html').attr('lang')).toBe('ja');
		expect($('.paper-title').attr('lang')).toBe('en');
		expect($('.paper-title').text()).toBe(HOSTILE_TEX.title);
		expect($('.authors').text()).toContain(`Iekuni ${HOSTILE_TEX.family}`);
		// A page that offers the paper to reference managers carries its metadata (and no description).
		expect($('meta[name="citation_title"]').attr('content')).toBe(HOSTILE_TEX.title);
		expect($('script:not([type])')).toHaveLength(0);
		// The sparse publication gets its Japanese page, named by its Japanese short name.
		expect(cheerio.load(read('ja/publications/hostile-2021/index.html'))('h1').text()).toBe('特に内容のない短い報告');
	});
});

describe('citation files', () => {
	test.each([
		['kiyoi-2020', HOSTILE_TEX.title, HOSTILE_TEX.family, 2],
		['hostile-2021', HOSTILE.title, HOSTILE.family, 0],
	] as const)('%s: every format reads back to the same title and family name', (id, title, family, index) => {
		// Without case protection the parser gives the text as a reader sees it (no "nocase" markup).
		const [entry] = parseBibtex(read(`cite/${id}.bib`), { caseProtection: false }).entries;
		expect(entry!.fields.title).toBe(title);
		expect(`${entry!.fields.author![index]!.lastName}`).toBe(family);
		const [latex] = parseBibtex(read(`cite/${id}.biblatex.bib`), { caseProtection: false }).entries;
		expect(latex!.fields.title).toBe(title);
		expect(read(`cite/${id}.ris`)).toContain(`TI  - ${title}\n`);
		expect(JSON.parse(read(`cite/${id}.json`))[0].title).toBe(title);
	});

	test('a sparse publication gets its citation files too, without empty fields', () => {
		const bib = read('cite/hostile-2021.bib');
		expect(bib).toMatch(/^@article\{hostile2021,/);
		expect(bib).not.toMatch(/volume|pages|doi|pmid|= \{\}/);
		expect(read('cite/hostile-2021.ris')).toContain('DA  - 2021/03/05');
		expect(existsSync(join(dir, 'dist/cite/hostile-2021.biblatex.bib'))).toBe(true);
		expect(JSON.parse(read('cite/hostile-2021.json'))).toHaveLength(1);
	});
});

describe('LaTeX', () => {
	function run(cwd: string, cmd: string, args: string[]) {
		try {
			execFileSync(cmd, args, { cwd, stdio: 'pipe', timeout: 120_000 });
		} catch (e) {
			const err = e as { stdout?: Buffer };
			throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout?.toString().slice(-3000)}`, { cause: e });
		}
	}

	test('the hostile .bib compiles with pdflatex and classic BibTeX', () => {
		const work = mkdtempSync(join(tmp, 'bibtex-'));
		writeFileSync(join(work, 'refs.bib'), read('cite/kiyoi-2020.bib'));
		writeFileSync(
			join(work, 'doc.tex'),
			'\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{url}\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n',
		);
		run(work, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		run(work, 'bibtex', ['doc']);
		run(work, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		const blg = readFileSync(join(work, 'doc.blg'), 'utf8');
		expect(blg).not.toMatch(/There (were|was) \d+ error/);
		expect(readFileSync(join(work, 'doc.bbl'), 'utf8')).toContain('Bold');
	});

	test('Biber reads the right-to-left .biblatex.bib without a warning and keeps every character', () => {
		// Typesetting Hebrew or Arabic needs LuaLaTeX or XeLaTeX and a font that has them (the
		// reader's setup); what the file must guarantee is that Biber reads it whole.
		const work = mkdtempSync(join(tmp, 'biber-'));
		writeFileSync(join(work, 'refs.bib'), read('cite/hostile-2021.biblatex.bib'));
		run(work, 'biber', ['--tool', '--output-file=out.bib', 'refs.bib']);
		const log = readFileSync(join(work, 'refs.bib.blg'), 'utf8');
		expect(log.split('\n').filter((l) => /WARN|ERROR/.test(l))).toEqual([]);
		// Biber writes the decoded text back: every right-to-left and combining character is still there.
		const out = readFileSync(join(work, 'out.bib'), 'utf8').normalize('NFC');
		for (const word of ['עברית', 'العربية', 'x̧̌', 'é', 'مريم']) expect(out).toContain(word.normalize('NFC'));
	});
});
