import type { Interval } from './binomial.ts';

/**
 * A fraction of 1 as the percentage the pages show, rounded to `decimals` places: 0.1811 → 18.1.
 * The data files (/data/) take their numbers from here, the pages their text.
 */
export function percentValue(fraction: number, decimals = 1): number {
	return Number((fraction * 100).toFixed(decimals));
}

/** Formats a fraction of 1 as a percentage with `decimals` places: 0.1811 → "18.1%". */
export function formatPercent(fraction: number, decimals = 1): string {
	return `${percentValue(fraction, decimals).toFixed(decimals)}%`;
}

/** Formats an interval of fractions as "18.1%–61.6%". */
export function formatInterval(ci: Interval, decimals = 1): string {
	return `${formatPercent(ci.lower, decimals)}–${formatPercent(ci.upper, decimals)}`;
}

/** Formats a plain number range with an en dash: (3.5, 6.4) → "3.5–6.4". */
export function formatRange(lower: number, upper: number): string {
	return `${lower}–${upper}`;
}
