import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { clopperPearson } from '../../../src/lib/stats/binomial.ts';

interface Case {
	events: number;
	total: number;
	lower: number;
	upper: number;
}
// Golden values from SciPy (see tests/unit/cases/make-clopper-pearson.py).
const cases = parse(readFileSync('tests/unit/cases/clopper-pearson.yml', 'utf8')) as Case[];

describe('clopperPearson against SciPy', () => {
	test.each(cases)('$events/$total', ({ events, total, lower, upper }) => {
		const ci = clopperPearson(events, total);
		expect(ci.lower).toBeCloseTo(lower, 9);
		expect(ci.upper).toBeCloseTo(upper, 9);
	});
});

describe('clopperPearson against hand calculation', () => {
	// With no events the upper bound solves (1 − p)^n = α/2, so p = 1 − 0.025^(1/n);
	// with all events the lower bound solves p^n = α/2, so p = 0.025^(1/n).
	// 0/5: 1 − 0.025^0.2 = 1 − 0.478176… = 0.521824; 4/4: 0.025^0.25 = 0.397635.
	test('0/5 upper bound is 1 − 0.025^(1/5) = 0.5218', () => {
		expect(clopperPearson(0, 5)).toEqual({ lower: 0, upper: expect.closeTo(1 - 0.025 ** (1 / 5), 12) });
		expect(clopperPearson(0, 5).upper).toBeCloseTo(0.5218, 4);
	});
	test('4/4 lower bound is 0.025^(1/4) = 0.3976', () => {
		expect(clopperPearson(4, 4)).toEqual({ lower: expect.closeTo(0.025 ** (1 / 4), 12), upper: 1 });
	});
	test('the values quoted in the issue: 8/21 → 18.1%–61.6%, 4/5 → 28.4%–99.5%', () => {
		const a = clopperPearson(8, 21);
		expect([a.lower * 100, a.upper * 100].map((x) => x.toFixed(1))).toEqual(['18.1', '61.6']);
		const b = clopperPearson(4, 5);
		expect([b.lower * 100, b.upper * 100].map((x) => x.toFixed(1))).toEqual(['28.4', '99.5']);
	});
	test('a 99% interval is wider than the 95% one', () => {
		const ci95 = clopperPearson(8, 21);
		const ci99 = clopperPearson(8, 21, 0.99);
		expect(ci99.lower).toBeLessThan(ci95.lower);
		expect(ci99.upper).toBeGreaterThan(ci95.upper);
	});
});

describe('clopperPearson rejects impossible input', () => {
	test.each([
		[6, 5],
		[-1, 5],
		[1.5, 5],
		[0, 0],
	])('%d/%d', (events, total) => {
		expect(() => clopperPearson(events, total)).toThrow(RangeError);
	});
});
