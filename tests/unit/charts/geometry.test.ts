import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { linearScale, px, ticks } from '../../../src/lib/charts/scale.ts';
import { type ForestInput, forestLayout } from '../../../src/lib/charts/forest.ts';
import { type TimelineText, timelineLayout } from '../../../src/lib/charts/timeline.ts';
import { overlaps, textBox } from '../../../src/lib/charts/text.ts';
import { requireSchedule } from '../../../src/lib/dosing.ts';
import { regimenSchema } from '../../../src/schemas/regimen.ts';
import { plainReference } from '../../../src/schemas/shared.ts';

// Every expected value below is worked out by hand in the comment beside it.

describe('linear scale', () => {
	test('maps the domain ends to the range ends and interpolates between', () => {
		const x = linearScale([0, 100], [260, 620]);
		expect(x(0)).toBe(260);
		expect(x(100)).toBe(620);
		expect(x(50)).toBe(440); // 260 + 0.5 · 360
		expect(x(38.1)).toBeCloseTo(397.16, 10); // 260 + 0.381 · 360 = 260 + 137.16
	});
	test('works for reversed ranges (y axes)', () => {
		expect(linearScale([0, 10], [100, 0])(2.5)).toBe(75); // 100 − 0.25 · 100
	});
	test('refuses an empty domain', () => {
		expect(() => linearScale([5, 5], [0, 1])).toThrow(/empty domain/);
	});
	test('ticks include both ends', () => {
		expect(ticks(0, 100, 20)).toEqual([0, 20, 40, 60, 80, 100]);
		expect(ticks(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
	});
});

const row = (id: string, estimate: number, lower: number, upper: number): ForestInput => ({
	id,
	label: id,
	detail: '',
	estimate,
	lower,
	upper,
	ciKind: 'printed',
	secondary: false,
	featured: false,
});

describe('forest plot layout (wide)', () => {
	const layout = forestLayout([row('a', 43, 36, 50), row('b', 80, 28.4, 99.5)], { variant: 'wide' });
	test('an interval maps to the right pixels (3.6 units per percentage point from x = 256)', () => {
		const [a, b] = layout.rows;
		expect(a).toMatchObject({ x: 410.8, x1: 385.6, x2: 436 }); // 256 + 3.6·43, 256 + 3.6·36, 256 + 3.6·50
		expect(b).toMatchObject({ x: 544, x1: 358.24, x2: 614.2 }); // 256 + 288, 256 + 102.24, 256 + 358.2
	});
	test('one-line labels keep the smallest row height: rows are centred in 40-unit bands under a 10-unit margin', () => {
		expect(layout.rows.map((r) => r.y)).toEqual([30, 70]); // 10 + 0.5·40, 10 + 1.5·40
		expect(layout.plot).toEqual({ left: 256, right: 616, top: 10, bottom: 90 }); // 10 + 2·40
	});
	test('ticks every 20 points, labelled in percent', () => {
		// 10 points would be 36 units apart, less than "100%" needs (3.31 em · 12 + 1 = 40.72, plus 8).
		expect(layout.ticks.map((t) => [t.label, t.x])).toEqual([
			['0%', 256],
			['20%', 328],
			['40%', 400],
			['60%', 472],
			['80%', 544],
			['100%', 616],
		]);
	});
	test('refuses an interval that leaves out its estimate, or leaves the axis', () => {
		expect(() => forestLayout([row('bad', 60, 36, 50)])).toThrow(/leaves out 60/);
		expect(() => forestLayout([row('wide', 50, -5, 60)])).toThrow(/outside the axis/);
	});
});

describe('forest plot layout (narrow)', () => {
	const layout = forestLayout([row('a', 43, 36, 50)], { variant: 'narrow', axisLabel: 'x' });
	test('the plot spans the drawing less room for the end tick labels, with fewer ticks', () => {
		// "0%": (0.73 + 1.12)·12 + 1 = 23.2, half + 1 = 12.6, + 4 padding = 16.6; "100%": 40.72 → 21.36 + 4 = 25.36.
		expect(layout.plot.left).toBeCloseTo(16.6, 10);
		expect(layout.plot.right).toBeCloseTo(260 - 25.36, 10);
		// 218.04 units for 100 points: 20 points are 43.6 apart, less than 48.72; 25 points are 54.5.
		expect(layout.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
	});
	test('the label sits above its interval: the interval is drawn under the text block', () => {
		const r = layout.rows[0]!;
		// Label "a" at 13 units is one line of 1.55·13 = 20.15 units from y = 4; the 18-unit band follows.
		expect(r.labelText.lines).toEqual([{ text: 'a', y: 4 + 1.22 * 13 }]);
		expect(r.y).toBeCloseTo(4 + 20.15 + 9, 2);
	});
});

const words: TimelineText = {
	dose: (value, unit) => `${value} ${unit}`,
	off: 'off',
	cycle: (n) => `Cycle ${n}`,
	week: 'wk',
	bar: (cycle, from, to, what) => `Cycle ${cycle}, weeks ${from}–${to}: ${what}`,
};

describe('dosing timeline layout (wide)', () => {
	const regimen = requireSchedule(
		regimenSchema(plainReference).parse(parse(readFileSync('content/regimens/blinatumomab-adult.yaml', 'utf8'))),
		'content/regimens/blinatumomab-adult.yaml',
		'test',
	);
	const layout = timelineLayout(regimen, 2, words, 'wide');
	test('two 6-week cycles span 12 weeks at 50 units a week', () => {
		// 640 − 40 = 600 units for 12 weeks ("wk" is 1.85 em · 12 + 1 = 23.2 units, within the 40-unit margin).
		expect(layout.totalWeeks).toBe(12);
		expect(layout.weeks[0]!.text.x).toBe(65); // middle of week 1: 40 + 0.5·50
		expect(layout.weeks[11]!.text.x).toBe(615); // 40 + 11.5·50
		expect(layout.cycles.map((c) => [c.label, c.line.x1, c.line.x2])).toEqual([
			['Cycle 1', 42, 338], // 40 + 2, 40 + 6·50 − 2
			['Cycle 2', 342, 638],
		]);
	});
	test('bars: a step-up dose in cycle 1, a full dose in cycle 2, treatment-free weeks on the baseline', () => {
		const bars = layout.bars.map((b) => ({
			cycle: b.cycle,
			week: b.week,
			span: b.span,
			dose: b.dose?.value,
			x: b.x,
			width: b.width,
			height: b.height,
		}));
		expect(bars).toEqual([
			{ cycle: 1, week: 1, span: 1, dose: 9, x: 41, width: 48, height: 32.14 }, // 100 · 9/28 = 32.142…
			{ cycle: 1, week: 2, span: 3, dose: 28, x: 91, width: 148, height: 100 },
			{ cycle: 1, week: 5, span: 2, dose: undefined, x: 241, width: 98, height: 6 },
			{ cycle: 2, week: 1, span: 4, dose: 28, x: 341, width: 198, height: 100 },
			{ cycle: 2, week: 5, span: 2, dose: undefined, x: 541, width: 98, height: 6 },
		]);
		expect(layout.bars[0]!.y).toBe(px(layout.baseline - 32.14));
		expect(layout.bars[2]!.label).toBe('Cycle 1, weeks 5–6: off');
	});
	test('the 9 μg/day label stays clear of the 28 μg/day bar beside it', () => {
		const [nine, full] = layout.bars;
		const box = textBox(nine!.text);
		expect(overlaps(box, { x: full!.x, y: full!.y, width: full!.width, height: full!.height })).toBe(false);
	});
});
