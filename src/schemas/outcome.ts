import { z } from 'astro/zod';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';

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
		/** The Japanese label and definition; the Japanese edition fails to build without them. */
		ja: z.strictObject({ label: Text, definition: Text }).optional(),
		/** The kind of measure endpoints of this outcome report. */
		measure: z.enum(['proportion', 'time-to-event']),
		/** Where the definition came from. */
		source: provenanceSchema(reference),
	});
export type Outcome = z.output<ReturnType<typeof outcomeSchema>>;
