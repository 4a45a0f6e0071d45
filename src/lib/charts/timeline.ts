import type { ScheduledRegimen } from '../../schemas/regimen.ts';
import { cycleCells } from '../dosing.ts';
import { linearScale, px } from './scale.ts';

export interface TimelineOptions {
	width: number;
	marginLeft: number;
	marginRight: number;
	marginTop: number;
	/** Height of a bar at the highest dose. */
	barHeight: number;
	/** Space under the bars for week numbers and cycle brackets. */
	axisHeight: number;
}

const TIMELINE_DEFAULTS: TimelineOptions = {
	width: 640,
	marginLeft: 40,
	marginRight: 80,
	marginTop: 24,
	barHeight: 100,
	axisHeight: 64,
};

interface TimelineBar {
	cycle: number;
	/** First week within the cycle (1-based) and weeks spanned. */
	week: number;
	span: number;
	/** Absent for treatment-free weeks. */
	dose?: { value: number; unit: string } | undefined;
	x: number;
	width: number;
	y: number;
	height: number;
	label: string;
}

export interface TimelineLayout {
	width: number;
	height: number;
	viewBox: string;
	baseline: number;
	bars: TimelineBar[];
	weeks: { n: number; x: number }[];
	cycles: { label: string; x1: number; x2: number; y: number }[];
	totalWeeks: number;
}

/**
 * Lays out the first `cycles` cycles of a regimen as a bar chart over weeks: bar height is the
 * dose relative to the highest dose; treatment-free weeks are a thin band on the baseline.
 * e.g. the adult schedule over 2 cycles, width 640 and margins 40 / 120: 12 weeks over x = 40…520 (40 px a
 * week); cycle 1 week 1 (9 μg/day) → x 40, width 40, height 100·9/28 = 32.14; weeks 2–4 (28) →
 * x 80, width 120, height 100; weeks 5–6 off → x 200, width 80.
 */
export function timelineLayout(r: ScheduledRegimen, cycles: number, options: Partial<TimelineOptions> = {}): TimelineLayout {
	const o = { ...TIMELINE_DEFAULTS, ...options };
	const totalWeeks = r.cycle.lengthWeeks * cycles;
	const x = linearScale([0, totalWeeks], [o.marginLeft, o.width - o.marginRight]);
	const baseline = o.marginTop + o.barHeight;
	const top = Math.max(...r.steps.map((s) => s.dose));
	const bars: TimelineBar[] = [];
	const cycleBrackets: TimelineLayout['cycles'] = [];
	for (let c = 1; c <= cycles; c++) {
		const offset = (c - 1) * r.cycle.lengthWeeks;
		cycleBrackets.push({ label: `Cycle ${c}`, x1: px(x(offset)), x2: px(x(offset + r.cycle.lengthWeeks)), y: baseline + 40 });
		for (const cell of cycleCells(r, c)) {
			const x0 = x(offset + cell.week - 1);
			const x1 = x(offset + cell.week - 1 + cell.span);
			const height = cell.dose ? (o.barHeight * cell.dose.value) / top : 6;
			const weeks = cell.span === 1 ? `week ${cell.week}` : `weeks ${cell.week}–${cell.week + cell.span - 1}`;
			bars.push({
				cycle: c,
				week: cell.week,
				span: cell.span,
				dose: cell.dose,
				x: px(x0),
				width: px(x1 - x0),
				y: px(baseline - height),
				height: px(height),
				label: cell.dose ? `Cycle ${c}, ${weeks}: ${cell.dose.value} ${cell.dose.unit}` : `Cycle ${c}, ${weeks}: no infusion`,
			});
		}
	}
	const height = baseline + o.axisHeight;
	return {
		width: o.width,
		height,
		viewBox: `0 0 ${o.width} ${height}`,
		baseline,
		bars,
		weeks: Array.from({ length: totalWeeks }, (_, i) => ({ n: i + 1, x: px(x(i + 0.5)) })),
		cycles: cycleBrackets,
		totalWeeks,
	};
}
