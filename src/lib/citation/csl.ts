import { parseIsoDate } from '../dates.ts';
import type { StudyView } from '../study.ts';
import { journalName } from '../../schemas/journal.ts';
import type { Publication } from '../../schemas/publication.ts';
import type { Dict } from '../../i18n/index.ts';
import type { SameKeys } from '../types.ts';

/** A CSL name. */
interface CslName {
	family: string;
	given: string;
}

/** A CSL date: year, then month and day only when they are known. */
export interface CslDate {
	'date-parts': [[number, number?, number?]];
}

/** The CSL-JSON item of a journal article: the one record every citation format is made from. */
export interface CslArticle {
	id: string;
	type: 'article-journal';
	title: string;
	author: CslName[];
	'container-title': string;
	/** The journal's abbreviation under its CSL 1.0.2 name … */
	'container-title-short'?: string;
	/** … and under the CSL 1.0.1 name, the one Zotero's CSL-JSON import reads. */
	journalAbbreviation?: string;
	/** Every ISSN of the journal, print first, joined with ", " (as Zotero stores two ISSNs). */
	ISSN?: string;
	volume?: string;
	issue?: string;
	page?: string;
	'page-first'?: string;
	issued?: CslDate;
	DOI?: string;
	PMID?: string;
	/** The canonical address of the publication's page on this site. */
	URL?: string;
	language?: string;
	publisher?: string;
	/** "PMID: …" (Zotero reads such lines into its fields) and why authors are left out, one per line. */
	note?: string;
}

/** How precisely a date is known. */
type DatePrecision = 'year' | 'month' | 'day';

/**
 * The date of record: the one date every format gives, as precisely as the content knows it and
 * never more precisely. `iso` is "2020", "2020-08" or "2020-04-01".
 */
export interface RecordDate {
	year: number;
	month?: number;
	day?: number;
	precision: DatePrecision;
	iso: string;
	/** What the date is: the journal issue's date (or month or year), or the first online date when nothing else is known. */
	of: 'issue' | 'online';
}

/** Why a record names no authors, when it does not. */
export type AuthorsLeftOut = 'order-not-confirmed' | 'not-confirmed';

/** What the formats need besides the CSL item and that CSL has no field for. */
export interface CitationRecord {
	/** Publication id in content/ ("kiyoi-2020"); file names use it. */
	id: string;
	csl: CslArticle;
	/** Both ISSNs, print first. */
	issns: string[];
	/** The date every format gives. */
	date?: RecordDate | undefined;
	/** First published online, ISO, when known (a separate fact; only the head's `citation_online_date` gives it). */
	onlineDate?: string | undefined;
	/** Set when the record gives no authors, and why. */
	authorsLeftOut?: AuthorsLeftOut | undefined;
	/** Registration of the trial the paper reports. */
	trial?: { registry: string; id: string } | undefined;
}

/** The citation key: the publication id without separators ("kiyoi-2020" → "kiyoi2020"). */
export function citationKey(id: string): string {
	return id.replace(/[^A-Za-z0-9]/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

function recordDate(year: number, month: number | undefined, day: number | undefined, of: RecordDate['of']): RecordDate {
	const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	const iso = [String(year), month !== undefined ? pad(month) : undefined, day !== undefined ? pad(day) : undefined]
		.filter(Boolean)
		.join('-');
	return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}), precision, iso, of };
}

/**
 * The date of record of a publication: the issue date, else the issue month ("2020-08"), else the
 * year of the issue. The first online date is a different fact and is used only when the content
 * knows nothing about the issue (an article not yet in an issue).
 */
function dateOfRecord(p: Publication): RecordDate | undefined {
	if (p.dates.issue) {
		const { year, month, day } = parseIsoDate(p.dates.issue);
		return recordDate(year, month, day, 'issue');
	}
	if (p.dates.issueMonth) {
		const [year, month] = p.dates.issueMonth.split('-').map(Number) as [number, number];
		return recordDate(year, month, undefined, 'issue');
	}
	if (p.dates.year !== undefined) return recordDate(p.dates.year, undefined, undefined, 'issue');
	if (p.dates.online) {
		const { year, month, day } = parseIsoDate(p.dates.online);
		return recordDate(year, month, day, 'online');
	}
	return undefined;
}

