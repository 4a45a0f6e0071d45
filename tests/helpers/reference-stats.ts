// A second, independent implementation of what the site computes, for tests to compare pages with.
// The site takes exact intervals from beta quantiles (@stdlib, src/lib/stats/binomial.ts); this one
// solves the binomial tail equations that define the Clopper–Pearson interval by bisection, from
// sums of binomial probabilities. tests/unit/stats/reference.test.ts checks it against SciPy's values
// (tests/unit/cases/clopper-pearson.yml), so a page that agrees with it agrees with SciPy.

/** log(n!) for n = 0…N, by summing logs (exact enough for the counts of clinical studies). */
const logFactorials: number[] = [0];
function logFactorial(n: number): number {
	for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1]! + Math.log(i);
	return logFactorials[n]!;
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
	if (k < 0) return 0;
	if (k >= n) return 1;
	if (p <= 0) return 1;
	if (p >= 1) return 0;
	let sum = 0;
	for (let i = 0; i <= k; i++) {
		sum += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + i * Math.log(p) + (n - i) * Math.log(1 - p));
	}
	return Math.min(1, sum);
}

/** The p in (0, 1) where the monotone function f crosses `target`, by bisection. */
function solve(f: (p: number) => number, target: number, increasing: boolean): number {
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 200; i++) {
		const mid = (lo + hi) / 2;
		if (f(mid) < target === increasing) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/**
 * The exact two-sided interval for x events out of n: the lower bound is the p at which
 * P(X ≥ x) = α/2, the upper bound the p at which P(X ≤ x) = α/2 (0 and 1 at the ends).
 */
export function exactInterval(x: number, n: number, level = 0.95): { lower: number; upper: number } {
	const a = (1 - level) / 2;
	const lower = x === 0 ? 0 : solve((p) => 1 - binomialCdf(x - 1, n, p), a, true);
	const upper = x === n ? 1 : solve((p) => binomialCdf(x, n, p), a, false);
	return { lower, upper };
}

/** A fraction as a percentage with one decimal, as the site prints it: 0.18107 → "18.1". */
export const percent1 = (fraction: number): string => (fraction * 100).toFixed(1);
