import { z } from 'astro/zod';
import {
	type ReferenceFactory,
	Doi,
	IsoDate,
	Pmid,
	Text,
	provenanceMap,
	requireProvenance,
} from './shared.ts';

const FIELDS = [
	'title',
	'authors',
	'journal',
	'volume',
	'issue',
	'pages',
	'dates.online',
	'dates.issue',
	'identifiers.doi',
	'identifiers.pmid',
	'trial',
	'asjc',
	'keywords',
	'language',
	'population.enrolled',
	'population.parts',
	'regimen',
] as const;

/** A person's name as structured data, never a string to be split. */
export const personNameSchema = z.strictObject({
	/** Given names, as printed ("Joan D."). */
	given: Text,
	/** Family name, including particles that belong to it ("Dos Santos"). */
	family: Text,
});
export type PersonName = z.output<typeof personNameSchema>;

/** A page number or an electronic locator ("1314", "e158"). */
const Page = z.preprocess(
	(v) => (typeof v === 'number' ? String(v) : v),
	z.string().regex(/^[A-Za-z]?\d+$/, 'must be a page number such as 1314 or e158')
);

/** Ids of study parts that endpoints may name besides the publication's own parts. */
export const SPECIAL_PARTS = {
	overall: 'All parts',
	'not-stated': 'Not stated',
} as const;

/** A publication (`content/publications/<id>.yaml`); the id is its citation key stem. */
export const publicationSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			title: Text,
			/** Authors in published order. */
			authors: z.array(personNameSchema).min(1),
			/** CSL item type. */
			type: z.enum(['article-journal']),
			/** ISO 639-1 language of the text. */
			language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"'),
			journal: reference('journals'),
			volume: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d+$/)).optional(),
			issue: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d+(-\d+)?$/)).optional(),
			pages: z.strictObject({ first: Page, last: Page.optional() }).optional(),
			dates: z.strictObject({
				/** First published online (epub). */
				online: IsoDate.optional(),
				/** Date of the journal issue. */
				issue: IsoDate.optional(),
			}),
			identifiers: z.strictObject({ doi: Doi.optional(), pmid: Pmid.optional() }),
			/** The registered trial the paper reports. */
			trial: reference('trials').optional(),
			/** ASJC subject codes of the paper. */
			asjc: z.array(reference('asjc')).default([]),
			/** Author keywords; only when confirmed by a reliable source. */
			keywords: z.array(Text).optional(),
			/** Who was studied, and how the enrolled patients split into the parts of the study. */
			population: z
				.strictObject({
					enrolled: z.int().positive(),
					parts: z
						.array(
							z.strictObject({
								id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
								label: Text,
								n: z.int().positive(),
								/** What the part set out to do. */
								aim: Text.optional(),
								/** Japanese label and aim; the Japanese edition fails to build without the label. */
								ja: z.strictObject({ label: Text, aim: Text.optional() }).optional(),
							})
						)
						.min(1),
				})
				.optional(),
			/** The dosing schedule studied. */
			regimen: reference('regimens').optional(),
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((p, ctx) => {
			requireProvenance(p, FIELDS, ctx);
			if (p.pages?.last !== undefined) {
				const first = Number(p.pages.first.replace(/^\D/, ''));
				const last = Number(p.pages.last.replace(/^\D/, ''));
				if (last < first) {
					ctx.addIssue({ code: 'custom', path: ['pages', 'last'], message: `(${p.pages.last}) is before the first page (${p.pages.first})` });
				}
			}
			if (p.dates.online && p.dates.issue && p.dates.issue < p.dates.online) {
				// Issue dates before the epub happen (backdated issues), but never in our sources: flag it.
				ctx.addIssue({ code: 'custom', path: ['dates', 'issue'], message: `(${p.dates.issue}) is before the online date (${p.dates.online})` });
			}
			if (p.population) {
				const { enrolled, parts } = p.population;
				const sum = parts.reduce((acc, part) => acc + part.n, 0);
				if (sum !== enrolled) {
					ctx.addIssue({
						code: 'custom',
						path: ['population', 'parts'],
						message: `add up to ${sum} (${parts.map((x) => `${x.id} ${x.n}`).join(' + ')}), but enrolled is ${enrolled}`,
					});
				}
				const seen = new Set<string>();
				parts.forEach((part, i) => {
					if (seen.has(part.id) || part.id in SPECIAL_PARTS) {
						ctx.addIssue({ code: 'custom', path: ['population', 'parts', i, 'id'], message: `"${part.id}" is used twice or is reserved` });
					}
					seen.add(part.id);
				});
			}
		});
export type Publication = z.output<ReturnType<typeof publicationSchema>>;
