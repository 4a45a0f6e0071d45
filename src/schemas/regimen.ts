import { z } from 'zod';
import { type ReferenceFactory, Text, provenanceMap, requireProvenance } from './shared.ts';
import { translations } from './translations.ts';

const FIELDS = ['drug', 'route', 'cycle', 'steps', 'doseRange', 'inductionCycles', 'maxCycles', 'consolidation', 'cyclesReceived'] as const;

const span = z.strictObject({ from: z.int().positive(), to: z.int().positive().optional() });

/** The units doses are given in. */
const DOSE_UNITS = ['μg/day', 'μg/m²/day'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

/**
 * A dosing schedule (`content/regimens/<id>.yaml`): in cycles of weeks, dose by dose (`cycle` and
 * `steps`), or, when a source gives no more, only as the range of daily doses (`doseRange`, e.g.
 * "9–28 μg/day"). Only what the source states is entered: a schedule is never filled in from
 * another study's.
 */
export const regimenSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			drug: Text,
			/** How it is given, when the source says. */
			route: Text.optional(),
			/** Drug and route in each other language (`ja: { drug, route }`). */
			...translations({ drug: Text, route: Text }),
			/** One cycle: infusion weeks, then treatment-free weeks. */
			cycle: z
				.strictObject({
					lengthWeeks: z.int().positive(),
					infusionWeeks: z.int().positive(),
					treatmentFreeWeeks: z.int().nonnegative(),
				})
				.optional(),
			/** Doses by cycle and week of cycle; `to` absent means "and every later one". */
			steps: z
				.array(
					z.strictObject({
						cycles: span,
						weeks: span,
						dose: z.number().positive(),
						unit: z.enum(DOSE_UNITS),
					}),
				)
				.min(1)
				.optional(),
			/** Only the lowest and highest daily dose, as a source gives them ("9–28 μg/day"), when it gives no schedule. */
			doseRange: z.strictObject({ from: z.number().positive(), to: z.number().positive(), unit: z.enum(DOSE_UNITS) }).optional(),
			/** Cycles given as induction (the primary endpoint is read after them). */
			inductionCycles: z.int().positive().optional(),
			/** Most cycles a patient may receive (induction plus consolidation). */
			maxCycles: z.int().positive().optional(),
			/** Who goes on to consolidation. */
			consolidation: Text.optional(),
			/**
			 * How many cycles patients actually received, as a source reports it (median and range);
			 * the provenance says which patients and at which data cut.
			 */
			cyclesReceived: z.strictObject({ median: z.number().positive(), min: z.int().positive(), max: z.int().positive() }).optional(),
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((r, ctx) => {
			requireProvenance(r, FIELDS, ctx);
			if (!r.steps === !r.doseRange) {
				ctx.addIssue({
					code: 'custom',
					path: ['steps'],
					message: 'give either the schedule (steps, with cycle) or only the range of doses (doseRange), not both or neither',
				});
			}
			if (r.steps && !r.cycle) {
				ctx.addIssue({ code: 'custom', path: ['cycle'], message: 'is missing: steps are placed in the weeks of a cycle' });
			}
			if (r.doseRange && r.doseRange.from > r.doseRange.to) {
				ctx.addIssue({ code: 'custom', path: ['doseRange'], message: `runs backwards (${r.doseRange.from} to ${r.doseRange.to})` });
			}
			if (!r.cycle) return;
			const { lengthWeeks, infusionWeeks, treatmentFreeWeeks } = r.cycle;
			if (infusionWeeks + treatmentFreeWeeks !== lengthWeeks) {
				ctx.addIssue({
					code: 'custom',
					path: ['cycle', 'lengthWeeks'],
					message: `is ${lengthWeeks}, but ${infusionWeeks} infusion weeks + ${treatmentFreeWeeks} treatment-free weeks = ${infusionWeeks + treatmentFreeWeeks}`,
				});
			}
			(r.steps ?? []).forEach((s, i) => {
				const last = s.weeks.to ?? s.weeks.from;
				if (last < s.weeks.from || last > infusionWeeks) {
					ctx.addIssue({
						code: 'custom',
						path: ['steps', i, 'weeks'],
						message: `must lie within the ${infusionWeeks} infusion weeks of a cycle (got ${s.weeks.from}–${last})`,
					});
				}
				if (s.cycles.to !== undefined && s.cycles.to < s.cycles.from) {
					ctx.addIssue({ code: 'custom', path: ['steps', i, 'cycles'], message: 'ends before it starts' });
				}
			});
			const got = r.cyclesReceived;
			if (got && !(got.min <= got.median && got.median <= got.max)) {
				ctx.addIssue({
					code: 'custom',
					path: ['cyclesReceived'],
					message: `must have min ≤ median ≤ max (got ${got.min}, ${got.median}, ${got.max})`,
				});
			}
			if (got && r.maxCycles !== undefined && got.max > r.maxCycles) {
				ctx.addIssue({ code: 'custom', path: ['cyclesReceived', 'max'], message: `(${got.max}) is more than maxCycles (${r.maxCycles})` });
			}
			if (r.maxCycles !== undefined && r.inductionCycles !== undefined && r.maxCycles < r.inductionCycles) {
				ctx.addIssue({ code: 'custom', path: ['maxCycles'], message: 'is smaller than the number of induction cycles' });
			}
		});
export type Regimen = z.output<ReturnType<typeof regimenSchema>>;

/** A regimen known dose by dose, in cycles of weeks (what the schedule table and timeline draw). */
export type ScheduledRegimen = Regimen & { cycle: NonNullable<Regimen['cycle']>; steps: NonNullable<Regimen['steps']> };

/** Whether the regimen has a week-by-week schedule (rather than only a range of doses). */
export const isScheduled = (r: Regimen): r is ScheduledRegimen => r.cycle !== undefined && r.steps !== undefined;
