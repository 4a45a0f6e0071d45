import { linearScale, px, ticks } from './scale.ts';
import type { Lang } from '../i18n.ts';

/** One row of a forest plot: an estimate with its 95% interval, in percent. */
export interface ForestInput {
	id: string;
	label: string;
	/** The label's language, when it differs from the page's (an English study name on a Japanese page). */
	labelLang?: Lang | undefined;
	/** Second line under the label: part, source kind. */
	detail: string;
	estimate: number;
	lower: number;
	upper: number;
	/** exact: computed from counts on this site; printed: as the source printed it. */
	ciKind: 'exact' | 'printed';
	/** From a secondary source (drawn hollow). */
	secondary: boolean;
	/** Rows of the featured study are highlighted. */
	featured: boolean;
	/** Kinds of caveat of the row's number (src/lib/endpoints/caveats.ts), named in `detail`. */
	caveats?: readonly string[] | undefined;
}

/** Sizes of the plot, in SVG user units (the viewBox scales them to any width). */
export interface ForestOptions {
	width: number;
	labelWidth: number;
	marginRight: number;
	marginTop: number;
	rowHeight: number;
	axisHeight: number;
	domain: readonly [number, number];
	tickStep: number;
}

const FOREST_DEFAULTS: ForestOptions = {
	width: 640,
	labelWidth: 260,
	marginRight: 20,
	marginTop: 10,
	rowHeight: 40,
	axisHeight: 44,
	domain: [0, 100],
	tickStep: 20,
};

export interface ForestRow extends ForestInput {
	/** Vertical centre of the row. */
	y: number;
	/** The estimate and the interval ends, in pixels. */
	x: number;
	x1: number;
	x2: number;
}

export interface ForestLayout {
	width: number;
	height: number;
	viewBox: string;
	plot: { left: number; right: number; top: number; bottom: number };
	rows: ForestRow[];
	ticks: { value: number; x: number; label: string }[];
	axisLabel: { x: number; y: number };
}

/**
 * Lays a forest plot out: one row per estimate, all on one percentage axis.
 * e.g. with the defaults the plot spans x = 260…620, so 0% → 260, 50% → 440 and an interval
 * 36%–50% → x1 = 389.6, x2 = 440 (360 px for 100 points: 3.6 px per point).
 */
export function forestLayout(inputs: ForestInput[], options: Partial<ForestOptions> = {}): ForestLayout {
	const o = { ...FOREST_DEFAULTS, ...options };
	for (const r of inputs) {
		if (!(r.lower <= r.estimate && r.estimate <= r.upper)) {
			throw new RangeError(`forestLayout: row "${r.id}" has an interval ${r.lower}–${r.upper} that leaves out ${r.estimate}`);
		}
		if (r.lower < o.domain[0] || r.upper > o.domain[1]) {
			throw new RangeError(`forestLayout: row "${r.id}" (${r.lower}–${r.upper}) falls outside the axis ${o.domain[0]}–${o.domain[1]}`);
		}
	}
	const left = o.labelWidth;
	const right = o.width - o.marginRight;
	const top = o.marginTop;
	const bottom = top + inputs.length * o.rowHeight;
	const x = linearScale(o.domain, [left, right]);
	const height = bottom + o.axisHeight;
	return {
		width: o.width,
		height,
		viewBox: `0 0 ${o.width} ${height}`,
		plot: { left, right, top, bottom },
		rows: inputs.map((r, i) => ({
			...r,
			y: px(top + (i + 0.5) * o.rowHeight),
			x: px(x(r.estimate)),
			x1: px(x(r.lower)),
			x2: px(x(r.upper)),
		})),
		ticks: ticks(o.domain[0], o.domain[1], o.tickStep).map((v) => ({ value: v, x: px(x(v)), label: `${v}%` })),
		axisLabel: { x: px((left + right) / 2), y: height - 6 },
	};
}
