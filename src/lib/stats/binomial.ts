import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** A two-sided confidence interval for a proportion, as fractions of 1. */
export interface Interval {
	lower: number;
	upper: number;
}

/**
 * The exact (Clopper–Pearson, 1934) two-sided confidence interval for `events` out of `total`:
 * the bounds are quantiles of beta distributions, lower = B(α/2; x, n − x + 1) and
 * upper = B(1 − α/2; x + 1, n − x), with 0 and 1 at the ends.
 * e.g. `clopperPearson(8, 21)` → { lower: 0.1811…, upper: 0.6156… }
 */
export function clopperPearson(events: number, total: number, level = 0.95): Interval {
	if (!Number.isInteger(events) || !Number.isInteger(total) || total < 1) {
		throw new RangeError(`clopperPearson: need whole numbers with total ≥ 1 (got ${events}/${total})`);
	}
	if (events < 0 || events > total) {
		throw new RangeError(`clopperPearson: events must lie in 0…total (got ${events}/${total})`);
	}
	if (!(level > 0 && level < 1)) throw new RangeError(`clopperPearson: level must lie in (0, 1)`);
	const alpha = 1 - level;
	const lower = events === 0 ? 0 : betaQuantile(alpha / 2, events, total - events + 1);
	const upper = events === total ? 1 : betaQuantile(1 - alpha / 2, events + 1, total - events);
	return { lower, upper };
}
