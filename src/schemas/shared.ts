import { z } from 'astro/zod';
import { isValidIssn } from '../lib/identifiers.ts';

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

/** A non-empty string without leading or trailing white space. */
export const Text = z
	.string()
	.min(1, 'must not be empty')
	.refine((s) => s.trim() === s, 'must not start or end with white space');

/** A calendar date written `YYYY-MM-DD` (YAML may give it as a date; either is accepted). */
export const IsoDate = z.preprocess(
	(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
	z
		.string({ error: 'must be a date written YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
		.refine((s) => {
			const d = new Date(`${s}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
		}, 'is not a real calendar date'),
);

/** A DOI as Crossref recommends it: `10.` + registrant + `/` + suffix, without a resolver URL. */
export const Doi = z
	.string({ error: 'must be a DOI such as 10.1111/cas.14322' })
	.regex(
		/^10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+$/,
		'is not a DOI: expected "10.<registrant>/<suffix>" (no https://doi.org/ prefix, no spaces)',
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
export const ProvenanceStatus = z.enum([
	/** Read in an archived copy of the source. */
	'verified',
	/** From the project's seed record (the portal record); not re-read in an archived copy. */
	'seed',
	/** Worked out from verified facts; the note says how. */
	'derived',
	/** Shown by the project's review decision although no readable source shows it. */
	'unverified',
]);
export type ProvenanceStatus = z.output<typeof ProvenanceStatus>;

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
