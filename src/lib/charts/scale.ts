/** A linear map from data values to pixels: `domain[0]` → `range[0]`, `domain[1]` → `range[1]`. */
export interface LinearScale {
	(value: number): number;
	domain: readonly [number, number];
	range: readonly [number, number];
}

/**
 * Makes a linear scale. e.g. `linearScale([0, 100], [260, 620])(50)` → 440.
 * Values outside the domain are extrapolated; callers clamp when they must.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	if (d0 === d1) throw new RangeError(`linearScale: empty domain [${d0}, ${d1}]`);
	const f = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale;
	f.domain = domain;
	f.range = range;
	return f;
}

/** Evenly spaced tick values from `min` to `max` inclusive. e.g. `ticks(0, 100, 25)` → [0, 25, 50, 75, 100]. */
export function ticks(min: number, max: number, step: number): number[] {
	if (step <= 0) throw new RangeError('ticks: step must be positive');
	const out: number[] = [];
	// Count steps in whole numbers so that 0.1 steps do not drift.
	const n = Math.round((max - min) / step);
	for (let i = 0; i <= n; i++) out.push(Number((min + i * step).toFixed(10)));
	return out;
}

/** Rounds a pixel coordinate to two decimals, so SVG output is stable and short. */
export const px = (v: number) => Math.round(v * 100) / 100;
