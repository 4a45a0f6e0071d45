import type { DoseUnit, ScheduledRegimen } from '../../schemas/regimen.ts';
import { cycleCells } from '../dosing.ts';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../i18n.ts';
import { linearScale, px } from './scale.ts';
import {
	type Box,
	type TextBlock,
	type Variant,
	LINE_HEIGHT,
	MIN_FONT,
	VARIANTS,
	blockHeight,
	overlaps,
	textBlock,
	textBox,
	textWidth,
	wrapText,
} from './text.ts';

/** The words of the chart, in the page's language (src/i18n: timelineText). */
export interface TimelineText {
	/** A daily dose: "9 μg/day". */
	dose: (value: number, unit: DoseUnit) => string;
	/** Treatment-free weeks. */
	off: string;
	/** "Cycle 1". */
	cycle: (n: number) => string;
	/** Names the week numbers ("week"). */
	week: string;
	/** What a bar means, for the description: "Cycle 1, week 1: 9 μg/day". */
	bar: (cycle: number, from: number, to: number, what: string) => string;
}

const FONT = MIN_FONT;
const LH = LINE_HEIGHT * FONT;
const PAD = 4;
const GAP = 4;
/** Wide: weeks across, bars up; the tallest bar, and the room for the week numbers and cycle brackets. */
const WIDE = { marginLeft: 40, marginRight: 0, barHeight: 100, offHeight: 6 };
/** Narrow: weeks down, bars across; one week's height at least, the week-number column, a bar's least length. */
const NARROW = { row: 22, numbers: 26, minBar: 40, offWidth: 6 };

interface TimelineBar {
	cycle: number;
	/** First week within the cycle (1-based) and weeks spanned. */
	week: number;
	span: number;
	/** Absent for treatment-free weeks. */
	dose?: { value: number; unit: DoseUnit } | undefined;
	x: number;
	width: number;
	y: number;
	height: number;
	/** What the bar means, in words (for the chart's description). */
	label: string;
	/** The dose (or "treatment-free") drawn next to the bar. */
	text: TextBlock;
	/** A line from a label lifted clear of other bars down to its own bar. */
	leader?: { x: number; y1: number; y2: number } | undefined;
}

export interface TimelineLayout {
	variant: Variant;
	width: number;
	height: number;
	viewBox: string;
	/** Wide: the line the bars stand on (y); narrow: the line they start from (x). */
	baseline: number;
	/** The baseline as drawn: one line under all bars (wide), one beside each cycle's bars (narrow). */
	baselines: { x1: number; y1: number; x2: number; y2: number }[];
	bars: TimelineBar[];
	/** Week numbers, counted across cycles. */
	weeks: { n: number; text: TextBlock }[];
	/** "week", next to the week numbers. */
	weekNote: TextBlock;
	/** Each cycle's bracket (a line along its weeks) and label. */
	cycles: { label: string; line: { x1: number; y1: number; x2: number; y2: number }; text: TextBlock }[];
	totalWeeks: number;
}

/**
 * Lays out the first `cycles` cycles of a regimen as bars over weeks, in one of the two drawings
 * (src/lib/charts/text.ts VARIANTS). A bar's size is the dose relative to the highest dose;
 * treatment-free weeks are a thin band.
 * - wide: weeks run across, bars stand on a baseline; each dose is written above its bar, wrapped to
 *   the bar's width, and lifted (with a leader line down to its bar) above any taller bar or other
 *   label it would touch.
 * - narrow: weeks run down, bars grow to the right; each dose is written after its bar's end.
 * e.g. the adult schedule over 2 cycles, wide (with a "week" note no wider than the 40-unit margin):
 * 12 weeks over x = 40…640, 50 a week; cycle 1 week 1 (9 μg/day) → a bar at x 41, width 48 (a unit of
 * space each side), height 100·9/28 = 32.14; weeks 2–4 (28) → x 91, width 148, height 100.
 */
