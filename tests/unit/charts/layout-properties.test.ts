import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { type ForestInput, forestBoxes, forestLayout } from '../../../src/lib/charts/forest.ts';
import { type TimelineText, timelineBoxes, timelineLayout, timelineText } from '../../../src/lib/charts/timeline.ts';
import {
	BREAKPOINT,
	MIN_FONT,
	VARIANTS,
	type Box,
	type Variant,
	drawnAt,
	inside,
	overlaps,
	textWidth,
	wrapText,
} from '../../../src/lib/charts/text.ts';
import type { ScheduledRegimen } from '../../../src/schemas/regimen.ts';

// What must hold for any rows, any regimen and any words (English, Japanese, or long made-up ones):
// no label box overlaps another label or a mark, everything lies inside the drawing, and no text is
// drawn smaller than 12 CSS px at the widths readers use. Inputs are generated from a seeded random
// source, so a failure names a seed that reproduces it.

/** A small seeded random source (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
	return { next, int, pick };
}

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZWWMMmmww0123456789';
const CJK = '日本人成人第相試験拡大コホート小児分母は仮定総説の表定義台帳による対応づけ最大解析対象集団ブリナツモマブ群休薬週サイクル';
const PUNCT = ['（', '）', '・', '、', ' · ', ' (', ')', '/', '–', '%', 'μg/日'];

/** Text of up to `max` characters: Latin words, Japanese runs, or both, with punctuation. */
function text(r: ReturnType<typeof random>, max: number): string {
	const kind = r.pick(['latin', 'cjk', 'mixed'] as const);
	let out = '';
	while ([...out].length < max) {
		const part =
			kind === 'latin' || (kind === 'mixed' && r.next() < 0.5)
				? Array.from({ length: r.int(1, 12) }, () => r.pick([...LATIN])).join('') + ' '
				: Array.from({ length: r.int(1, 8) }, () => r.pick([...CJK])).join('');
		out += r.next() < 0.2 ? r.pick(PUNCT) + part : part;
	}
	return (
		[...out]
			.slice(0, Math.max(1, r.int(1, max)))
			.join('')
			.trim() || 'x'
	);
}

function forestRows(r: ReturnType<typeof random>): ForestInput[] {
	return Array.from({ length: r.int(1, 8) }, (_, i) => {
		const [lower, estimate, upper] = [r.next(), r.next(), r.next()].map((v) => Math.round(v * 1000) / 10).sort((a, b) => a - b) as [
			number,
			number,
			number,
		];
		return {
			id: `row-${i}`,
			label: text(r, 40), // a study's short title is at most 40 characters (src/schemas/publication.ts)
			detail: text(r, 90),
			estimate,
			lower,
			upper,
			ciKind: r.pick(['exact', 'printed'] as const),
			secondary: r.next() < 0.3,
			featured: r.next() < 0.3,
		};
	});
}

function regimen(r: ReturnType<typeof random>): { regimen: ScheduledRegimen; cycles: number } {
	const infusionWeeks = r.int(1, 6);
	const treatmentFreeWeeks = r.int(0, 3);
	const unit = r.pick(['μg/day', 'μg/m²/day'] as const);
	// Cycle 1 in up to three steps, later cycles at one dose.
	const cuts = [...new Set([1, r.int(1, infusionWeeks), r.int(1, infusionWeeks)])].sort((a, b) => a - b);
	const dose = () => Math.round(r.next() * 1000) / 10 + 0.1;
	const steps = [
		...cuts.map((from, i) => ({
			cycles: { from: 1, to: 1 },
			weeks: { from, to: (cuts[i + 1] ?? infusionWeeks + 1) - 1 },
			dose: dose(),
			unit,
		})),
		{ cycles: { from: 2 }, weeks: { from: 1, to: infusionWeeks }, dose: dose(), unit },
	];
	const reg = {
		drug: 'x',
		cycle: { lengthWeeks: infusionWeeks + treatmentFreeWeeks, infusionWeeks, treatmentFreeWeeks },
		steps,
		provenance: {},
	} as unknown as ScheduledRegimen;
	return { regimen: reg, cycles: r.int(1, 3) };
}

