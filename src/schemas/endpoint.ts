import { z } from 'astro/zod';
import { eventsMatching, roundedPercent } from '../lib/stats/rounding.ts';
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
	/**
	 * Present when the source did not print the number of events: how it was worked out.
	 * inferred-from-percent: the only count out of the denominator that rounds to the printed
	 * percentage (e.g. 56% of 9 → 5); stated-in-words: the source says "all patients" or "none".
	 */
	eventsBasis: z
		.strictObject({
			method: z.enum(['inferred-from-percent', 'stated-in-words']),
			/** The words, for stated-in-words; anything else to add. */
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
	/** Decimals the estimate was printed with, when it ends in zeros ("4.0 months" → 1). */
	decimals: z.int().min(0).max(2).optional(),
	ci: interval.optional(),
	unit: z.enum(['days', 'weeks', 'months', 'years']),
});

/**
 * A percentage as a source reports it, with its interval when given, where the counts are not
 * known (e.g. a review table, or an abstract that prints only "34% vs 16%"). Nothing is computed.
 */
const reportedPercentSchema = z.strictObject({
	kind: z.literal('reported-percent'),
	percent: z.number().min(0).max(100),
	/** Decimals the percentage was printed with. */
	decimals: z.int().min(0).max(2).default(0),
	/** The interval as printed, in percent. */
	ci: interval.optional(),
});

/** A hazard ratio between two arms of a randomised trial, as printed. */
const hazardRatioSchema = z.strictObject({
	kind: z.literal('hazard-ratio'),
	estimate: z.number().positive(),
	ci: interval,
	/** The arm in the numerator (part id) and the reference arm. */
	treatment: z.string().min(1),
	control: z.string().min(1),
	/** The P value printed for it. */
	p: z.strictObject({ relation: z.enum(['=', '<']), value: z.number().gt(0).max(1) }).optional(),
});

export const measureSchema = z.discriminatedUnion('kind', [proportionSchema, reportedPercentSchema, timeToEventSchema, hazardRatioSchema]);
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
			 * For an arm of a randomised trial: the arm it was compared with (a part id) and the
			 * P value printed for the comparison.
			 */
			comparison: z
				.strictObject({
					against: z.string().min(1),
					p: z.strictObject({ relation: z.enum(['=', '<']), value: z.number().gt(0).max(1) }).optional(),
				})
				.optional(),
			/**
			 * Japanese versions of the texts above (and of `measure.denominatorBasis.note`); the
			 * Japanese edition fails to build when one it needs is missing.
			 */
			ja: z.strictObject({ population: Text, note: Text.optional(), denominatorNote: Text.optional() }).optional(),
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
				if (m.eventsBasis?.method === 'inferred-from-percent') {
					if (!m.printed) {
						ctx.addIssue({
							code: 'custom',
							path: ['measure', 'eventsBasis'],
							message: 'says the number of events was inferred from the printed percentage, but no printed percentage is given',
						});
					} else {
						const fits = eventsMatching(m.printed.percent, m.denominator, m.printed.decimals);
						if (fits.length !== 1 || fits[0] !== m.events) {
							ctx.addIssue({
								code: 'custom',
								path: ['measure', 'eventsBasis'],
								message: `says ${m.events} is the only count out of ${m.denominator} that rounds to ${m.printed.percent}%, but the counts that fit are: ${fits.join(', ') || 'none'}`,
							});
						}
					}
				}
			} else if (m.kind === 'reported-percent' || m.kind === 'hazard-ratio') {
				const estimate = m.kind === 'reported-percent' ? m.percent : m.estimate;
				if (m.ci) {
					if (m.ci.lower > m.ci.upper) {
						ctx.addIssue({ code: 'custom', path: ['measure', 'ci'], message: `has lower ${m.ci.lower} above upper ${m.ci.upper}` });
					} else if (estimate < m.ci.lower || estimate > m.ci.upper) {
						ctx.addIssue({
							code: 'custom',
							path: ['measure', 'ci'],
							message: `(${m.ci.lower}–${m.ci.upper}) does not contain the estimate ${estimate}`,
						});
					}
					if (m.kind === 'reported-percent' && (m.ci.lower < 0 || m.ci.upper > 100)) {
						ctx.addIssue({ code: 'custom', path: ['measure', 'ci'], message: `(${m.ci.lower}–${m.ci.upper}) leaves 0–100%` });
					}
				}
				if (m.kind === 'hazard-ratio' && m.treatment === m.control) {
					ctx.addIssue({ code: 'custom', path: ['measure', 'control'], message: `is the same arm as the treatment ("${m.control}")` });
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
