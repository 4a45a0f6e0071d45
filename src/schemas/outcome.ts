import { z } from 'zod';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';
import { translations } from './translations.ts';

/**
 * What an endpoint measures, defined once (`content/outcomes.yaml`). Two endpoints may only be
 * compared when they measure the same outcome.
 */
export const outcomeSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** Stable id, e.g. "cr-crh-two-cycles". */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
		/** Name in tables, e.g. "CR/CRh within two cycles". */
		label: Text,
		/** What counts as an event, in the site's words. */
		definition: Text,
		/** Label and definition in each other language (`ja: { label, definition }`). */
		...translations({ label: Text, definition: Text }),
		/**
		 * The kind of measure endpoints of this outcome report. A proportion may be given as counts
		 * (kind proportion) or as a reported percentage (kind reported-percent).
		 */
		measure: z.enum(['proportion', 'time-to-event', 'hazard-ratio']),
		/**
		 * The definition as data, for response outcomes: what counts as a response, by when, and
		 * among whom. src/lib/comparability.ts compares these; two endpoints are only put side by
		 * side when their outcomes' criteria match.
		 */
		criteria: z
			.strictObject({
				/** Response categories that count, e.g. [CR, CRh]; order does not matter. */
				components: z.array(z.enum(['CR', 'CRh', 'CRi', 'M1-marrow'])).min(1),
				/** Assessment window: its wording and its length in weeks (two 6-week cycles = 12). */
				window: z.strictObject({ label: Text, weeks: z.int().positive() }),
				/**
				 * Who the rate is among: everyone in the study part or arm (all treated, or all
				 * randomised), or only patients evaluable for it.
				 */
				among: z.enum(['all-in-part', 'evaluable']),
			})
			.optional(),
		/** Where the definition came from. */
		source: provenanceSchema(reference),
	});
export type Outcome = z.output<ReturnType<typeof outcomeSchema>>;
