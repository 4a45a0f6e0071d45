import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { LANGS } from '../../src/lib/i18n.ts';
import { fieldLabel, recordLabel } from '../../src/lib/field-labels.ts';
import { fieldValue, provenanceRows } from '../../src/lib/provenance.ts';
import { changeRecordsText } from '../../src/lib/changes.ts';
import { sourcesInOrder } from '../../src/lib/sources-order.ts';
import { authorFold } from '../../src/lib/names.ts';
import { peopleText } from '../../src/lib/endpoints/measures.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import type { Entry } from '../../src/lib/content-set.ts';
import type { CollectionName } from '../../src/schemas/shared.ts';

// Pages speak to readers: every field and record a page names has words in every language, and
// values are written out, never serialised. Invariants over whatever content holds.

const { set } = loadContent('content');
const withProvenance = ['publications', 'journals', 'trials', 'regimens'] as const satisfies CollectionName[];

/** Signs of a value or a name that is an internal: a path, an id, serialised data. */
const INTERNAL = /\[object |\b[a-z]+[A-Z]\w*\b|\b\w+: \w+: |\b[a-z]+\.[a-z]+\b|^[a-z0-9]+(?:-[a-z0-9]+)+$/;

describe('fields and records as readers call them', () => {
	test('every field with provenance has a label and a written-out value in every language', () => {
		let rows = 0;
		for (const collection of withProvenance)
			for (const entry of set[collection] as Entry<{ provenance: Record<string, unknown> }>[])
				for (const lang of LANGS)
					for (const row of provenanceRows(set, collection, entry as never, lang)) {
						rows++;
						expect(row.field, `${collection}/${entry.id}`).not.toMatch(INTERNAL);
						expect(row.value.length, `${collection}/${entry.id}: ${row.field}`).toBeGreaterThan(0);
						expect(row.value, `${collection}/${entry.id}: ${row.field} (${lang})`).not.toMatch(
							/\[object |\b\w+: \w+: |\b(?:from|to|unit|median|min|max|lengthWeeks): /,
						);
					}
		expect(rows).toBeGreaterThan(0);
	});

	test('every record and field a changelog entry names has words in every language', () => {
		for (const change of set.changes)
			for (const lang of LANGS) {
				const text = changeRecordsText(set, change, lang);
				for (const r of change.data.records) expect(text).not.toContain(`${r.collection}/${r.id}`);
				for (const r of change.data.records) for (const f of r.fields) expect(fieldLabel(r.collection, f, lang)).not.toMatch(INTERNAL);
			}
	});

	test('an author list says "in order" only when the published order is confirmed', () => {
		for (const p of set.publications.filter((x) => x.data.authors)) {
			const text = fieldValue(set, 'publications', p as never, 'authors', 'en').text;
			expect(text.includes('in order'), p.id).toBe(p.data.authorship === 'published-order');
		}
	});

	test('a field in another language’s block says which language', () => {
		expect(fieldLabel('publications', 'design.ja.setting', 'en')).toBe(`${fieldLabel('publications', 'design.setting', 'en')} (Japanese)`);
		expect(fieldLabel('changes', 'ja.summary', 'ja')).toBe(`${fieldLabel('changes', 'summary', 'ja')}（日本語）`);
	});

	test('a field or a record without words fails loudly', () => {
		expect(() => fieldLabel('publications', 'noSuchField', 'en')).toThrow(/fieldLabels\.publications has no label for "noSuchField"/);
		expect(() => recordLabel(set, 'publications', 'no-such-publication', 'en')).toThrow(
			/publications "no-such-publication", which does not exist/,
		);
		const pub = set.publications[0]!;
		expect(() => fieldValue(set, 'publications', { ...pub, data: { ...pub.data, odd: { a: 1 } } } as never, 'odd', 'en')).toThrow(
			/has no words for this value/,
		);
	});

	test('a record is named by its kind and its title, never its id', () => {
		for (const p of set.publications)
			for (const lang of LANGS) {
				const label = recordLabel(set, 'publications', p.id, lang);
				expect(label).not.toContain(p.id);
			}
	});
});

describe('the source register in reading order', () => {
	test('numbered sources by number, the project’s own records first', () => {
		const order = sourcesInOrder(set.sources).map((s) => s.data.label);
		const numbers = order.filter((l) => /^S\d+$/.test(l)).map((l) => Number(l.slice(1)));
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(order.findIndex((l) => /^S\d+$/.test(l))).toBe(order.length - numbers.length);
		const e = (label: string) => ({ id: label.toLowerCase(), data: { label } });
		expect(sourcesInOrder([e('S10'), e('Seed'), e('S2'), e('S1')]).map((s) => s.data.label)).toEqual(['Seed', 'S1', 'S2', 'S10']);
	});
});

describe('the overview for every reader', () => {
	test('a long author list folds after the first names; a short one does not', () => {
		expect(authorFold(16)).toEqual({ shown: 3, folded: 13 });
		expect(authorFold(4)).toEqual({ shown: 4, folded: 0 });
		expect(authorFold(1)).toEqual({ shown: 1, folded: 0 });
	});

	test('results as natural frequencies, from the counts', () => {
		const view = buildStudyView(set, 'kiyoi-2020');
		for (const ev of view.endpoints) {
			const m = ev.data.measure;
			if (m.kind === 'proportion') {
				expect(peopleText(ev, 'en')).toBe(`${m.events} of ${m.denominator} people`);
				expect(peopleText(ev, 'ja')).toBe(`${m.denominator}人中${m.events}人`);
			} else expect(() => peopleText(ev, 'en')).toThrow(/needs counts/);
		}
	});
});