export function timelineLayout(r: ScheduledRegimen, cycles: number, text: TimelineText, variant: Variant = 'wide'): TimelineLayout {
	const top = Math.max(...r.steps.map((s) => s.dose));
	const totalWeeks = r.cycle.lengthWeeks * cycles;
	const cells = Array.from({ length: cycles }, (_, i) => i + 1).flatMap((c) =>
		cycleCells(r, c).map((cell) => {
			const what = cell.dose ? text.dose(cell.dose.value, cell.dose.unit) : text.off;
			return {
				cycle: c,
				start: (c - 1) * r.cycle.lengthWeeks + cell.week - 1,
				cell,
				what,
				label: text.bar(c, cell.week, cell.week + cell.span - 1, what),
			};
		}),
	);
	return variant === 'wide'
		? wideTimeline(r, cycles, text, cells, top, totalWeeks)
		: narrowTimeline(r, cycles, text, cells, top, totalWeeks);
}

type Cell = { cycle: number; start: number; cell: ReturnType<typeof cycleCells>[number]; what: string; label: string };

function wideTimeline(
	r: ScheduledRegimen,
	cycles: number,
	text: TimelineText,
	cells: Cell[],
	top: number,
	totalWeeks: number,
): TimelineLayout {
	const width = VARIANTS.wide.width;
	// The "week" note sits left of the week numbers; the left margin makes room for it.
	const marginLeft = Math.max(WIDE.marginLeft, textWidth(text.week, FONT) + 2 * PAD);
	const x = linearScale([0, totalWeeks], [marginLeft, width - WIDE.marginRight]);
	// Bars first, on a baseline at y = 0; labels are placed, then everything is moved down so the highest label clears the top.
	const bars = cells.map((c) => {
		const x0 = x(c.start);
		const x1 = x(c.start + c.cell.span);
		const height = c.cell.dose ? (WIDE.barHeight * c.cell.dose.value) / top : WIDE.offHeight;
		return { c, x0, x1, height, box: { x: x0 + 1, y: -height, width: x1 - x0 - 2, height } as Box };
	});
	const boxes = bars.map((b) => b.box);
	const placed: Box[] = [];
	const area = { x: PAD, width: width - 2 * PAD };
	const labels = bars.map((b) => {
		// Candidates: on one line or wrapped to the bar, centred on the bar or flush with one of its edges;
		// the one lifted least is used (ties: the earlier one).
		const single = [b.c.what];
		const wrapped = wrapText(b.c.what, Math.max(b.x1 - b.x0 - 4, 1), FONT, false);
		const options = [single, wrapped].flatMap((lines) =>
			(['middle', 'end', 'start'] as const).map((anchor) => {
				const at = anchor === 'middle' ? (b.x0 + b.x1) / 2 : anchor === 'end' ? b.x1 - 1 : b.x0 + 1;
				// Kept within the chart: shifted in from an edge it would cross.
				const w = Math.max(...lines.map((l) => textWidth(l, FONT)));
				const left = anchor === 'middle' ? at - w / 2 : anchor === 'end' ? at - w : at;
				const shift = Math.max(0, area.x - left) - Math.max(0, left + w - (area.x + area.width));
				const block = (bottom: number) => textBlock(at + shift, bottom - blockHeight(lines.length, FONT), lines, FONT, anchor);
				const cx = (b.x0 + b.x1) / 2;
				const rest = -b.height - GAP;
				// A lifted label has a leader line from its bottom down to its bar, which must touch nothing either.
				const leader = (bottom: number): Box | undefined =>
					bottom < rest - 1 ? { x: cx - 0.5, y: bottom, width: 1, height: -b.height - 1 - bottom } : undefined;
				let bottom = rest;
				// Lift the label above whatever it touches (a taller bar, a label or leader placed before), until it touches nothing.
				for (let hit = hitOf(textBox(block(bottom)), boxes, placed); hit; hit = hitOf(textBox(block(bottom)), boxes, placed)) {
					bottom = Math.min(bottom - 1, hit.y - GAP);
				}
				// A leader that would cross something is left out (the label still touches nothing).
				const lead = leader(bottom);
				const crossing = lead !== undefined && hitOf(lead, boxes, placed) !== undefined;
				return { block: block(bottom), box: textBox(block(bottom)), lead: crossing ? undefined : lead, crossing, bottom, x: cx };
			}),
		);
		// The least lifted of those whose leader (if any) crosses nothing; any, if every leader would.
		const fair = options.filter((o) => !o.crossing);
		const best = (fair.length ? fair : options).reduce((a, o) => (o.bottom > a.bottom + 0.01 ? o : a));
		placed.push(best.box, ...(best.lead ? [best.lead] : []));
		return { block: best.block, leader: best.lead && { x: best.x, y1: best.bottom, y2: -b.height - 1 } };
	});
	const highest = Math.min(-WIDE.barHeight, ...placed.map((b) => b.y));
	const baseline = px(PAD - highest);
	const down = (t: TextBlock): TextBlock => ({ ...t, x: px(t.x), lines: t.lines.map((l) => ({ ...l, y: px(l.y + baseline) })) });
	const weekTop = baseline + 4;
	const cycleLine = weekTop + LH + 6;
	const cycleTop = cycleLine + 4;
	const height = Math.ceil(cycleTop + LH + PAD);
	return {
		variant: 'wide',
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		baseline,
		baselines: [{ x1: px(x(0) + 1), y1: baseline, x2: px(x(totalWeeks) - 1), y2: baseline }],
		bars: bars.map((b, i) => ({
			cycle: b.c.cycle,
			week: b.c.cell.week,
			span: b.c.cell.span,
			dose: b.c.cell.dose,
			x: px(b.x0 + 1),
			width: px(b.x1 - b.x0 - 2),
			y: px(baseline - b.height),
			height: px(b.height),
			label: b.c.label,
			text: down(labels[i]!.block),
			leader: labels[i]!.leader && {
				x: px(labels[i]!.leader!.x),
				y1: px(labels[i]!.leader!.y1 + baseline),
				y2: px(labels[i]!.leader!.y2 + baseline),
			},
		})),
		weeks: Array.from({ length: totalWeeks }, (_, i) => ({
			n: i + 1,
			text: textBlock(px(x(i + 0.5)), weekTop, [String(i + 1)], FONT, 'middle'),
		})),
		weekNote: textBlock(PAD, weekTop, [text.week], FONT, 'start'),
		cycles: Array.from({ length: cycles }, (_, i) => {
			const [x1, x2] = [x(i * r.cycle.lengthWeeks) + 2, x((i + 1) * r.cycle.lengthWeeks) - 2];
			const lines = wrapText(text.cycle(i + 1), x2 - x1, FONT);
			return {
				label: text.cycle(i + 1),
				line: { x1: px(x1), y1: px(cycleLine), x2: px(x2), y2: px(cycleLine) },
				text: textBlock(px((x1 + x2) / 2), cycleTop, lines, FONT, 'middle'),
			};
		}),
		totalWeeks,
	};
}

