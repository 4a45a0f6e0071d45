import { z } from 'astro/zod';
import { type ReferenceFactory, Text, provenanceMap, requireProvenance } from './shared.ts';
import { translations } from './translations.ts';

const FIELDS = ['drug', 'route', 'cycle', 'steps', 'inductionCycles', 'maxCycles', 'consolidation'] as const;

const span = z.strictObject({ from: z.int().positive(), to: z.int().positive().optional() });

/** A dosing schedule in cycles of weeks (`content/regimens/<id>.yaml`). */
export const regimenSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			drug: Text,
			route: Text,
			/** Drug and route in each other language (`ja: { drug, route }`). */
			...translations({ drug: Text, route: Text }),
			/** One cycle: infusion weeks, then treatment-free weeks. */
			cycle: z.strictObject({
				lengthWeeks: z.int().positive(),
				infusionWeeks: z.int().positive(),
				treatmentFreeWeeks: z.int().nonnegative(),
			}),
			/** Doses by cycle and week of cycle; `to` absent means "and every later one". */
			steps: z
				.array(
					z.strictObject({
						cycles: span,
						weeks: span,
						dose: z.number().positive(),
						unit: z.enum(['μg/day', 'μg/m²/day']),
					}),
				)
				.min(1),
			/** Cycles given as induction (the primary endpoint is read after them). */
			inductionCycles: z.int().positive().optional(),
			/** Most cycles a patient may receive (induction plus consolidation). */
			maxCycles: z.int().positive().optional(),
			/** Who goes on to consolidation. */
			consolidation: Text.optional(),
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((r, ctx) => {
			requireProvenance(r, FIELDS, ctx);
			const { lengthWeeks, infusionWeeks, treatmentFreeWeeks } = r.cycle;
			if (infusionWeeks + treatmentFreeWeeks !== lengthWeeks) {
				ctx.addIssue({
					code: 'custom',
					path: ['cycle', 'lengthWeeks'],
					message: `is ${lengthWeeks}, but ${infusionWeeks} infusion weeks + ${treatmentFreeWeeks} treatment-free weeks = ${infusionWeeks + treatmentFreeWeeks}`,
				});
			}
			r.steps.forEach((s, i) => {
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
			if (r.maxCycles !== undefined && r.inductionCycles !== undefined && r.maxCycles < r.inductionCycles) {
				ctx.addIssue({ code: 'custom', path: ['maxCycles'], message: 'is smaller than the number of induction cycles' });
			}
		});
export type Regimen = z.output<ReturnType<typeof regimenSchema>>;
