import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { binomialCdf, exactInterval } from '../../helpers/reference-stats.ts';

// The tests' own exact interval (tests/helpers/reference-stats.ts), which the gates compare the pages
// with, against SciPy's values: a reference that disagreed with SciPy would make those gates wrong.
const cases = parse(readFileSync('tests/unit/cases/clopper-pearson.yml', 'utf8')) as {
	events: number;
	total: number;
	lower: number;
	upper: number;
}[];

test.each(cases)('the reference interval for $events/$total is SciPy’s', ({ events, total, lower, upper }) => {
	const ci = exactInterval(events, total);
	expect(ci.lower).toBeCloseTo(lower, 9);
	expect(ci.upper).toBeCloseTo(upper, 9);
});

test('binomial probabilities by hand: P(X ≤ 1) for n = 3, p = 0.5 is 4/8', () => {
	expect(binomialCdf(1, 3, 0.5)).toBeCloseTo(0.5, 12);
	expect(binomialCdf(0, 5, 0.2)).toBeCloseTo(0.8 ** 5, 12);
});

test('a wrong interval is told apart (the comparison can fail)', () => {
	expect(exactInterval(8, 21).lower).not.toBeCloseTo(exactInterval(8, 20).lower, 3);
});
