import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { linearScale, ticks } from '../../../src/lib/charts/scale.ts';
import { type ForestInput, forestLayout } from '../../../src/lib/charts/forest.ts';
import { timelineLayout } from '../../../src/lib/charts/timeline.ts';
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

describe('forest plot layout', () => {
	const layout = forestLayout([row('a', 43, 36, 50), row('b', 80, 28.4, 99.5)], {
		width: 640,
		labelWidth: 260,
		marginRight: 20,
		marginTop: 10,
		rowHeight: 40,
		axisHeight: 44,
	});
	test('an interval maps to the right pixels (3.6 px per percentage point from x = 260)', () => {
		const [a, b] = layout.rows;
		expect(a).toMatchObject({ x: 414.8, x1: 389.6, x2: 440 }); // 260 + 3.6·43, 260 + 3.6·36, 260 + 3.6·50
		expect(b).toMatchObject({ x: 548, x1: 362.24, x2: 618.2 }); // 260 + 288, 260 + 102.24, 260 + 358.2
	});
	test('rows are centred in their bands, and the axis sits under the last row', () => {
		expect(layout.rows.map((r) => r.y)).toEqual([30, 70]); // 10 + 0.5·40, 10 + 1.5·40
		expect(layout.plot).toEqual({ left: 260, right: 620, top: 10, bottom: 90 }); // 10 + 2·40
		expect(layout.height).toBe(134); // 90 + 44
		expect(layout.viewBox).toBe('0 0 640 134');
	});
	test('ticks every 20 points, labelled in percent', () => {
		expect(layout.ticks.map((t) => [t.label, t.x])).toEqual([
			['0%', 260],
			['20%', 332],
			['40%', 404],
			['60%', 476],
			['80%', 548],
			['100%', 620],
		]);
	});
	test('refuses an interval that leaves out its estimate, or leaves the axis', () => {
		expect(() => forestLayout([row('bad', 60, 36, 50)])).toThrow(/leaves out 60/);
		expect(() => forestLayout([row('wide', 50, -5, 60)])).toThrow(/outside the axis/);
	});
});

describe('dosing timeline layout', () => {
	const regimen = requireSchedule(
		regimenSchema(plainReference).parse(parse(readFileSync('content/regimens/blinatumomab-adult.yaml', 'utf8'))),
		'content/regimens/blinatumomab-adult.yaml',
		'test',
	);
	const layout = timelineLayout(regimen, 2, {
		width: 640,
		marginLeft: 40,
		marginRight: 120,
		marginTop: 24,
		barHeight: 100,
		axisHeight: 64,
	});
	test('two 6-week cycles span 12 weeks at 40 px a week', () => {
		// 640 − 40 − 120 = 480 px for 12 weeks.
		expect(layout.totalWeeks).toBe(12);
		expect(layout.weeks[0]).toEqual({ n: 1, x: 60 }); // middle of week 1: 40 + 0.5·40
		expect(layout.weeks[11]).toEqual({ n: 12, x: 500 }); // 40 + 11.5·40
		expect(layout.cycles).toEqual([
			{ label: 'Cycle 1', x1: 40, x2: 280, y: 164 }, // baseline 24 + 100 = 124; brackets 40 below
			{ label: 'Cycle 2', x1: 280, x2: 520, y: 164 },
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
			{ cycle: 1, week: 1, span: 1, dose: 9, x: 40, width: 40, height: 32.14 }, // 100 · 9/28 = 32.142…
			{ cycle: 1, week: 2, span: 3, dose: 28, x: 80, width: 120, height: 100 },
			{ cycle: 1, week: 5, span: 2, dose: undefined, x: 200, width: 80, height: 6 },
			{ cycle: 2, week: 1, span: 4, dose: 28, x: 280, width: 160, height: 100 },
			{ cycle: 2, week: 5, span: 2, dose: undefined, x: 440, width: 80, height: 6 },
		]);
		expect(layout.bars[0]!.y).toBe(91.86); // 124 − 32.14
		expect(layout.bars[2]!.label).toBe('Cycle 1, weeks 5–6: no infusion');
	});
});
