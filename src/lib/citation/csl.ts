import { parseIsoDate } from '../dates.ts';
import type { StudyView } from '../study.ts';

/** A CSL name. */
export interface CslName {
	family: string;
	given: string;
}

/** A CSL date. */
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
	'container-title-short'?: string;
	ISSN?: string;
	volume?: string;
	issue?: string;
	page?: string;
	'page-first'?: string;
	issued?: CslDate;
	DOI?: string;
	PMID?: string;
	URL?: string;
	language: string;
	publisher?: string;
}

/** What the formats need besides the CSL item and that CSL has no field for. */
export interface CitationRecord {
	/** Publication id in content/ ("kiyoi-2020"); file names use it. */
	id: string;
	csl: CslArticle;
	/** Both ISSNs, print first. */
	issns: string[];
	/** Date of the issue and date first online, ISO. */
	issueDate?: string | undefined;
	onlineDate?: string | undefined;
	/** Registration of the trial the paper reports. */
	trial?: { registry: string; id: string } | undefined;
}

/** The citation key: the publication id without separators ("kiyoi-2020" → "kiyoi2020"). */
export function citationKey(id: string): string {
	return id.replace(/[^A-Za-z0-9]/g, '');
}

/** An ISO date as CSL date-parts. */
export function cslDate(iso: string): CslDate {
	const { year, month, day } = parseIsoDate(iso);
	return { 'date-parts': [[year, month, day]] };
}

/**
 * Builds the one citation record of a publication from its content entry and journal. The issue date
 * is the date of record (what citations print); the online date is kept beside it.
 */
export function buildCitationRecord(view: StudyView): CitationRecord {
	const p = view.publication;
	const j = view.journal.data;
	const date = p.dates.issue ?? p.dates.online;
	const issns = [j.issn.print, j.issn.electronic].filter((x): x is string => Boolean(x));
	const csl: CslArticle = {
		id: citationKey(view.id),
		type: 'article-journal',
		title: p.title,
		author: p.authors.map((a) => ({ family: a.family, given: a.given })),
		'container-title': j.title,
		...(j.abbreviation ? { 'container-title-short': j.abbreviation } : {}),
		...(issns[0] ? { ISSN: issns[0] } : {}),
		...(p.volume ? { volume: p.volume } : {}),
		...(p.issue ? { issue: p.issue } : {}),
		...(p.pages ? { page: p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first, 'page-first': p.pages.first } : {}),
		...(date ? { issued: cslDate(date) } : {}),
		...(p.identifiers.doi ? { DOI: p.identifiers.doi, URL: `https://doi.org/${p.identifiers.doi}` } : {}),
		...(p.identifiers.pmid ? { PMID: p.identifiers.pmid } : {}),
		language: p.language,
		...(j.publisher ? { publisher: j.publisher } : {}),
	};
	const reg = view.trial?.data.registration;
	return {
		id: view.id,
		csl,
		issns,
		issueDate: p.dates.issue,
		onlineDate: p.dates.online,
		trial: reg ? { registry: reg.registry, id: reg.id } : undefined,
	};
}

/** The year, month and day of the date of record. */
export function issuedParts(csl: CslArticle): { year?: number; month?: number; day?: number } {
	const [year, month, day] = csl.issued?.['date-parts'][0] ?? [];
	return { year, month, day };
}

/** CSL-JSON: an array with the one item, pretty-printed, ending in a newline. */
export function toCslJson(record: CitationRecord): string {
	return `${JSON.stringify([record.csl], null, 2)}\n`;
}