function words(r: ReturnType<typeof random>): TimelineText {
	const choice = r.pick(['en', 'ja', 'made-up'] as const);
	if (choice !== 'made-up') return timelineText(choice);
	const off = text(r, 16);
	const week = text(r, 10);
	const cycle = text(r, 14);
	return { dose: (v, u) => `${v} ${u}`, off, cycle: (n) => `${cycle} ${n}`, week, bar: (c, f, t, w) => `${c} ${f}–${t} ${w}` };
}

/** Every way a set of boxes can break the rules, as messages (empty when none). */
function problems(l: { width: number; height: number }, boxes: { labels: Box[]; marks: Box[] }): string[] {
	const frame = { x: 0, y: 0, width: l.width, height: l.height };
	const bad: string[] = [];
	const show = (b: Box) => `[${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.width.toFixed(1)}×${b.height.toFixed(1)}]`;
	boxes.labels.forEach((a, i) => {
		if (!inside(a, frame)) bad.push(`label ${show(a)} leaves the drawing`);
		boxes.labels.slice(i + 1).forEach((b) => overlaps(a, b) && bad.push(`labels ${show(a)} and ${show(b)} overlap`));
		boxes.marks.forEach((m) => overlaps(a, m) && bad.push(`label ${show(a)} overlaps mark ${show(m)}`));
	});
	boxes.marks.forEach((m) => !inside(m, frame) && bad.push(`mark ${show(m)} leaves the drawing`));
	return bad;
}

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const VARIANT_NAMES = Object.keys(VARIANTS) as Variant[];

describe('forest plot, for any rows', () => {
	test.each(SEEDS)('seed %i: no label touches another label or a mark, all inside the drawing, fonts at least 12', (seed) => {
		const r = random(seed);
		const rows = forestRows(r);
		const axisLabel = text(r, 70);
		for (const variant of VARIANT_NAMES) {
			const l = forestLayout(rows, { variant, axisLabel });
			expect(problems(l, forestBoxes(l)), `${variant}`).toEqual([]);
			const fonts = [...l.rows.flatMap((x) => [x.labelText, x.detailText]), ...l.ticks.map((t) => t.text), l.axisLabel].map(
				(t) => t.fontSize,
			);
			expect(Math.min(...fonts)).toBeGreaterThanOrEqual(MIN_FONT);
			expect(l.ticks.length).toBeGreaterThanOrEqual(2);
			// Positions on the axis do not depend on the words: both languages draw every point in the same place.
			const again = forestLayout(
				rows.map((x) => ({ ...x, label: 'x', detail: '' })),
				{ variant },
			);
			expect(again.rows.map((x) => [x.x, x.x1, x.x2])).toEqual(l.rows.map((x) => [x.x, x.x1, x.x2]));
		}
	});
});

describe('dosing timeline, for any regimen and words', () => {
	test.each(SEEDS)('seed %i: no label touches another label or a mark, all inside the drawing, fonts at least 12', (seed) => {
		const r = random(seed);
		const { regimen: reg, cycles } = regimen(r);
		const w = words(r);
		for (const variant of VARIANT_NAMES) {
			const l = timelineLayout(reg, cycles, w, variant);
			expect(problems(l, timelineBoxes(l)), `${variant}`).toEqual([]);
			const fonts = [...l.bars.map((b) => b.text), ...l.weeks.map((x) => x.text), l.weekNote, ...l.cycles.map((c) => c.text)].map(
				(t) => t.fontSize,
			);
			expect(Math.min(...fonts)).toBeGreaterThanOrEqual(MIN_FONT);
			// Every bar's size follows its dose: the highest dose fills the most room, treatment-free weeks the least.
			const size = (b: (typeof l.bars)[number]) => (variant === 'wide' ? b.height : b.width);
			const doses = l.bars.filter((b) => b.dose);
			for (const a of doses) for (const b of doses) if (a.dose!.value < b.dose!.value) expect(size(a)).toBeLessThan(size(b));
		}
	});
});

