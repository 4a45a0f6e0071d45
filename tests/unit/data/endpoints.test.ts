import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { endpointsTable } from '../../../src/lib/data/endpoints.ts';
import { tableRecords } from '../../../src/lib/data/table.ts';
import { TEST_SITE, realContext } from './context.ts';

// The endpoints table on the real content, checked by rules that hold for any content: every
// endpoint once, percentages that the counts give (checked by hand arithmetic here, not by the
// site's formatter), exact intervals against SciPy's (tests/unit/cases/clopper-pearson.yml).

const ctx = await realContext();
const rows = tableRecords(endpointsTable(ctx.set, ctx.featured, ctx.url));
const golden = parse(readFileSync('tests/unit/cases/clopper-pearson.yml', 'utf8')) as {
	events: number;
	total: number;
	lower: number;
	upper: number;
}[];

test('every endpoint of every publication is one row, with its permanent URL', () => {
	expect(rows).toHaveLength(ctx.set.endpoints.length);
	const ids = rows.map((r) => `${r.publication}/${r.anchor}`);
	expect(new Set(ids)).toEqual(new Set(ctx.set.endpoints.map((e) => e.id)));
	for (const r of rows) {
		const path = r.publication === ctx.featured ? '/endpoints/' : `/publications/${r.publication}/`;
		expect(r.url).toBe(`${TEST_SITE}${path}#${r.anchor}`);
	}
});

test('role, outcome, part and source are the content’s own', () => {
	for (const r of rows) {
		const e = ctx.set.endpoints.find((x) => x.id === `${r.publication}/${r.anchor}`)!.data;
		expect(r.role).toBe(e.role);
		expect(r.outcome).toBe(e.outcome.id);
		expect(r.part).toBe(e.part);
		expect(r.locator).toBe(e.source.locator);
		expect(r.measure).toBe(e.measure.kind);
	}
});

describe('proportions', () => {
	const proportions = rows.filter((r) => r.measure === 'proportion');
	test('there are some to check', () => expect(proportions.length).toBeGreaterThan(0));

	test.each(proportions)('$publication/$anchor: percentage from the counts, to one decimal', (r) => {
		const events = r.events as number;
		const denominator = r.denominator as number;
		expect(events).toBeLessThanOrEqual(denominator);
		expect(Math.abs((r.estimate as number) - (100 * events) / denominator)).toBeLessThanOrEqual(0.05 + 1e-9);
		expect(r.value_origin).toBe('computed');
		expect(r.ci_method).toBe('exact');
		expect(r.ci_level).toBe(95);
		expect(r.ci_lower as number).toBeLessThanOrEqual(r.estimate as number);
		expect(r.estimate as number).toBeLessThanOrEqual(r.ci_upper as number);
		expect(r.result).toContain(`${(r.estimate as number).toFixed(1)}%`);
		expect(r.ci).toBe(`${(r.ci_lower as number).toFixed(1)}%–${(r.ci_upper as number).toFixed(1)}%`);
	});

	const withGolden = proportions.filter((r) => golden.some((g) => g.events === r.events && g.total === r.denominator));
	test('SciPy has intervals for some of them', () => expect(withGolden.length).toBeGreaterThan(0));
	test.each(withGolden)('$publication/$anchor: interval agrees with SciPy to one decimal', (r) => {
		const g = golden.find((x) => x.events === r.events && x.total === r.denominator)!;
		expect(Math.abs((r.ci_lower as number) - 100 * g.lower)).toBeLessThanOrEqual(0.05 + 1e-9);
		expect(Math.abs((r.ci_upper as number) - 100 * g.upper)).toBeLessThanOrEqual(0.05 + 1e-9);
	});
});

test('values not computed on the site are as printed in the content, and say so', () => {
	for (const r of rows.filter((x) => x.measure !== 'proportion')) {
		const m = ctx.set.endpoints.find((x) => x.id === `${r.publication}/${r.anchor}`)!.data.measure;
		expect(r.value_origin).toBe('printed');
		if (m.kind === 'reported-percent') expect(r.estimate).toBe(m.percent);
		if (m.kind === 'hazard-ratio') expect(r.estimate).toBe(m.estimate);
		if (m.kind === 'time-to-event') {
			expect(r.estimate).toBe(m.estimate === 'not-estimable' ? null : m.estimate);
			expect(r.not_estimable).toBe(m.estimate === 'not-estimable');
			expect(r.unit).toBe(m.unit);
		}
		if (m.kind !== 'proportion' && m.ci) {
			expect([r.ci_lower, r.ci_upper, r.ci_method]).toEqual([m.ci.lower, m.ci.upper, 'printed']);
		} else expect([r.ci_lower, r.ci_upper, r.ci_method]).toEqual([null, null, null]);
	}
});
