import { z } from 'zod';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';
import { translations } from './translations.ts';

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
			/** The note in each other language (`ja: { note }`). */
			...translations({ note: Text }),
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
			/** The note in each other language (`ja: { note }`). */
			...translations({ note: Text }),
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

const measureSchema = z.discriminatedUnion('kind', [proportionSchema, reportedPercentSchema, timeToEventSchema, hazardRatioSchema]);

/** What sources call an endpoint: its role, as the site may repeat it. */
export const ENDPOINT_ROLES = ['primary', 'additional', 'not-stated'] as const;

/** One endpoint of a publication (`content/endpoints/<publication>/<anchor>.yaml`). */
export const endpointSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The publication that reports it; must match the folder. */
		publication: reference('publications'),
		/** What is measured; decides what it may be compared with. */
		outcome: reference('outcomes'),
		/** Position in tables. */
		order: z.int().nonnegative(),
		/** A part id of the publication's population, or "overall" / "not-stated". */
		part: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
		/**
		 * The endpoint's role, only as a source names it: primary; additional (the word of the phase 2
		 * conference abstract, S5); not-stated (no source read gives it a role). A role other than
		 * not-stated needs `roleSource`: where it is stated.
		 */
		role: z.enum(ENDPOINT_ROLES),
		/** Where the role is stated (required unless the role is not-stated). */
		roleSource: provenanceSchema(reference).optional(),
		/** Who is counted, in the site's words. */
		population: Text,
		measure: measureSchema,
		/** Where the numbers were read. */
		source: provenanceSchema(reference),
		/**
		 * Criteria of the outcome's definition that the numbers' source does not state (a review table
		 * that prints "CR/CRh" without the window), and, when the match rests on someone's reading of
		 * the source, where that reading is (`basis`, with status derived and a note). Absent when the
		 * source states the whole definition. The comparability rule refuses an endpoint with an
		 * unstated criterion and no basis, and every page that shows one with a basis says so.
		 */
		unstated: z
			.strictObject({
				criteria: z.array(z.enum(['components', 'window', 'among'])).min(1),
				basis: provenanceSchema(reference).optional(),
			})
			.optional(),
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
		/** Population and note in each other language (`ja: { population, note }`). */
		...translations({ population: Text, note: Text }),
	});
export type Endpoint = z.output<ReturnType<typeof endpointSchema>>;
