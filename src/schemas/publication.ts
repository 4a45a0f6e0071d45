import { z } from 'zod';
import {
	type ReferenceFactory,
	Doi,
	ERA,
	EraDate,
	NamePart,
	NctId,
	Pmid,
	Text,
	Title,
	plausibleYear,
	provenanceMap,
	requireProvenance,
} from './shared.ts';
import { translations } from './translations.ts';

const FIELDS = [
	'title',
	'authors',
	'journal',
	'volume',
	'issue',
	'pages',
	'dates.online',
	'dates.issue',
	'dates.issueMonth',
	'dates.year',
	'identifiers.doi',
	'identifiers.pmid',
	'identifiers.pmcid',
	'identifiers.nct',
	'design.phase',
	'design.allocation',
	'design.ageGroup',
	'design.setting',
	'trial',
	'asjc',
	'keywords',
	'language',
	'population.enrolled',
	'population.parts',
	'regimen',
] as const;

/** A person's name as structured data, never a string to be split. */
const personNameSchema = z.strictObject({
	/** Given names, as printed ("Joan D."). */
	given: NamePart,
	/** Family name, including particles that belong to it ("Dos Santos"). */
	family: NamePart,
});
export type PersonName = z.output<typeof personNameSchema>;

/**
 * What is known about the authors. published-order: the names in the order the paper prints them;
 * order-not-confirmed: the names are confirmed, but only in some other order (e.g. a catalogue's),
 * so the site must not present it as the author order; not-confirmed: no readable source gives
 * the authors, so `authors` is absent.
 */
const AUTHORSHIP = ['published-order', 'order-not-confirmed', 'not-confirmed'] as const;

/** How a study was designed, for comparisons between studies. */
const designSchema = z.strictObject({
	/** As the sources name it: "phase 1b/2", "phase 3". */
	phase: Text,
	/** single-arm: everyone gets the study drug; randomised: patients are allocated to arms at random. */
	allocation: z.enum(['single-arm', 'randomised']),
	/** Who was treated. */
	ageGroup: z.enum(['adults', 'children', 'adults-and-children']),
	/** Where, in the site's words ("Japan", "multicentre"), when a source says so. */
	setting: Text.optional(),
	/** Phase and setting in each other language (`ja: { phase, setting }`). */
	...translations({ phase: Text, setting: Text }),
});

/** Flags a name given twice in an author list (a copy-paste slip that would print the author twice). */
function noDuplicateNames(names: PersonName[], ctx: z.RefinementCtx) {
	const seen = new Map<string, number>();
	names.forEach((a, i) => {
		const key = `${a.given}|${a.family}`.normalize('NFC').toLowerCase();
		const first = seen.get(key);
		if (first === undefined) seen.set(key, i);
		else ctx.addIssue({ code: 'custom', path: [i], message: `repeats authors[${first}] (${a.given} ${a.family}): remove the duplicate` });
	});
}

/** A page number or an electronic locator ("1314", "e158"). */
const Page = z.preprocess(
	(v) => (typeof v === 'number' ? String(v) : v),
	z.string().regex(/^[A-Za-z]?\d+$/, 'must be a page number such as 1314 or e158'),
);

/** Ids of study parts that endpoints may name besides the publication's own parts. */
export const SPECIAL_PARTS = ['overall', 'not-stated'] as const;
/** Whether a part id is one of the SPECIAL_PARTS (labelled by the dictionaries: partOverall, partNotStated). */
export const isSpecialPart = (part: string): part is (typeof SPECIAL_PARTS)[number] => (SPECIAL_PARTS as readonly string[]).includes(part);

