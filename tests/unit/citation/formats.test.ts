import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCitationRecord, type CitationRecord, referenceItem, toCslJson } from '../../../src/lib/citation/csl.ts';
import { protectTitle, toBiblatex, toBibtex } from '../../../src/lib/citation/bibtex.ts';
import { toRis } from '../../../src/lib/citation/ris.ts';
import { toWikipediaCite } from '../../../src/lib/citation/wikipedia.ts';
import { formatReference } from '../../../src/lib/citation/formatted.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { loadContent } from '../../helpers/load-content.ts';
import { HOSTILE_TITLE, hostileView, sparseView } from './fixtures.ts';

// Every generated file is read back with a parser that did not write it (@retorquere/bibtex-parser
// for BibTeX/BibLaTeX, citation-js's RIS reader for RIS, JSON.parse for CSL-JSON) and compared field
// by field with the record it came from. The featured paper's expected values are typed from the
// issue and the project's reference files, not from the code. Every publication's files are
// compared with its content file in readback.test.ts.

const URL_OF = (id: string) => `https://example.org/publications/${id}/`;
let kiyoi: CitationRecord;
beforeAll(async () => {
	const { set, issues } = loadContent('content');
	expect(issues).toEqual([]);
	kiyoi = buildCitationRecord(buildStudyView(set, 'kiyoi-2020'), { url: 'https://example.org/' });
});

const records = () => ({
	kiyoi,
	hostile: buildCitationRecord(hostileView(), { url: URL_OF('evil-2021') }),
	sparse: buildCitationRecord(sparseView(), { url: URL_OF('sparse-1999') }),
});

const AUTHORS_2020 = [
	'Kiyoi, Hitoshi',
	'Morris, Joan D.',
	'Oh, Iekuni',
	'Maeda, Yoshinobu',
	'Minami, Hironobu',
	'Miyamoto, Toshihiro',
	'Sakura, Toru',
	'Iida, Hiroatsu',
	'Tuglus, Catherine A.',
	'Chen, Yuqi',
	'Dos Santos, Cedric',
	'Kalabus, James',
	'Anderson, Abraham',
	'Hata, Tomoko',
	'Nakashima, Yasuhiro',
	'Kobayashi, Yukio',
];

function bib(text: string) {
	const result = parseBibtex(text);
	expect(result.errors).toEqual([]);
	expect(result.entries).toHaveLength(1);
	return result.entries[0]!;
}

