import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { endpointRows } from '../../src/lib/endpoints/rows.ts';
import { findEndpoint } from '../../src/lib/study.ts';
import { summaryText } from '../../src/lib/endpoints/measures.ts';
import { keyFigures } from '../../src/lib/endpoints/key-figures.ts';
import { denominatorExplanation } from '../../src/lib/endpoints/explanations.ts';
import { requireSchedule, scheduleRows } from '../../src/lib/dosing.ts';
import { fact } from '../../src/lib/facts.ts';
import { citationLine } from '../../src/lib/citation-line.ts';

const { set } = loadContent('content');
const view = buildStudyView(set, 'kiyoi-2020');

test('endpoint summaries: counts from the abstract, intervals as SciPy gives them (see cases/clopper-pearson.yml)', () => {
	expect(summaryText(findEndpoint(view.endpoints, 'cr-crh-phase-2'))).toBe('8 of 21 (38.1%; 95% CI 18.1%–61.6%)');
	expect(summaryText(findEndpoint(view.endpoints, 'cr-crh-phase-1b'))).toBe('4 of 5 (80.0%; 95% CI 28.4%–99.5%)');
	expect(summaryText(findEndpoint(view.endpoints, 'dlt-phase-1b'))).toBe('0 of 5 (0.0%; 95% CI 0.0%–52.2%)');
	expect(summaryText(findEndpoint(view.endpoints, 'mrd-phase-2'))).toBe('3 of 8 (37.5%; 95% CI 8.5%–75.5%)');
	expect(summaryText(findEndpoint(view.endpoints, 'rfs-phase-2'))).toBe('median 5 months (95% CI 3.5–6.4 months)');
	expect(summaryText(findEndpoint(view.endpoints, 'os'))).toBe('not estimable');
});

test('table rows keep content order and show the printed value beside the computed one', () => {
	const rows = endpointRows(view.endpoints);
	// Content order: each endpoint's `order` field, whatever the endpoints are.
	expect(rows.map((r) => r.anchor)).toEqual([...view.endpoints].sort((a, b) => a.data.order - b.data.order).map((e) => e.anchor));
	const row = rows.find((r) => r.anchor === 'grade3-ae')!;
	expect([row.result, row.ci, row.printed]).toEqual(['25/26 (96.2%)', '80.4%–99.9%', '96%']);
	expect(rows.find((r) => r.anchor === 'rfs-phase-2')!.ciKind).toBe('printed');
});

test('derived denominators are explained from the numbers', () => {
	expect(denominatorExplanation(findEndpoint(view.endpoints, 'mrd-phase-2'))).toBe(
		'Denominator derived: the abstract prints 3 (38%) without a denominator; 8 is the only number of patients up to 21 for which 3 rounds to that percentage.',
	);
	expect(denominatorExplanation(findEndpoint(view.endpoints, 'dlt-phase-1b'))).toMatch(
		/^Denominator assumed: .* 5 is the number of patients in Phase 1b\./,
	);
});

test('unknown endpoints and facts fail loudly', () => {
	expect(() => findEndpoint(view.endpoints, 'cr-crh-phase-3')).toThrow(/Unknown endpoint "cr-crh-phase-3"/);
	expect(() => fact(view, 'population.phase-3.n')).toThrow(/Unknown fact/);
});

test('facts come from content', () => {
	expect(fact(view, 'population.enrolled')).toBe('26');
	expect(fact(view, 'population.phase-2.n')).toBe('21');
	expect(fact(view, 'regimen.dose.start')).toBe('9 μg/day');
	expect(fact(view, 'regimen.dose.full')).toBe('28 μg/day');
	expect(fact(view, 'trial.start')).toBe('June 2015');
});

test('the key figures lead with the primary endpoint of the largest part, then enrolment, and cover every endpoint', () => {
	const figures = keyFigures(view);
	const largest = view.endpoints.filter((e) => e.data.role === 'primary').sort((a, b) => (b.partSize ?? 0) - (a.partSize ?? 0))[0]!;
	expect(figures[0]).toMatchObject({ anchor: largest.anchor, lead: true, primary: 'Primary endpoint' });
	expect(figures[1]).toEqual({ label: 'Patients enrolled', value: '26', detail: 'Phase 1b: 5 · Phase 2: 21', caveats: [] });
	// Every primary endpoint is marked, and only those; larger parts come before smaller ones after the primaries.
	for (const f of figures.filter((x) => x.anchor))
		expect(f.primary !== undefined, f.anchor).toBe(view.endpoints.find((e) => e.anchor === f.anchor)!.data.role === 'primary');
	// A median that is a word is explained in words.
	const os = figures.find((f) => f.anchor === 'os')!;
	expect(os).toMatchObject({ value: 'Not estimable', label: 'Overall survival · patients not stated' });
	expect(os.explain).toMatch(/^The data did not allow a median to be worked out\. Usually this means/);
	// The assumed denominator of the DLT count (every phase 1b patient evaluable) travels with its tile.
	expect(figures.find((f) => f.anchor === 'dlt-phase-1b')!.caveats.map((c) => c.kind)).toEqual(['denominator-assumed']);
	expect(figures).toHaveLength(1 + view.endpoints.length);
});

test('the dosing schedule: 9 μg/day in week 1, 28 μg/day in weeks 2–4, two weeks off; later cycles 28 μg/day', () => {
	expect(scheduleRows(requireSchedule(view.regimen!.data, 'blinatumomab-adult', 'test'))).toEqual([
		{
			label: 'Cycle 1',
			cells: [
				{ week: 1, span: 1, dose: { value: 9, unit: 'μg/day' } },
				{ week: 2, span: 3, dose: { value: 28, unit: 'μg/day' } },
				{ week: 5, span: 2, dose: undefined },
			],
		},
		{
			label: 'Cycles 2–5',
			cells: [
				{ week: 1, span: 4, dose: { value: 28, unit: 'μg/day' } },
				{ week: 5, span: 2, dose: undefined },
			],
		},
	]);
});

test('citation line', () => {
	expect(citationLine(view)).toBe('Cancer Science, volume 111, issue 4, pages 1314–1323 (issue of 1 April 2020; online 24 January 2020)');
});
