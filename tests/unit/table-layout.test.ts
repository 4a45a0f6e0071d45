import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { LANGS, t } from '../../src/i18n/index.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { endpointRows } from '../../src/lib/endpoints/rows.ts';
import { survivalComparison } from '../../src/lib/context/survival.ts';
import { columnLabel, endpointColumns, keepTogether, studyColumns, survivalColumns, type Segment } from '../../src/lib/table-layout.ts';
import { rowUrl } from '../../src/lib/row-link.ts';
import { FEATURED_PUBLICATION, SURVIVAL_OUTCOME } from '../../src/site.ts';

const { set } = loadContent('content');
const kept = (segments: Segment[]) => segments.filter((s) => s.keep).map((s) => s.text);

describe('keepTogether: numbers, intervals and units stay on one line', () => {
	test('a median with its interval: each number with its unit, the interval label, the interval', () => {
		expect(keepTogether('median 5 months (95% CI 3.5–6.4 months)')).toEqual([
			{ text: 'median ', keep: false },
			{ text: '5 months', keep: true },
			{ text: ' (', keep: false },
			{ text: '95% CI', keep: true },
			{ text: ' ', keep: false },
			{ text: '3.5–6.4 months', keep: true },
			{ text: ')', keep: false },
		]);
	});

	test('a count with its percentage is one run, in both languages', () => {
		expect(kept(keepTogether('8/21 (38.1%)'))).toEqual(['8/21 (38.1%)']);
		expect(kept(keepTogether('8/21例 (38.1%)'))).toEqual(['8/21例 (38.1%)']);
		expect(kept(keepTogether('中央値5か月（95%信頼区間 3.5–6.4か月）'))).toEqual(['5か月', '95%信頼区間', '3.5–6.4か月']);
	});

	test('doses, P values, numbered parts; words without numbers stay free to wrap', () => {
		expect(kept(keepTogether('9 μg/day'))).toEqual(['9 μg/day']);
		expect(kept(keepTogether('5 μg/m²/日'))).toEqual(['5 μg/m²/日']);
		expect(kept(keepTogether('0.71 (95% CI 0.55–0.93); P = 0.01'))).toEqual(['0.71', '95% CI', '0.55–0.93', 'P = 0.01']);
		expect(kept(keepTogether('Patients treated in phase 1b'))).toEqual(['phase 1b']);
		expect(kept(keepTogether('from 2014-01-01; ISSN 1349-7006, 2020-03'))).toEqual(['2014-01-01', '1349-7006', '2020-03']);
		expect(keepTogether('none reported (no percentage printed)')).toEqual([{ text: 'none reported (no percentage printed)', keep: false }]);
		expect(keepTogether('')).toEqual([]);
	});

	// Over every cell the endpoint and survival tables show, in every language: the runs give back the
	// text exactly, every digit is inside a kept run, and no interval is cut between its two ends.
	const cells: string[] = [];
	for (const lang of LANGS) {
		for (const p of set.publications) {
			for (const r of endpointRows(buildStudyView(set, p.id).endpoints, lang)) cells.push(r.result, r.ci, r.printed, r.part);
		}
		for (const r of survivalComparison(set, FEATURED_PUBLICATION, SURVIVAL_OUTCOME, lang)) cells.push(r.result);
	}

	test('the tables have cells to check', () => {
		expect(cells.filter((c) => /\d/.test(c)).length).toBeGreaterThan(20);
	});

	test.each([...new Set(cells)].map((c) => [c]))('%s', (text) => {
		const segments = keepTogether(text);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		for (const s of segments.filter((x) => !x.keep)) expect(s.text, `a digit outside a kept run in "${text}"`).not.toMatch(/\d/);
		for (const m of text.matchAll(/[\d.]+%?–[\d.]+%?/g))
			expect(
				kept(segments).some((k) => k.includes(m[0])),
				`"${m[0]}" cut in "${text}"`,
			).toBe(true);
	});
});

describe('columns of the results tables', () => {
	for (const lang of LANGS) {
		test(`${lang}: every column has a label from the dictionary, distinct within its table`, () => {
			const d = t(lang);
			for (const table of [endpointColumns(lang), survivalColumns(lang), studyColumns(lang)]) {
				const labels = [table.rowHeader, ...table.columns.map((c) => c.label)];
				expect(labels.every((l) => l.trim().length > 0)).toBe(true);
				expect(new Set(labels).size).toBe(labels.length);
				expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
			}
			expect(columnLabel(endpointColumns(lang), 'ci')).toBe(d.colCI);
			expect(columnLabel(survivalColumns(lang), 'why-not')).toBe(d.colWhyNot);
			expect(columnLabel(studyColumns(lang), 'patients')).toBe(d.colPatients);
		});
	}

	test('the endpoint table keeps the part as its first cell and the numbers in the middle', () => {
		expect(endpointColumns().columns.map((c) => c.key)).toEqual(['part', 'role', 'result', 'ci', 'printed', 'source']);
		expect(
			endpointColumns()
				.columns.filter((c) => c.num)
				.map((c) => c.key),
		).toEqual(['result', 'ci', 'printed']);
	});

	test('a column the table does not have is an error, not an empty label', () => {
		expect(() => columnLabel(endpointColumns(), 'dose' as never)).toThrow(/no column "dose"/);
	});
});

describe('rowUrl: the full address a "link to this result" copies', () => {
	test('the page address with the row as its fragment, replacing any other', () => {
		expect(rowUrl('https://evidence.example.org/endpoints/', 'os')).toBe('https://evidence.example.org/endpoints/#os');
		expect(rowUrl('https://evidence.example.org/ja/endpoints/#os', 'cr-crh-phase-2')).toBe(
			'https://evidence.example.org/ja/endpoints/#cr-crh-phase-2',
		);
		expect(rowUrl('http://127.0.0.1:4321/evidence/endpoints/?x=1#a', '#b')).toBe('http://127.0.0.1:4321/evidence/endpoints/?x=1#b');
	});
});