describe('the featured paper, against the issue and the reference files', () => {
	test('BibTeX has the key, month macro, en-dash pages and protected proper noun', () => {
		const text = toBibtex(kiyoi);
		expect(text).toMatch(/^@article\{kiyoi2020,\n/);
		expect(text).toMatch(/\n {2}month\s+= apr,\n/);
		expect(text).toMatch(/\n {2}day\s+= \{1\},\n/);
		expect(text).toMatch(/\n {2}pages\s+= \{1314--1323\},\n/);
		expect(text).toContain('{Japanese}');
		expect(text).not.toMatch(/howpublished/);
		const e = bib(text);
		expect(e.type).toBe('article');
		expect(e.key).toBe('kiyoi2020');
		expect(e.fields.author!.map((a) => `${a.lastName}, ${a.firstName}`)).toEqual(AUTHORS_2020);
		expect(e.fields).toMatchObject({
			title: 'Phase 1b/2 study of blinatumomab in Japanese adults with relapsed/refractory acute lymphoblastic leukemia',
			journal: 'Cancer Science',
			year: '2020',
			month: '4',
			volume: '111',
			number: '4',
			pages: '1314–1323',
			doi: '10.1111/cas.14322',
			pmid: '31971321',
			issn: '1347-9032, 1349-7006',
			shortjournal: 'Cancer Sci.',
			language: 'en',
			url: 'https://example.org/',
		});
	});

	test('BibLaTeX has date, journaltitle and the PMID as a pubmed eprint', () => {
		const e = bib(toBiblatex(kiyoi));
		expect(e.fields).toMatchObject({
			date: '2020-04-01',
			journaltitle: 'Cancer Science',
			eprint: '31971321',
			eprinttype: 'pubmed',
			doi: '10.1111/cas.14322',
			// Zotero reads `language`, biblatex `langid`; both as biblatex language keys.
			language: 'english',
			langid: 'english',
		});
		expect(e.fields.author).toHaveLength(16);
	});

	test('RIS: JOUR, one AU per author, zero-padded date, DO, the page range in SP, both ISSNs in one SN, the PMID in AN and M2, ER', () => {
		const text = toRis(kiyoi);
		const lines = text.split('\n');
		expect(lines[0]).toBe('TY  - JOUR');
		expect(lines.filter((l) => l.startsWith('AU  - ')).map((l) => l.slice(6))).toEqual(AUTHORS_2020);
		for (const line of [
			'DA  - 2020/04/01',
			'PY  - 2020',
			'SP  - 1314-1323',
			'DO  - 10.1111/cas.14322',
			'SN  - 1347-9032, 1349-7006',
			'VL  - 111',
			'IS  - 4',
			'J2  - Cancer Sci.',
			'LA  - en',
			'AN  - 31971321',
			'M2  - PMID: 31971321',
			'UR  - https://example.org/',
		]) {
			expect(lines).toContain(line);
		}
		expect(lines.filter((l) => l.startsWith('SN  - '))).toHaveLength(1);
		expect(lines.some((l) => l.startsWith('EP  - '))).toBe(false);
		expect(text.endsWith('ER  - \n')).toBe(true);
	});

	test('Wikipedia {{cite journal}} uses vauthors and names the trial', () => {
		const text = toWikipediaCite(kiyoi);
		expect(text).toContain(
			'|vauthors=Kiyoi H, Morris JD, Oh I, Maeda Y, Minami H, Miyamoto T, Sakura T, Iida H, Tuglus CA, Chen Y, Dos Santos C, Kalabus J, Anderson A, Hata T, Nakashima Y, Kobayashi Y ',
		);
		for (const p of [
			'|journal=Cancer Science ',
			'|volume=111 ',
			'|issue=4 ',
			'|pages=1314–1323 ',
			'|doi=10.1111/cas.14322 ',
			'|pmid=31971321 ',
			'|date=1 April 2020 ',
			'NCT02412306',
		])
			expect(text).toContain(p);
		expect(text.startsWith('{{cite journal |')).toBe(true);
		expect(text.endsWith(' }}')).toBe(true);
	});

	test('formatted references follow the styles (expected strings written from the APA 7 and AMA 11 rules)', () => {
		expect(formatReference(referenceItem(kiyoi.csl), 'apa')).toBe(
			'Kiyoi, H., Morris, J. D., Oh, I., Maeda, Y., Minami, H., Miyamoto, T., Sakura, T., Iida, H., Tuglus, C. A., Chen, Y., Dos Santos, C., Kalabus, J., Anderson, A., Hata, T., Nakashima, Y., & Kobayashi, Y. (2020). Phase 1b/2 study of blinatumomab in Japanese adults with relapsed/refractory acute lymphoblastic leukemia. Cancer Science, 111(4), 1314–1323. https://doi.org/10.1111/cas.14322',
		);
		// AMA: more than six authors → the first three and "et al".
		expect(formatReference(referenceItem(kiyoi.csl), 'american-medical-association')).toBe(
			'Kiyoi H, Morris JD, Oh I, et al. Phase 1b/2 study of blinatumomab in Japanese adults with relapsed/refractory acute lymphoblastic leukemia. Cancer Sci. 2020;111(4):1314-1323. doi:10.1111/cas.14322',
		);
		expect(formatReference(referenceItem(kiyoi.csl), 'vancouver')).toMatch(
			/^Kiyoi H, Morris JD, Oh I, Maeda Y, Minami H, Miyamoto T, et al\. Phase 1b\/2 study/,
		);
		expect(formatReference(referenceItem(kiyoi.csl), 'chicago-author-date')).toMatch(
			/^Kiyoi, Hitoshi, Joan D\. Morris,.* 2020\. “Phase 1b\/2 Study of Blinatumomab in Japanese Adults/,
		);
	});
});

describe.each(['kiyoi', 'hostile', 'sparse'] as const)('round trip of every format: %s record', (name) => {
	const get = () => records()[name];
	const people = (r: CitationRecord) => r.csl.author.map((a) => ({ family: a.family, given: a.given }));

	test('BibTeX and BibLaTeX parse back to the record', () => {
		const r = get();
		for (const text of [toBibtex(r), toBiblatex(r)]) {
			const e = bib(text);
			expect(e.fields.title).toBe(r.csl.title.replace(/\s+/g, ' '));
			// The parser reports a leading lowercase particle as `prefix` even inside braces (Zotero's
			// convention); BibTeX itself reads "{van der Berg}" as one family name. Both join back.
			expect(e.fields.author!.map((a) => ({ family: [a.prefix, a.lastName].filter(Boolean).join(' '), given: a.firstName }))).toEqual(
				people(r),
			);
			expect(e.fields.journal ?? e.fields.journaltitle).toBe(r.csl['container-title']);
			expect(e.fields.volume).toBe(r.csl.volume);
			expect(e.fields.number).toBe(r.csl.issue);
			expect(e.fields.pages).toBe(r.csl.page?.replace('-', '–'));
			expect(e.fields.doi).toBe(r.csl.DOI);
			expect(e.fields.pmid ?? e.fields.eprint).toBe(r.csl.PMID);
			expect(e.fields.issn).toBe(r.csl.ISSN);
			expect(e.fields.url).toBe(r.csl.URL);
		}
	});

	test('RIS parses back to the record (citation-js RIS reader)', () => {
		const r = get();
		const [item] = new Cite(toRis(r), { forceType: '@ris/file' } as ConstructorParameters<typeof Cite>[1]).data as Record<
			string,
			unknown
		>[];
		expect(item).toBeDefined();
		expect(item!.title).toBe(r.csl.title);
		expect(item!.author).toEqual(people(r));
		expect(item!['container-title']).toBe(r.csl['container-title']);
		expect(item!.volume).toBe(r.csl.volume);
		expect(item!.issue).toBe(r.csl.issue);
		expect(item!.page).toBe(r.csl.page);
		expect(item!.DOI).toBe(r.csl.DOI);
		expect(item!.ISSN).toBe(r.csl.ISSN);
		expect(item!.issued).toEqual(r.csl.issued);
		expect(item!.URL).toBe(r.csl.URL);
	});

	test('CSL-JSON is an array with the one item', () => {
		const r = get();
		expect(JSON.parse(toCslJson(r))).toEqual([r.csl]);
	});

	test('the Wikipedia snippet keeps every value inside its parameter', () => {
		const r = get();
		const text = toWikipediaCite(r);
		const body = text.slice('{{cite journal'.length, -'}}'.length);
		expect(body).not.toMatch(/[{}[\]<>]/);
		const params = Object.fromEntries(
			body
				.split(' |')
				.slice(1)
				.map((p) => {
					const i = p.indexOf('=');
					return [
						p.slice(0, i),
						p
							.slice(i + 1)
							.trim()
							.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
					];
				}),
		);
		expect(params.title).toBe(r.csl.title.replace(/\s+/g, ' '));
		expect(params.journal).toBe(r.csl['container-title']);
		expect(params.doi).toBe(r.csl.DOI);
		expect(params.pmid).toBe(r.csl.PMID);
	});
});

test('hostile text stays inside its field in BibTeX: braces balanced, TeX specials escaped', () => {
	const text = toBibtex(records().hostile);
	const title = /\n {2}title\s+= \{(.*)\},\n/.exec(text)?.[1] ?? '';
	let depth = 0;
	for (const ch of title) {
		depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
		expect(depth).toBeGreaterThanOrEqual(0);
	}
	expect(depth).toBe(0);
	expect(title).not.toMatch(/(^|[^\\])[%#&_$]/);
	expect(HOSTILE_TITLE).toContain('</script>');
});

test('sparse records leave out what they do not have', () => {
	const r = records().sparse;
	const text = toBibtex(r);
	for (const field of ['volume', 'number', 'pages', 'doi', 'pmid', 'issn', 'note'])
		expect(text).not.toMatch(new RegExp(`\\n  ${field}\\s`));
	// The sparse fixture knows only an online date: that is then the date of record.
	expect(text).toMatch(/month\s+= dec/);
	expect(toRis(r)).not.toMatch(/^(SP|EP|DO|VL|IS|AN|M2|N1) {2}- /m);
});

test.each([
	['Phase 1b/2 study of blinatumomab in Japanese adults', 'Phase 1b/2 study of blinatumomab in {Japanese} adults'],
	['The BiTE molecule and mRNA', 'The {BiTE} molecule and {mRNA}'],
	['mRNA levels in R/R ALL', '{mRNA} levels in {R/R} {ALL}'],
])('protectTitle(%j)', (title, expected) => {
	expect(protectTitle(title)).toBe(expected);
});

test('"cite this website" gives the build date as the access date, in BibLaTeX and in citeproc output', async () => {
	const { webPageRecord } = await import('../../../src/lib/citation/web-page.ts');
	const { toBiblatexWebPage } = await import('../../../src/lib/citation/bibtex.ts');
	const page = webPageRecord({
		title: 'A page & {more}',
		siteName: 'Some site',
		url: 'https://example.org/a_b%20c/',
		builtOn: new Date('2026-03-04T23:59:00Z'),
	});
	const e = bib(toBiblatexWebPage(page));
	expect(e.type).toBe('online');
	expect(e.key).toBe('somesite');
	expect(e.fields).toMatchObject({ title: 'A page & {more}', url: 'https://example.org/a_b%20c/', urldate: '2026-03-04' });
	expect(formatReference(page, 'apa')).toContain('Retrieved March 4, 2026, from https://example.org/a_b%20c/');
});

test('"cite this website" in Japanese cites the Japanese page: its title, its address, language ja, a key of its own', async () => {
	const { webPageRecord } = await import('../../../src/lib/citation/web-page.ts');
	const { toBiblatexWebPage } = await import('../../../src/lib/citation/bibtex.ts');
	const built = new Date('2026-03-04T23:59:00Z');
	const en = webPageRecord({ title: 'A page', siteName: 'Some site', url: 'https://example.org/', builtOn: built });
	const ja = webPageRecord({
		title: '日本語の頁',
		siteName: 'あるサイト',
		idBase: 'Some site',
		url: 'https://example.org/ja/',
		builtOn: built,
		language: 'ja',
	});
	expect(en).toMatchObject({ id: 'some-site', language: 'en' });
	expect(ja).toMatchObject({
		id: 'some-site-ja',
		language: 'ja',
		title: '日本語の頁',
		'container-title': 'あるサイト',
		URL: 'https://example.org/ja/',
	});
	const e = bib(toBiblatexWebPage(ja));
	expect(e.key).toBe('somesiteja');
	// biblatex's langid takes a babel/polyglossia language name, not a code.
	expect(e.fields).toMatchObject({ url: 'https://example.org/ja/', urldate: '2026-03-04', langid: 'japanese' });
	expect(bib(toBiblatexWebPage(en)).fields).toMatchObject({ langid: 'english' });
	expect(formatReference(ja, 'apa')).toContain('日本語の頁');
	expect(formatReference(ja, 'apa')).toContain('https://example.org/ja/');
});
