import { z } from 'zod';
import { isValidIssn } from './identifiers.ts';
import { translations } from './translations.ts';

/** The collections of `content/`; a reference names one of these. */
export const COLLECTION_NAMES = [
	'sources',
	'asjc',
	'journals',
	'trials',
	'regimens',
	'outcomes',
	'publications',
	'endpoints',
	'pages',
	'changes',
	'registrations',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** What a reference field holds once parsed (the shape Astro's `reference()` returns). */
export interface Ref<C extends CollectionName = CollectionName> {
	id: string;
	collection: C;
}

/**
 * Makes the schema of a reference field. Astro passes its own `reference()` (from
 * `astro:content`); unit tests pass {@link plainReference}, which parses the same input to the
 * same shape without Astro.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>>;

/** A reference factory with Astro's input and output shape, for code that runs without Astro. */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
	z.union([z.string().min(1), z.number().transform((n) => String(n))]).transform((id): Ref<C> => ({ id, collection }));

/** C0 and C1 control characters (NUL, BEL, ESC, tab, line breaks …) and the line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/u;
/** Bidirectional embeddings, overrides and isolates: invisible, they reorder the text around them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Something a reader can see: a letter, a digit, punctuation or a symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The longest text a field may hold by default; titles and names have tighter limits. */
const TEXT_MAX = 1500;

/**
 * One line of text as a reader sees it: not empty, no leading or trailing white space, no control
 * characters (they are invisible and break HTML, BibTeX and RIS), no bidirectional overrides or
 * isolates (an override reverses everything after it; right-to-left names display correctly without
 * one), at least one visible character, and at most `max` characters.
 */
const text = (max: number = TEXT_MAX) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? undefined : 'must be text') })
		.min(1, 'must not be empty')
		.max(max, `is too long: at most ${max} characters`)
		.refine((s) => s.trim() === s, 'must not start or end with white space')
		.superRefine((s, ctx) => {
			const control = CONTROL.exec(s);
			if (control) {
				ctx.addIssue({
					code: 'custom',
					message: `contains an invisible control character (${codePoint(control[0])}) at position ${control.index + 1}: delete it (retype the text around it if needed)`,
				});
			}
			const bidi = BIDI_CONTROL.exec(s);
			if (bidi) {
				ctx.addIssue({
					code: 'custom',
					message: `contains a bidirectional control character (${codePoint(bidi[0])}) at position ${bidi.index + 1}, which reorders the text around it: delete it (right-to-left names display correctly without it)`,
				});
			}
			if (s.length > 0 && !VISIBLE.test(s)) {
				ctx.addIssue({
					code: 'custom',
					message: 'has no visible character (only spaces or invisible characters): write the text, or leave the field out',
				});
			}
		});

/** A non-empty line of text (see {@link text}), up to TEXT_MAX characters. */
export const Text = text();

/** A title (of a paper, a trial, a page): text up to 500 characters. */
export const Title = text(500);

/** A part of a person's name: text up to 100 characters with at least one letter. */
export const NamePart = text(100).refine((s) => /\p{L}/u.test(s), 'must contain a letter');

/** The years a publication's or trial's date may fall in: modern clinical research, up to next year. */
export const ERA = { from: 1950, to: new Date().getUTCFullYear() + 1 } as const;

/** A year as a reader would accept it on a publication or a trial. */
export const plausibleYear = (year: number) => year >= ERA.from && year <= ERA.to;

/**
 * A calendar date written `YYYY-MM-DD`. Content is read with YAML 1.2 (src/lib/content/yaml.ts),
 * so a date stays the text that was written, and an impossible one (2020-02-30) is refused here
 * instead of rolling over to another day.
 */