/** A record date as CSL date-parts, with exactly its precision. */
function cslDate(d: RecordDate): CslDate {
	if (d.day !== undefined && d.month !== undefined) return { 'date-parts': [[d.year, d.month, d.day]] };
	if (d.month !== undefined) return { 'date-parts': [[d.year, d.month]] };
	return { 'date-parts': [[d.year]] };
}

/** The date of record as CSL date-parts (what every format, the FHIR Citation and QuickStatements give). */
export function issuedDate(p: Publication): CslDate | undefined {
	const d = dateOfRecord(p);
	return d && cslDate(d);
}

/**
 * Why a record leaves its authors out, in words for the note field of every format (the files are
 * in English, like the records they carry).
 */
export function authorsNote(reason: AuthorsLeftOut): string {
	return reason === 'order-not-confirmed'
		? 'Authors left out: the sources checked for this record confirm the names but not the order in which the article lists them, and a wrong order would misattribute the work. Complete the authors from the publisher’s record of the article.'
		: 'Authors left out: no source checked for this record lists them. Complete the authors from the publisher’s record of the article.';
}

/**
 * Builds the one citation record of a publication from its content entry and journal. `url` is the
 * canonical address of the publication's page on this site (the caller makes it from the site URL
 * the build is configured with).
 */
export function buildCitationRecord(view: StudyView, opts: { url?: string | undefined }): CitationRecord {
	const p = view.publication;
	const j = view.journal.data;
	const date = dateOfRecord(p);
	const issns = [j.issn.print, j.issn.electronic].filter((x): x is string => Boolean(x));
	// Only a confirmed published order is cited; an unconfirmed order would misattribute authorship.
	const authorsLeftOut: AuthorsLeftOut | undefined = p.authorship === 'published-order' ? undefined : p.authorship;
	const note = [p.identifiers.pmid && `PMID: ${p.identifiers.pmid}`, authorsLeftOut && authorsNote(authorsLeftOut)]
		.filter(Boolean)
		.join('\n');
	const csl: CslArticle = {
		id: citationKey(view.id),
		type: 'article-journal',
		title: p.title,
		author: authorsLeftOut ? [] : (p.authors ?? []).map((a) => ({ family: a.family, given: a.given })),
		'container-title': journalName(j),
		...(j.abbreviation ? { 'container-title-short': j.abbreviation, journalAbbreviation: j.abbreviation } : {}),
		...(issns.length ? { ISSN: issns.join(', ') } : {}),
		...(p.volume ? { volume: p.volume } : {}),
		...(p.issue ? { issue: p.issue } : {}),
		...(p.pages ? { page: p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first, 'page-first': p.pages.first } : {}),
		...(date ? { issued: cslDate(date) } : {}),
		...(p.identifiers.doi ? { DOI: p.identifiers.doi } : {}),
		...(p.identifiers.pmid ? { PMID: p.identifiers.pmid } : {}),
		...(opts.url ? { URL: opts.url } : {}),
		...(p.language ? { language: p.language } : {}),
		...(j.publisher ? { publisher: j.publisher } : {}),
		...(note ? { note } : {}),
	};
	const reg = view.trial?.data.registration;
	return {
		id: view.id,
		csl,
		issns,
		date,
		onlineDate: p.dates.online,
		authorsLeftOut,
		trial: reg ? { registry: reg.registry, id: reg.id } : undefined,
	};
}

/** The item the formatted references are made from: the article without this site's address and the notes, which reference styles would print as if they were the article's. */
export function referenceItem(csl: CslArticle): Omit<CslArticle, 'URL' | 'note'> {
	const { URL: _url, note: _note, ...rest } = csl;
	return rest;
}

/** CSL-JSON: an array with the one item, pretty-printed, ending in a newline. */
export function toCslJson(record: CitationRecord): string {
	return `${JSON.stringify([record.csl], null, 2)}\n`;
}

// Every reason to leave authors out is worded in every dictionary.
true satisfies SameKeys<Dict['citeAuthorsLeftOut'], Record<AuthorsLeftOut, string>>;
