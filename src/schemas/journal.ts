import { z } from 'astro/zod';
import { type ReferenceFactory, Issn, IsoDate, Text, provenanceMap, requireProvenance } from './shared.ts';

const FIELDS = [
	'title',
	'abbreviation',
	'issn.print',
	'issn.electronic',
	'publisher',
	'onBehalfOf',
	'formerTitles',
	'openAccessSince',
	'asjc',
] as const;

/** A journal (`content/journals/<id>.yaml`). */
export const journalSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** Full title. */
			title: Text,
			/** Abbreviated title, as the source gives it. */
			abbreviation: Text.optional(),
			/** ISSNs; the check digit is validated. */
			issn: z.strictObject({ print: Issn.optional(), electronic: Issn.optional() }),
			/** Publisher. */
			publisher: Text.optional(),
			/** The society the publisher acts for. */
			onBehalfOf: Text.optional(),
			/** Earlier titles, newest first. */
			formerTitles: z.array(Text).optional(),
			/** Date from which the whole journal is open access. */
			openAccessSince: IsoDate.optional(),
			/** ASJC subject codes. */
			asjc: z.array(reference('asjc')).default([]),
			/** Where each field came from. */
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((j, ctx) => requireProvenance(j, FIELDS, ctx));
export type Journal = z.output<ReturnType<typeof journalSchema>>;
