import { linearScale, px, ticks } from './scale.ts';
import {
	type Box,
	type TextBlock,
	type Variant,
	BOLD,
	MIN_FONT,
	VARIANTS,
	blockHeight,
	textBlock,
	textBox,
	textWidth,
	wrapText,
} from './text.ts';
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

export interface ForestOptions {
	/** `wide`: labels in a column left of the plot; `narrow`: each row's label above its interval. */
	variant: Variant;
	/** Text under the axis (wrapped to fit). */
	axisLabel: string;
	domain: readonly [number, number];
}

/** Font sizes (user units = CSS px at the chart's narrowest) and spacing. */
const LABEL_FONT = 13;
const SMALL_FONT = MIN_FONT;
/** The square is 10 units wide with a 2-unit stroke; interval ends are 10 units tall. */
const MARK = 6;
const PAD = 4;
/** Wide: the label column, the plot's right margin and the smallest row height. */
const WIDE = { labelWidth: 256, gutter: 14, marginRight: 24, marginTop: 10, minRowHeight: 40 };
/** Narrow: height of the band an interval is drawn in, and the space between rows. */
const NARROW = { band: 18, rowGap: 12, marginTop: 4 };
/** Tick steps tried, fewest labels last; the first whose labels keep apart is used. */
const TICK_STEPS = [10, 20, 25, 50, 100];

export interface ForestRow extends ForestInput {
	/** Vertical centre of the interval. */
	y: number;
	/** The estimate and the interval ends, in pixels. */
	x: number;
	x1: number;
	x2: number;
	/** The study name and the detail under it, wrapped to fit. */
	labelText: TextBlock;
	detailText: TextBlock;
}

export interface ForestLayout {
	variant: Variant;
	width: number;
	height: number;
	viewBox: string;
	plot: { left: number; right: number; top: number; bottom: number };
	rows: ForestRow[];
	/** Dashed grid lines at the ticks: one segment per row in the narrow drawing, the plot's height in the wide one. */
	grid: { x: number; y1: number; y2: number }[];
	ticks: { value: number; x: number; label: string; text: TextBlock }[];
	axisLabel: TextBlock;
}

/**
 * Lays a forest plot out: one row per estimate, all on one percentage axis, in one of the two
 * drawings (src/lib/charts/text.ts VARIANTS). Labels are wrapped to their space and rows grow to fit
 * them, so no label reaches a mark or another label; ticks are as dense as their labels allow.
 * e.g. wide: the plot spans x = 256…616, so 0% → 256, 50% → 436 and an interval 36%–50% →
 * x1 = 385.6, x2 = 436 (360 units for 100 points: 3.6 a point).
 */
