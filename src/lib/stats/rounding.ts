/**
 * A proportion as a percentage rounded half up to `decimals` places, computed in whole numbers
 * so that 3/8 = 37.5 % becomes 38 exactly (floating point would give 37.49999…).
 * e.g. `roundedPercent(3, 8)` → 38; `roundedPercent(8, 21, 1)` → 38.1
 */
export function roundedPercent(events: number, total: number, decimals = 0): number {
	if (total <= 0) throw new RangeError(`roundedPercent: total must be positive (got ${total})`);
	const scale = 10 ** decimals;
	// round(100·scale·e/t) half up = floor((2·100·scale·e + t) / (2·t))
	const scaled = Math.floor((2 * 100 * scale * events + total) / (2 * total));
	return scaled / scale;
}

/**
 * The denominators N in `min…max` for which `events`/N, rounded like the paper, prints as
 * `percent`: used to infer a denominator a paper did not print.
 * e.g. `denominatorsMatching(3, 38, 3, 21)` → [8]
 */
export function denominatorsMatching(events: number, percent: number, min: number, max: number, decimals = 0): number[] {
	const out: number[] = [];
	for (let n = Math.max(1, min); n <= max; n++) {
		if (roundedPercent(events, n, decimals) === percent) out.push(n);
	}
	return out;
}

/** Counts the decimals a printed number was written with ("37.5" → 1). */
export function decimalsOf(printed: string): number {
	const dot = printed.indexOf('.');
	return dot === -1 ? 0 : printed.length - dot - 1;
}

/**
 * The event counts k in 0…`denominator` for which k/`denominator`, rounded like the paper,
 * prints as `percent`: used to infer a count a paper gave only as a percentage.
 * e.g. `eventsMatching(56, 9)` → [5] (5/9 = 55.6%; 4/9 = 44.4%, 6/9 = 66.7%)
 */
export function eventsMatching(percent: number, denominator: number, decimals = 0): number[] {
	const out: number[] = [];
	for (let k = 0; k <= denominator; k++) {
		if (roundedPercent(k, denominator, decimals) === percent) out.push(k);
	}
	return out;
}
