import { z } from 'zod';
import { type ReferenceFactory, Issn, EraDate, Text, provenanceMap, requireProvenance } from './shared.ts';

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
			/** Full title; absent when the sources give only the abbreviation. */
			title: Text.optional(),
			/** Abbreviated title, as the source gives it. */
			abbreviation: Text.optional(),
			/** ISSNs; the check digit is validated. */
			issn: z.strictObject({ print: Issn.optional(), electronic: Issn.optional() }).default({}),
			/** Publisher. */
			publisher: Text.optional(),
			/** The society the publisher acts for. */
			onBehalfOf: Text.optional(),
			/** Earlier titles, newest first. */
			formerTitles: z.array(Text).optional(),
			/** Date from which the whole journal is open access. */
			openAccessSince: EraDate.optional(),
			/** ASJC subject codes. */
			asjc: z.array(reference('asjc')).default([]),
			/** Where each field came from. */
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((j, ctx) => {
			requireProvenance(j, FIELDS, ctx);
			if (!j.title && !j.abbreviation) {
				ctx.addIssue({ code: 'custom', path: ['title'], message: 'is missing, and so is the abbreviation: a journal needs a name' });
			}
		});

/** The journal's name for display: the full title, or the abbreviation when only that is known. */
export function journalName(j: { title?: string | undefined; abbreviation?: string | undefined }): string {
	return j.title ?? j.abbreviation ?? '';
}
export type Journal = z.output<ReturnType<typeof journalSchema>>;
