import { beforeAll, describe, expect, test } from 'vitest';
import { buildCitationRecord, type CitationRecord } from '../../../src/lib/citation/csl.ts';
import { CITATION_FILES } from '../../../src/lib/citation/files.ts';
import { highwireTags } from '../../../src/lib/citation/head-meta.ts';
import { toWikipediaCite } from '../../../src/lib/citation/wikipedia.ts';
import type { ContentSet } from '../../../src/lib/content-set.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { loadContent } from '../../helpers/load-content.ts';
import { expectedDate, expectedImport, READERS, readRis } from './readback.ts';

// Every citation file of every publication in content/, read back with an independent parser and
// compared field by field with what the content file says (invariants: adding a publication adds
// cases, it breaks none). The expected values come from content/publications/<id>.yaml and its
// journal through tests/unit/citation/readback.ts, not from src/lib/citation/.

let set: ContentSet;
beforeAll(async () => {
	const loaded = loadContent('content');
	expect(loaded.issues).toEqual([]);
	set = loaded.set;
});

const urlOf = (id: string) => `https://example.org/publications/${id}/`;
const record = (id: string): CitationRecord => buildCitationRecord(buildStudyView(set, id), { url: urlOf(id) });
const ids = () => set.publications.map((p) => p.id);

describe.each(CITATION_FILES.map((f) => [f.label, f] as const))('%s of every publication', (_label, file) => {
	test('reads back as the content file says: every field, the date at its precision, no authors when their order is not confirmed', () => {
		expect(ids().length).toBeGreaterThan(0);
		for (const id of ids()) {
			const imported = READERS[file.suffix]!(file.render(record(id)));
			const expected = expectedImport(set, id, urlOf(id));
			expect(imported, `${id}${file.suffix}`).toEqual(expected);
		}
	});
});

test('every format, the head tags and the Wikipedia snippet give one date with one precision', () => {
	for (const id of ids()) {
		const r = record(id);
		const dates = CITATION_FILES.map((f) => READERS[f.suffix]!(f.render(r)).date);
		const p = set.publications.find((e) => e.id === id)!.data;
		const expected = expectedDate(p.dates);
		expect(new Set(dates), id).toEqual(new Set([expected]));
		const head = highwireTags(r, urlOf(id)).find((t) => t.name === 'citation_publication_date')?.content;
		expect(head?.replaceAll('/', '-'), id).toBe(expected);
		// Wikipedia: "1 April 2020", "August 2020" or "2015": as many parts as the date has.
		const wiki = /\|date=([^|]*?) \|/.exec(toWikipediaCite(r))?.[1] ?? '';
		expect(wiki.split(' ').length, `${id}: ${wiki}`).toBe(expected?.split('-').length);
	}
});

test('the register: the expansion cohort is dated 2022 (its online date is not an issue date); the paediatric paper August 2020; MT103-211 2015', () => {
	// Values from ../shared/reference/study-facts.md §3a, §3b, §3e.
	const at = (id: string) => CITATION_FILES.map((f) => READERS[f.suffix]!(f.render(record(id))).date);
	expect(new Set(at('expansion-cohort-2022'))).toEqual(new Set(['2022']));
	expect(new Set(at('paediatric-phase-1b-2020'))).toEqual(new Set(['2020-08']));
	expect(new Set(at('mt103-211-2015'))).toEqual(new Set(['2015']));
});

test('TOWER (author order not confirmed) names nobody in any format and says why in each note field', () => {
	const r = record('tower-2017');
	for (const f of CITATION_FILES) {
		const text = f.render(r);
		for (const name of ['Kantarjian', 'Sanz', 'Topp', 'Dombret']) expect(text, f.label).not.toContain(name);
		expect(READERS[f.suffix]!(text).saysWhyNoAuthors, f.label).toBe(true);
	}
	expect(highwireTags(r, urlOf('tower-2017')).filter((t) => t.name === 'citation_author')).toEqual([]);
});

describe('the read-back check fails on wrong files', () => {
	test('a RIS whose date is the online date instead of the issue month', () => {
		const id = 'paediatric-phase-1b-2020';
		const text = CITATION_FILES.find((f) => f.key === 'ris')!.render(record(id));
		const broken = text.replace(/^DA {2}- .*$/m, 'DA  - 2020/06/20');
		expect(readRis(broken).date).toBe('2020-06-20');
		expect(readRis(broken)).not.toEqual(expectedImport(set, id, urlOf(id)));
	});

	test('a BibTeX that keeps only the print ISSN, or has lost the day', () => {
		const id = 'kiyoi-2020';
		const bib = CITATION_FILES.find((f) => f.key === 'bibtex')!;
		const expected = expectedImport(set, id, urlOf(id));
		const text = bib.render(record(id));
		expect(READERS['.bib']!(text.replace(/issn += \{[^}]*\}/, 'issn = {1347-9032}'))).not.toEqual(expected);
		expect(READERS['.bib']!(text.replace(/\n {2}day += \{1\},/, ''))).not.toEqual(expected);
	});

	test('a CSL-JSON whose note lost the PMID line, or a file naming authors whose order is not confirmed', () => {
		const json = CITATION_FILES.find((f) => f.key === 'csl-json')!;
		const kiyoi = JSON.parse(json.render(record('kiyoi-2020'))) as Record<string, unknown>[];
		delete kiyoi[0]!.note;
		expect(() => READERS['.json']!(JSON.stringify(kiyoi))).toThrow(/PMID/);
		const tower = JSON.parse(json.render(record('tower-2017'))) as Record<string, unknown>[];
		tower[0]!.author = [{ family: 'Sanz', given: 'M. A.' }];
		expect(READERS['.json']!(JSON.stringify(tower))).not.toEqual(expectedImport(set, 'tower-2017', urlOf('tower-2017')));
	});
});