describe('text drawn at the widths readers use', () => {
	// The page's column: the viewport less 2 × 20 px padding (less a 16 px scroll bar where there is one),
	// at most the --wide column (68rem) less its padding. 1048 px at 1280.
	const figure = (viewport: number, scrollbar: number) => Math.min(viewport - 40 - scrollbar, 68 * 16 - 40);
	test.each([320, 390, 768, 1280])('at %i px, with or without a scroll bar, every font is at least 12 CSS px', (viewport) => {
		for (const scrollbar of [0, 16]) {
			const { variant, scale } = drawnAt(figure(viewport, scrollbar));
			expect(scale, `${variant} at ${viewport}`).toBeGreaterThanOrEqual(1);
			expect(MIN_FONT * scale).toBeGreaterThanOrEqual(12);
		}
	});
	test('at every figure width from the narrowest drawing up, no drawing is scaled down', () => {
		for (let w = VARIANTS.narrow.minWidth; w <= 1600; w += 1) expect(drawnAt(w).scale).toBeGreaterThanOrEqual(1);
		expect(drawnAt(BREAKPOINT - 1).variant).toBe('narrow');
		expect(drawnAt(BREAKPOINT).variant).toBe('wide');
	});
	test('the stylesheet switches drawings at the same width, and caps them at the same widths', () => {
		const css = readFileSync('src/styles/charts.css', 'utf8').replace(/\s+/g, ' ');
		expect(css).toContain(`@container (width < ${BREAKPOINT}px)`);
		expect(css).toContain(`.chart.wide { max-width: ${VARIANTS.wide.maxWidth}px; }`);
		expect(css).toContain(`.chart.narrow { display: none; max-width: ${VARIANTS.narrow.maxWidth}px; }`);
		for (const v of VARIANT_NAMES) expect(VARIANTS[v].width).toBe(VARIANTS[v].minWidth);
	});
});

describe('text width and wrapping', () => {
	test('full-width characters count a whole em; Latin less; one unit is added for rounding', () => {
		expect(textWidth('日本語', 12)).toBe(3 * 12 + 1);
		expect(textWidth('（）、', 10)).toBe(31);
		expect(textWidth('abc', 12)).toBeLessThan(textWidth('日本語', 12));
		expect(textWidth('', 12)).toBe(0);
	});
	test.each(SEEDS.slice(0, 50))(
		'seed %i: wrapped lines fit, keep every character but spaces, and never start with closing punctuation',
		(seed) => {
			const r = random(seed);
			const s = text(r, 90);
			const max = r.int(40, 300);
			const lines = wrapText(s, max, 12);
			lines.forEach((line, i) => {
				if ([...line].length > 1) expect(textWidth(line, 12)).toBeLessThanOrEqual(max + 1e-9);
				if (i > 0) expect(line).not.toMatch(/^[）、・]/);
				if (i < lines.length - 1) expect(line).not.toMatch(/[（]$/);
			});
			expect(lines.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
		},
	);
	test('breaks Latin text at spaces and Japanese text between characters', () => {
		const max = textWidth('Full analysis set ·', 12);
		expect(wrapText('Full analysis set · review table', max, 12)).toEqual(['Full analysis set ·', 'review table']);
		const ja = wrapText('成人・分母は仮定', 60, 12);
		expect(ja.length).toBeGreaterThan(1);
		expect(ja.every((l) => !l.startsWith('・'))).toBe(true);
	});
	test.each(['28 μg/日', '9 μg/day', 'No infusion', '海外第2相試験（MT103-211）'])(
		'"%s" wrapped to its own width stays on one line',
		(s) => {
			expect(wrapText(s, textWidth(s, 12), 12)).toEqual([s]);
			expect(wrapText(s, textWidth(s, 13), 13)).toEqual([s]);
		},
	);
	test('a word wider than the line is cut, or left whole when asked', () => {
		expect(wrapText('μg/day', 30, 12).length).toBeGreaterThan(1);
		expect(wrapText('9 μg/day', 30, 12, false)).toEqual(['9', 'μg/day']);
	});
});
