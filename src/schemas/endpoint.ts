import { z } from 'astro/zod';
import { roundedPercent } from '../lib/stats/rounding.ts';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';

const interval = z.strictObject({
	/** Confidence level in percent. */
	level: z.literal(95).default(95),
	lower: z.number(),
	upper: z.number(),
});

/** Events out of a denominator; percentage and exact interval are computed, never stored. */
const proportionSchema = z.strictObject({
	kind: z.literal('proportion'),
	events: z.int().nonnegative(),
	denominator: z.int().positive(),
	/** Present when the paper did not print the denominator: how it was worked out. */
	denominatorBasis: z
		.strictObject({
			/**
			 * inferred-from-percent: the only N for which events/N rounds to the printed percentage;
			 * part-size: the size of the study part, assumed to be the denominator.
			 */
			method: z.enum(['inferred-from-percent', 'part-size']),
			/** Anything to add to the explanation the site generates from the numbers. */
			note: Text.optional(),
		})
		.optional(),
	/** What the paper printed, kept to check the computed values against. */
	printed: z
		.strictObject({
			percent: z.number().min(0).max(100),
			/** Decimals the percentage was printed with. */
			decimals: z.int().min(0).max(2).default(0),
		})
		.optional(),
});

/** A time-to-event summary as printed (no patient data, so nothing to recompute). */
const timeToEventSchema = z.strictObject({
	kind: z.literal('time-to-event'),
	statistic: z.literal('median'),
	/** Patients analysed, when printed. */
	n: z.int().positive().optional(),
	estimate: z.union([z.number().positive(), z.literal('not-estimable')]),
	ci: interval.optional(),
	unit: z.enum(['days', 'weeks', 'months', 'years']),
});

export const measureSchema = z.discriminatedUnion('kind', [proportionSchema, timeToEventSchema]);
export type Measure = z.output<typeof measureSchema>;

/** One endpoint of a publication (`content/endpoints/<publication>/<anchor>.yaml`). */
export const endpointSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** The publication that reports it; must match the folder. */
			publication: reference('publications'),
			/** What is measured; decides what it may be compared with. */
			outcome: reference('outcomes'),
			/** Position in tables. */
			order: z.int().nonnegative(),
			/** A part id of the publication's population, or "overall" / "not-stated". */
			part: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
			/** primary or secondary as the sources name it; safety; reported: in the abstract, with no role stated. */
			role: z.enum(['primary', 'secondary', 'safety', 'reported']),
			/** Who is counted, in the site's words. */
			population: Text,
			measure: measureSchema,
			/** Where the numbers were read. */
			source: provenanceSchema(reference),
			/** Caveats a reader must see beside the number. */
			note: Text.optional(),
			/**
			 * Japanese versions of the texts above (and of `measure.denominatorBasis.note`); the
			 * Japanese edition fails to build when one it needs is missing.
			 */
			ja: z
				.strictObject({ population: Text, note: Text.optional(), denominatorNote: Text.optional() })
				.optional(),
		})
		.superRefine((e, ctx) => {
			const m = e.measure;
			if (m.kind === 'proportion') {
				if (m.events > m.denominator) {
					ctx.addIssue({
						code: 'custom',
						path: ['measure', 'events'],
						message: `(${m.events}) exceeds the denominator (${m.denominator})`,
					});
					return;
				}
				if (m.printed) {
					const computed = roundedPercent(m.events, m.denominator, m.printed.decimals);
					if (computed !== m.printed.percent) {
						ctx.addIssue({
							code: 'custom',
							path: ['measure', 'printed', 'percent'],
							message: `is ${m.printed.percent}%, but ${m.events}/${m.denominator} rounds to ${computed}% (half up, ${m.printed.decimals} decimals)`,
						});
					}
				}
				if (m.denominatorBasis?.method === 'inferred-from-percent' && !m.printed) {
					ctx.addIssue({
						code: 'custom',
						path: ['measure', 'denominatorBasis'],
						message: 'says the denominator was inferred from the printed percentage, but no printed percentage is given',
					});
				}
			} else {
				if (m.ci) {
					if (m.ci.lower > m.ci.upper) {
						ctx.addIssue({ code: 'custom', path: ['measure', 'ci'], message: `has lower ${m.ci.lower} above upper ${m.ci.upper}` });
					} else if (m.estimate !== 'not-estimable' && (m.estimate < m.ci.lower || m.estimate > m.ci.upper)) {
						ctx.addIssue({
							code: 'custom',
							path: ['measure', 'ci'],
							message: `(${m.ci.lower}–${m.ci.upper}) does not contain the estimate ${m.estimate}`,
						});
					}
				}
			}
		});
export type Endpoint = z.output<ReturnType<typeof endpointSchema>>;