export function forestLayout(inputs: ForestInput[], options: Partial<ForestOptions> = {}): ForestLayout {
	const o: ForestOptions = { variant: 'wide', axisLabel: '', domain: [0, 100], ...options };
	for (const r of inputs) {
		if (!(r.lower <= r.estimate && r.estimate <= r.upper)) {
			throw new RangeError(`forestLayout: row "${r.id}" has an interval ${r.lower}–${r.upper} that leaves out ${r.estimate}`);
		}
		if (r.lower < o.domain[0] || r.upper > o.domain[1]) {
			throw new RangeError(`forestLayout: row "${r.id}" (${r.lower}–${r.upper}) falls outside the axis ${o.domain[0]}–${o.domain[1]}`);
		}
	}
	const width = VARIANTS[o.variant].width;
	const wide = o.variant === 'wide';
	const tickText = (v: number) => `${v}%`;
	const half = (v: number) => textWidth(tickText(v), SMALL_FONT) / 2 + 1;
	const left = wide ? WIDE.labelWidth : Math.max(PAD + half(o.domain[0]), MARK + PAD);
	const right = width - (wide ? Math.max(WIDE.marginRight, half(o.domain[1])) : Math.max(PAD + half(o.domain[1]), MARK + PAD));
	const x = linearScale(o.domain, [left, right]);
	// Wide: text in the label column; narrow: the full width.
	const textX = wide ? 8 : PAD;
	const textWidthMax = wide ? WIDE.labelWidth - WIDE.gutter - textX : width - 2 * PAD;

	const rows: ForestRow[] = [];
	const grid: ForestLayout['grid'] = [];
	const top = wide ? WIDE.marginTop : NARROW.marginTop;
	let cursor = top;
	const step = tickStep(o.domain, right - left);
	const tickValues = ticks(o.domain[0], o.domain[1], step);
	for (const r of inputs) {
		const label = wrapText(r.label, r.featured ? textWidthMax / BOLD : textWidthMax, LABEL_FONT);
		const detail = wrapText(r.detail, textWidthMax, SMALL_FONT);
		const textHeight = blockHeight(label.length, LABEL_FONT) + blockHeight(detail.length, SMALL_FONT);
		let y: number;
		let textTop: number;
		if (wide) {
			const height = Math.max(WIDE.minRowHeight, textHeight + 8);
			y = cursor + height / 2;
			textTop = y - textHeight / 2;
			cursor += height;
		} else {
			textTop = cursor;
			y = cursor + textHeight + NARROW.band / 2;
			cursor += textHeight + NARROW.band + NARROW.rowGap;
			for (const v of tickValues) grid.push({ x: px(x(v)), y1: px(y - NARROW.band / 2), y2: px(y + NARROW.band / 2) });
		}
		rows.push({
			...r,
			y: px(y),
			x: px(x(r.estimate)),
			x1: px(x(r.lower)),
			x2: px(x(r.upper)),
			labelText: textBlock(textX, textTop, label, LABEL_FONT, 'start', r.featured),
			detailText: textBlock(textX, textTop + blockHeight(label.length, LABEL_FONT), detail, SMALL_FONT),
		});
	}
	const bottom = px(wide ? cursor : cursor - NARROW.rowGap + 4);
	if (wide) for (const v of tickValues) grid.push({ x: px(x(v)), y1: top, y2: bottom });
	const tickTop = bottom + 7;
	const tickRows = ticks(o.domain[0], o.domain[1], step).map((v) => ({
		value: v,
		x: px(x(v)),
		label: tickText(v),
		text: textBlock(px(x(v)), tickTop, [tickText(v)], SMALL_FONT, 'middle'),
	}));
	const axisTop = tickTop + blockHeight(1, SMALL_FONT) + 2;
	const axisWidth = wide ? right - left : width - 2 * PAD;
	const axisLines = wrapText(o.axisLabel, axisWidth, SMALL_FONT);
	const axisLabel = textBlock(px(wide ? (left + right) / 2 : width / 2), axisTop, axisLines, SMALL_FONT, 'middle');
	const height = Math.ceil(axisTop + blockHeight(axisLines.length, SMALL_FONT) + PAD);
	return {
		variant: o.variant,
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		plot: { left, right, top, bottom },
		rows,
		grid,
		ticks: tickRows,
		axisLabel,
	};
}

/** The smallest step of TICK_STEPS whose tick labels, centred on their ticks, keep at least 8 units apart. */
function tickStep(domain: readonly [number, number], plotWidth: number): number {
	const span = domain[1] - domain[0];
	const widest = Math.max(...[domain[0], domain[1]].map((v) => textWidth(`${v}%`, SMALL_FONT)));
	return TICK_STEPS.find((s) => (s / span) * plotWidth >= widest + 8) ?? span;
}

/** Every label's box and every mark's box of a layout: what must stay apart, and inside the viewBox. */
export function forestBoxes(l: ForestLayout): { labels: Box[]; marks: Box[] } {
	const labels: Box[] = [];
	const marks: Box[] = [];
	for (const r of l.rows) {
		for (const t of [r.labelText, r.detailText]) if (t.lines.length) labels.push(textBox(t));
		marks.push(
			{ x: r.x1 - 1, y: r.y - MARK, width: r.x2 - r.x1 + 2, height: 2 * MARK },
			{ x: r.x - MARK, y: r.y - MARK, width: 2 * MARK, height: 2 * MARK },
		);
	}
	for (const g of l.grid) marks.push({ x: g.x - 0.5, y: g.y1, width: 1, height: g.y2 - g.y1 });
	marks.push({ x: l.plot.left, y: l.plot.bottom - 0.5, width: l.plot.right - l.plot.left, height: 6 });
	for (const t of l.ticks) labels.push(textBox(t.text));
	if (l.axisLabel.lines.length) labels.push(textBox(l.axisLabel));
	return { labels, marks };
}