export const IsoDate = z
	.string({ error: 'must be a date written YYYY-MM-DD' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'is not a real calendar date (check the month and the number of days in it)');

/** A date of a publication or a trial: a real date in a plausible year (see ERA). */
export const EraDate = IsoDate.refine(
	(s) => plausibleYear(Number(s.slice(0, 4))),
	`has an implausible year: dates of publications and trials lie between ${ERA.from} and ${ERA.to}`,
);

/** A DOI as Crossref recommends it: `10.` + registrant + `/` + suffix, without a resolver URL. */
export const Doi = z
	.string({ error: 'must be a DOI such as 10.1111/cas.14322' })
	.regex(/^10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+$/, 'is not a DOI: expected "10.<registrant>/<suffix>" (no https://doi.org/ prefix, no spaces)')
	.refine(
		(s) => !/[.,;:]$/.test(s),
		'ends with a punctuation mark, which DOIs never do: it was probably copied with the end of a sentence; remove it',
	);

/** A PubMed identifier: digits only, no leading zero. */
export const Pmid = z.preprocess(
	(v) => (typeof v === 'number' ? String(v) : v),
	z
		.string({ error: 'must be a PubMed ID (digits)' })
		.regex(/^[1-9]\d{0,8}$/, 'is not a PubMed ID: expected 1 to 9 digits, no leading zero'),
);

/** A ClinicalTrials.gov identifier: `NCT` and eight digits. */
export const NctId = z
	.string({ error: 'must be a ClinicalTrials.gov ID such as NCT02412306' })
	.regex(/^NCT\d{8}$/, 'is not a ClinicalTrials.gov ID: expected "NCT" followed by 8 digits');

/** An ISSN `NNNN-NNNC` whose check digit (ISO 3297) is right. */
export const Issn = z
	.string({ error: 'must be an ISSN such as 1347-9032' })
	.regex(/^\d{4}-\d{3}[\dX]$/, 'is not an ISSN: expected NNNN-NNNC (C a digit or X)')
	.refine(isValidIssn, 'has a wrong check digit (ISO 3297)');

/** How a fact relates to its source. */
const ProvenanceStatus = z.enum([
	/** Read in an archived copy of the source. */
	'verified',
	/** From the project's seed record (the portal record); not re-read in an archived copy. */
	'seed',
	/** Worked out from verified facts; the note says how. */
	'derived',
	/** Shown by the project's review decision although no readable source shows it. */
	'unverified',
]);
type ProvenanceStatus = z.output<typeof ProvenanceStatus>;

/** Where one fact came from. */
export const provenanceSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The source register entry. */
		source: reference('sources'),
		/** Where in the source: "abstract", "page heading", "Table 3". */
		locator: Text,
		/** Defaults to verified. */
		status: ProvenanceStatus.default('verified'),
		/** Anything a reader must know: how it was derived, what is uncertain. */
		note: Text.optional(),
		/**
		 * The locator and the note in each other language (`ja: { locator: 抄録、…, note }`); a locator may
		 * quote the source's own English words inside the translation.
		 */
		...translations({ locator: Text, note: Text }),
	});
export type Provenance = z.output<ReturnType<typeof provenanceSchema>>;

/** Reads a dotted path (`identifiers.doi`) in a parsed object. */
export function readPath(obj: unknown, path: string): unknown {
	let cur: unknown = obj;
	for (const key of path.split('.')) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[key];
	}
	return cur;
}

/**
 * A `provenance` map for the given fields: every field that has a value must say where it came
 * from, and the map may name no other field.
 */
export function provenanceMap<const K extends string>(reference: ReferenceFactory, fields: readonly K[]) {
	return z.record(z.string(), provenanceSchema(reference)).superRefine((map, ctx) => {
		for (const key of Object.keys(map)) {
			if (!(fields as readonly string[]).includes(key)) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: `names no known field (known: ${fields.join(', ')})`,
				});
			}
		}
	});
}

/** Checks, on the whole entry, that each field with a value has a provenance entry. */
export function requireProvenance(
	data: Record<string, unknown> & { provenance: Record<string, unknown> },
	fields: readonly string[],
	ctx: z.RefinementCtx,
): void {
	for (const field of fields) {
		const value = readPath(data, field);
		const has = value !== undefined && !(Array.isArray(value) && value.length === 0);
		if (has && !data.provenance[field]) {
			ctx.addIssue({
				code: 'custom',
				path: ['provenance', field],
				message: `is missing: "${field}" has a value, so it must say where it came from (source and locator)`,
			});
		}
		if (!has && data.provenance[field]) {
			ctx.addIssue({
				code: 'custom',
				path: ['provenance', field],
				message: `describes "${field}", which has no value`,
			});
		}
	}
}
