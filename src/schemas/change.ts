import { z } from 'zod';
import { COLLECTION_NAMES, IsoDate, type ReferenceFactory, Text } from './shared.ts';
import { translations } from './translations.ts';

/** What kind of change an entry of the changelog records. */
export const ChangeKind = z.enum([
	/** The content was first published. Its facts were checked against the source register. */
	'publication',
	/** Every fact was checked again against the source register (with or without corrections). */
	'review',
	/** A value or text was wrong and was put right. */
	'correction',
	/** Something new was added (a page, an endpoint, a field). */
	'addition',
]);
export type ChangeKind = z.output<typeof ChangeKind>;

/** Kinds after which the whole content counts as checked: they set the "last reviewed" date. */
export const REVIEW_KINDS: readonly ChangeKind[] = ['publication', 'review'];

/** An entry of the changelog (`content/changes.yaml`), shown on /changes/. Never rewrite an old one. */
export const changeSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** Stable id: the date and a few words, e.g. "2026-11-24-first-publication". */
			id: z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the date and kebab-case words, e.g. 2026-11-24-first-publication'),
			/** When the change was published. */
			date: IsoDate,
			kind: ChangeKind,
			/** What changed and why, in a sentence or two (for a correction: old value, new value, source). */
			summary: Text,
			/**
			 * `summary` in each other language, written for its readers (same facts, no more, no less):
			 * `ja: { summary: … }`. Every edition lists every entry, so every language needs it.
			 */
			...translations({ summary: Text }),
			/** Pages whose content changed. */
			pages: z.array(reference('pages')).min(1, 'must name at least one page'),
			/** Content records and fields that changed, e.g. { collection: endpoints, id: kiyoi-2020/mrd-phase-2, fields: [measure.denominator] }. */
			records: z
				.array(
					z.strictObject({
						collection: z.enum(COLLECTION_NAMES),
						id: Text,
						/** Dotted field paths inside the record; empty for the whole record. */
						fields: z.array(Text).default([]),
					}),
				)
				.default([]),
		})
		.superRefine((c, ctx) => {
			if (!c.id.startsWith(c.date)) {
				ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with the entry's date (${c.date})` });
			}
			if (c.kind === 'correction' && c.records.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['records'], message: 'a correction must name the records (and fields) it corrected' });
			}
		});
export type Change = z.output<ReturnType<typeof changeSchema>>;