/** The lowest-reaching box among bars and placed labels that `box` overlaps (the one to climb over first). */
function hitOf(box: Box, bars: Box[], placed: Box[]): Box | undefined {
	const hits = [...bars, ...placed].filter((b) => overlaps(box, b));
	return hits.length ? hits.reduce((a, b) => (b.y < a.y ? b : a)) : undefined;
}

function narrowTimeline(
	r: ScheduledRegimen,
	cycles: number,
	text: TimelineText,
	cells: Cell[],
	top: number,
	totalWeeks: number,
): TimelineLayout {
	const width = VARIANTS.narrow.width;
	const numbers = Math.max(NARROW.numbers, textWidth(String(totalWeeks), FONT) + 2 * PAD + 4);
	const baseline = numbers;
	// The longest bar leaves room for the widest label after it; labels wrap when that would leave a bar too short.
	const room = width - PAD - baseline - GAP;
	const widest = Math.max(...cells.map((c) => textWidth(c.what, FONT)));
	const barMax = Math.max(NARROW.minBar, room - widest);
	const labelWidth = room - barMax;
	const wrapped = cells.map((c) => wrapText(c.what, labelWidth, FONT));
	// Every week row is tall enough for the tallest label of a one-week cell, and for a week number.
	const row = Math.max(NARROW.row, LH + 4, ...wrapped.map((l, i) => (blockHeight(l.length, FONT) + 4) / cells[i]!.cell.span));
	const headTop = PAD;
	const noteBlock = textBlock(PAD, headTop, wrapText(text.week, width - 2 * PAD, FONT), FONT, 'start');
	let y = headTop + blockHeight(noteBlock.lines.length, FONT) + 4;
	const weekY: number[] = [];
	const cycleRows: TimelineLayout['cycles'] = [];
	for (let c = 1; c <= cycles; c++) {
		const lines = wrapText(text.cycle(c), width - 2 * PAD, FONT);
		const textTop = y + 2;
		y = textTop + blockHeight(lines.length, FONT) + 2;
		cycleRows.push({
			label: text.cycle(c),
			line: { x1: PAD, y1: px(y), x2: width - PAD, y2: px(y) },
			text: textBlock(PAD, textTop, lines, FONT, 'start'),
		});
		y += 3;
		for (let w = 0; w < r.cycle.lengthWeeks; w++) {
			weekY.push(y);
			y += row;
		}
		y += 4;
	}
	const height = Math.ceil(y + PAD);
	const weekCentre = (i: number) => weekY[i]! + row / 2;
	return {
		variant: 'narrow',
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		baseline,
		baselines: Array.from({ length: cycles }, (_, c) => ({
			x1: baseline,
			y1: px(weekY[c * r.cycle.lengthWeeks]! + 1),
			x2: baseline,
			y2: px(weekY[(c + 1) * r.cycle.lengthWeeks - 1]! + row - 1),
		})),
		bars: cells.map((c, i) => {
			const y0 = weekY[c.start]!;
			const y1 = weekY[c.start + c.cell.span - 1]! + row;
			const length = c.cell.dose ? (barMax * c.cell.dose.value) / top : NARROW.offWidth;
			const lines = wrapped[i]!;
			const textTop = (y0 + y1) / 2 - blockHeight(lines.length, FONT) / 2;
			return {
				cycle: c.cycle,
				week: c.cell.week,
				span: c.cell.span,
				dose: c.cell.dose,
				x: baseline,
				width: px(length),
				y: px(y0 + 1),
				height: px(y1 - y0 - 2),
				label: c.label,
				text: textBlock(px(baseline + length + GAP), px(textTop), lines, FONT, 'start'),
			};
		}),
		weeks: Array.from({ length: totalWeeks }, (_, i) => ({
			n: i + 1,
			text: textBlock(baseline - PAD, px(weekCentre(i) - LH / 2), [String(i + 1)], FONT, 'end'),
		})),
		weekNote: noteBlock,
		cycles: cycleRows,
		totalWeeks,
	};
}

