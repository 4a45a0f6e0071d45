import { parseIsoDate } from '../dates.ts';
import type { StudyView } from '../study.ts';
import { journalName } from '../../schemas/journal.ts';
import type { Publication } from '../../schemas/publication.ts';

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
	language?: string;
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
 * The date of record as precisely as the content knows it: the issue date, else the issue month
 * ("2015-01" → [2015, 1]), else the online date, else the year alone.
 */
export function issuedDate(p: Publication): CslDate | undefined {
	if (p.dates.issue) return cslDate(p.dates.issue);
	if (p.dates.issueMonth) {
		const [year, month] = p.dates.issueMonth.split('-').map(Number) as [number, number];
		return { 'date-parts': [[year, month]] };
	}
	if (p.dates.online) return cslDate(p.dates.online);
	return p.dates.year !== undefined ? { 'date-parts': [[p.dates.year]] } : undefined;
}

/**
 * Builds the one citation record of a publication from its content entry and journal. The issue date
 * is the date of record (what citations print); the online date is kept beside it.
 */
export function buildCitationRecord(view: StudyView): CitationRecord {
	const p = view.publication;
	const j = view.journal.data;
	const issued = issuedDate(p);
	const issns = [j.issn.print, j.issn.electronic].filter((x): x is string => Boolean(x));
	const csl: CslArticle = {
		id: citationKey(view.id),
		type: 'article-journal',
		title: p.title,
		// Only a confirmed published order is cited; an unconfirmed order would misattribute authorship.
		author: p.authorship === 'published-order' ? (p.authors ?? []).map((a) => ({ family: a.family, given: a.given })) : [],
		'container-title': journalName(j),
		...(j.abbreviation ? { 'container-title-short': j.abbreviation } : {}),
		...(issns[0] ? { ISSN: issns[0] } : {}),
		...(p.volume ? { volume: p.volume } : {}),
		...(p.issue ? { issue: p.issue } : {}),
		...(p.pages ? { page: p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first, 'page-first': p.pages.first } : {}),
		...(issued ? { issued } : {}),
		...(p.identifiers.doi ? { DOI: p.identifiers.doi, URL: `https://doi.org/${p.identifiers.doi}` } : {}),
		...(p.identifiers.pmid ? { PMID: p.identifiers.pmid } : {}),
		...(p.language ? { language: p.language } : {}),
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
