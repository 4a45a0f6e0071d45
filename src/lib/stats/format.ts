import type { Interval } from './binomial.ts';

/** Formats a fraction of 1 as a percentage with `decimals` places: 0.1811 → "18.1%". */
export function formatPercent(fraction: number, decimals = 1): string {
	return `${(fraction * 100).toFixed(decimals)}%`;
}

/** Formats an interval of fractions as "18.1%–61.6%". */
export function formatInterval(ci: Interval, decimals = 1): string {
	return `${formatPercent(ci.lower, decimals)}–${formatPercent(ci.upper, decimals)}`;
}

/** Formats a plain number range with an en dash: (3.5, 6.4) → "3.5–6.4". */
export function formatRange(lower: number, upper: number): string {
	return `${lower}–${upper}`;
}