/** Every label's box and every mark's box of a layout: what must stay apart, and inside the viewBox. */
export function timelineBoxes(l: TimelineLayout): { labels: Box[]; marks: Box[] } {
	const labels: Box[] = [];
	const marks: Box[] = [];
	for (const b of l.bars) {
		labels.push(textBox(b.text));
		marks.push({ x: b.x, y: b.y, width: b.width, height: b.height });
		if (b.leader) marks.push({ x: b.leader.x - 0.5, y: b.leader.y1, width: 1, height: b.leader.y2 - b.leader.y1 });
	}
	for (const w of l.weeks) labels.push(textBox(w.text));
	labels.push(textBox(l.weekNote));
	for (const c of l.cycles) {
		labels.push(textBox(c.text));
		const { x1, y1, x2, y2 } = c.line;
		marks.push({ x: Math.min(x1, x2), y: Math.min(y1, y2) - 0.5, width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) + 1 });
	}
	// The baseline the bars stand on (wide) or start from (narrow).
	for (const b of l.baselines)
		marks.push({
			x: Math.min(b.x1, b.x2) - 0.5,
			y: Math.min(b.y1, b.y2) - 0.5,
			width: Math.abs(b.x2 - b.x1) + 1,
			height: Math.abs(b.y2 - b.y1) + 1,
		});
	return { labels, marks };
}

/** The timeline's words in a language, from its dictionary. */
export function timelineText(lang: Lang): TimelineText {
	const d = t(lang);
	return {
		dose: (value, unit) => `${value} ${d.doseUnit(unit)}`,
		off: d.noInfusion,
		cycle: d.cycleN,
		week: d.timelineWeek,
		bar: (cycle, from, to, what) => d.timelineBar(d.cycleN(cycle), d.weekSpan(from, to), what),
	};
}