/** A publication (`content/publications/<id>.yaml`); the id is its citation key stem. */
export const publicationSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			title: Title,
			/** The site's own short name for the study in tables and charts ("TOWER"); not a bibliographic field. */
			shortTitle: Text.max(40, 'should be short enough for a chart label (40 characters)'),
			/** The Japanese short name in tables and charts; the Japanese edition fails to build without it. */
			...translations({ shortTitle: Text.max(40, 'should be short enough for a chart label (40 characters)') }),
			/** Authors; in published order unless `authorship` says otherwise. */
			authors: z.array(personNameSchema).min(1).superRefine(noDuplicateNames).optional(),
			/** What is known about the authors (see AUTHORSHIP); published-order by default. */
			authorship: z.enum(AUTHORSHIP).default('published-order'),
			/** CSL item type. */
			type: z.enum(['article-journal']),
			/** ISO 639-1 language of the text. */
			language: z
				.string()
				.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"')
				.optional(),
			journal: reference('journals'),
			volume: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d+$/)).optional(),
			issue: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d+(-\d+)?$/)).optional(),
			pages: z.strictObject({ first: Page, last: Page.optional() }).optional(),
			dates: z.strictObject({
				/** First published online (epub). */
				online: EraDate.optional(),
				/** Date of the journal issue. */
				issue: EraDate.optional(),
				/** Month of the journal issue, when only the month is known ("2020-08"). */
				issueMonth: z
					.string()
					.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')
					.refine(
						(s) => plausibleYear(Number(s.slice(0, 4))),
						`has an implausible year: publications lie between ${ERA.from} and ${ERA.to}`,
					)
					.optional(),
				/** Year of publication, when nothing more precise is known. */
				year: z.int().refine(plausibleYear, `is implausible: publications lie between ${ERA.from} and ${ERA.to}`).optional(),
			}),
			identifiers: z.strictObject({
				doi: Doi.optional(),
				pmid: Pmid.optional(),
				/** PubMed Central id, e.g. PMC5881572. */
				pmcid: z
					.string()
					.regex(/^PMC\d+$/, 'is not a PMCID: expected "PMC" followed by digits')
					.optional(),
				/** The trial's registration, when the paper's trial is not an entry of content/trials. */
				nct: NctId.optional(),
			}),
			/** Design facts used to compare studies. */
			design: designSchema.optional(),
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
								...translations({ label: Text, aim: Text }),
							}),
						)
						.min(1),
				})
				.optional(),
			/**
			 * The dosing schedule studied: one regimen (content/regimens) for the whole study, or a list
			 * naming the regimen of each part or arm the sources describe (`part`: a part id). A part
			 * left out has no schedule in the sources (e.g. a control arm's chemotherapy).
			 */
			regimen: z
				.union([reference('regimens'), z.array(z.strictObject({ part: z.string().min(1), regimen: reference('regimens') })).min(1)])
				.optional(),
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((p, ctx) => {
			requireProvenance(p, FIELDS, ctx);
			if (p.authorship === 'not-confirmed' && p.authors) {
				ctx.addIssue({ code: 'custom', path: ['authors'], message: 'are given, but authorship says they are not confirmed' });
			}
			if (p.authorship !== 'not-confirmed' && !p.authors) {
				ctx.addIssue({
					code: 'custom',
					path: ['authors'],
					message: 'are missing: give them, or set authorship to not-confirmed when no source confirms them',
				});
			}
			const years = [p.dates.online, p.dates.issue, p.dates.issueMonth].filter(Boolean).map((d) => Number(d!.slice(0, 4)));
			if (p.dates.year !== undefined && p.dates.issue !== undefined && Number(p.dates.issue.slice(0, 4)) !== p.dates.year) {
				ctx.addIssue({
					code: 'custom',
					path: ['dates', 'year'],
					message: `(${p.dates.year}) disagrees with the issue date (${p.dates.issue})`,
				});
			}
			if (years.length === 0 && p.dates.year === undefined) {
				ctx.addIssue({ code: 'custom', path: ['dates'], message: 'give at least a year: a publication needs a date to be cited' });
			}
			if (p.pages?.last !== undefined) {
				const first = Number(p.pages.first.replace(/^\D/, ''));
				const last = Number(p.pages.last.replace(/^\D/, ''));
				if (last < first) {
					ctx.addIssue({
						code: 'custom',
						path: ['pages', 'last'],
						message: `(${p.pages.last}) is before the first page (${p.pages.first})`,
					});
				}
			}
			if (p.dates.online && p.dates.issue && p.dates.issue < p.dates.online) {
				// Issue dates before the epub happen (backdated issues), but never in our sources: flag it.
				ctx.addIssue({
					code: 'custom',
					path: ['dates', 'issue'],
					message: `(${p.dates.issue}) is before the online date (${p.dates.online})`,
				});
			}
			if (Array.isArray(p.regimen) && !p.population) {
				ctx.addIssue({
					code: 'custom',
					path: ['regimen'],
					message: 'names regimens by part, but the publication has no parts (population.parts)',
				});
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
				if (Array.isArray(p.regimen)) {
					p.regimen.forEach((r, i) => {
						if (!parts.some((x) => x.id === r.part)) {
							ctx.addIssue({
								code: 'custom',
								path: ['regimen', i, 'part'],
								message: `"${r.part}" is not a part of this publication (parts: ${parts.map((x) => x.id).join(', ')})`,
							});
						}
					});
				}
				parts.forEach((part, i) => {
					if (seen.has(part.id) || isSpecialPart(part.id)) {
						ctx.addIssue({ code: 'custom', path: ['population', 'parts', i, 'id'], message: `"${part.id}" is used twice or is reserved` });
					}
					seen.add(part.id);
				});
			}
		});
export type Publication = z.output<ReturnType<typeof publicationSchema>>;

/** The year of publication: from the issue date, the issue month, the online date or the year. */
export function publicationYear(p: Publication): number | undefined {
	const d = p.dates.issue ?? p.dates.issueMonth ?? p.dates.online;
	return d ? Number(d.slice(0, 4)) : p.dates.year;
}
