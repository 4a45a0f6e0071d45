import { clinicalTrialsUrl, doiUrl, pubmedUrl } from '../identifiers.ts';
import type { CitationRecord } from './csl.ts';

/** One `<meta>` tag: `name` (Highwire, Dublin Core, Twitter) or `property` (Open Graph). */
export interface MetaTag {
	name?: string;
	property?: string;
	content: string;
}

const slashDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * Highwire Press tags as Google Scholar and Zotero read them: one `citation_author` per author
 * ("Family, Given"), the date of record as YYYY/MM/DD (or YYYY/MM, YYYY: never more precise than
 * it is known), pages split into first and last, one `citation_issn` per ISSN (Zotero joins them).
 * `pageUrl` is the canonical address of the page. No abstract: the content does not hold the
 * paper's abstract, and a summary is not one.
 */
export function highwireTags(record: CitationRecord, pageUrl: string | undefined): MetaTag[] {
	const c = record.csl;
	const [first, last] = c.page?.split('-') ?? [];
	const tags: [string, string | undefined][] = [
		['citation_title', c.title],
		...c.author.map((a): [string, string] => ['citation_author', `${a.family}, ${a.given}`]),
		['citation_publication_date', record.date && slashDate(record.date.iso)],
		['citation_online_date', record.onlineDate && slashDate(record.onlineDate)],
		['citation_journal_title', c['container-title']],
		['citation_journal_abbrev', c['container-title-short']],
		['citation_publisher', c.publisher],
		['citation_volume', c.volume],
		['citation_issue', c.issue],
		['citation_firstpage', first],
		['citation_lastpage', last],
		['citation_doi', c.DOI],
		['citation_pmid', c.PMID],
		...record.issns.map((issn): [string, string] => ['citation_issn', issn]),
		['citation_abstract_html_url', pageUrl],
		['citation_language', c.language],
	];
	return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([name, content]) => ({ name, content }));
}

/** Dublin Core (`DC.*`, with `<link rel="schema.DC">` beside it). */
export function dublinCoreTags(record: CitationRecord): MetaTag[] {
	const c = record.csl;
	const tags: [string, string | undefined][] = [
		['DC.title', c.title],
		...c.author.map((a): [string, string] => ['DC.creator', `${a.family}, ${a.given}`]),
		['DC.date', record.date?.iso],
		['DC.type', 'Text'],
		['DC.identifier', c.DOI && `doi:${c.DOI}`],
		['DC.identifier', c.PMID && `pmid:${c.PMID}`],
		['DC.source', c['container-title']],
		['DC.publisher', c.publisher],
		['DC.language', c.language],
	];
	return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([name, content]) => ({ name, content }));
}

/**
 * Open Graph and Twitter card basics for any page. `description` is left out when undefined: on a
 * page that offers a paper to reference managers, Zotero would take it for the paper's abstract
 * (its RDF import reads `og:description` as the abstract).
 */
export function socialTags(opts: {
	title: string;
	description?: string | undefined;
	/** The page's absolute address; without one (no SITE_URL) og:url is left out. */
	url: string | undefined;
	siteName: string;
	type: 'website' | 'article';
}): MetaTag[] {
	const tags: (MetaTag | false)[] = [
		{ property: 'og:title', content: opts.title },
		opts.description !== undefined && { property: 'og:description', content: opts.description },
		opts.url !== undefined && { property: 'og:url', content: opts.url },
		{ property: 'og:type', content: opts.type },
		{ property: 'og:site_name', content: opts.siteName },
		{ property: 'og:locale', content: 'en' },
		{ name: 'twitter:card', content: 'summary' },
		{ name: 'twitter:title', content: opts.title },
		opts.description !== undefined && { name: 'twitter:description', content: opts.description },
	];
	return tags.filter((t): t is MetaTag => t !== false);
}

/** schema.org JSON-LD: the article, its journal issue, and the trial it reports. */
export function scholarlyArticleJsonLd(record: CitationRecord, pageUrl: string | undefined): Record<string, unknown> {
	const c = record.csl;
	const [first, last] = c.page?.split('-') ?? [];
	const date = record.date?.iso;
	const periodical = {
		'@type': 'Periodical',
		name: c['container-title'],
		...(c['container-title-short'] ? { alternateName: c['container-title-short'] } : {}),
		...(record.issns.length ? { issn: record.issns } : {}),
		...(c.publisher ? { publisher: { '@type': 'Organization', name: c.publisher } } : {}),
	};
	const volume = c.volume ? { '@type': 'PublicationVolume', volumeNumber: c.volume, isPartOf: periodical } : periodical;
	const isPartOf = c.issue
		? { '@type': 'PublicationIssue', issueNumber: c.issue, ...(date ? { datePublished: date } : {}), isPartOf: volume }
		: volume;
	const identifiers = [
		c.DOI && { '@type': 'PropertyValue', propertyID: 'DOI', value: c.DOI, url: doiUrl(c.DOI) },
		c.PMID && { '@type': 'PropertyValue', propertyID: 'PMID', value: c.PMID, url: pubmedUrl(c.PMID) },
	].filter(Boolean);
	return {
		'@context': 'https://schema.org',
		'@type': 'ScholarlyArticle',
		...(c.DOI || pageUrl ? { '@id': c.DOI ? doiUrl(c.DOI) : `${pageUrl}#article` } : {}),
		headline: c.title,
		name: c.title,
		author: c.author.map((a) => ({ '@type': 'Person', givenName: a.given, familyName: a.family, name: `${a.given} ${a.family}` })),
		...(date ? { datePublished: date } : {}),
		inLanguage: c.language,
		isPartOf,
		...(first ? { pageStart: first } : {}),
		...(last ? { pageEnd: last } : {}),
		...(c.page ? { pagination: c.page } : {}),
		...(identifiers.length ? { identifier: identifiers } : {}),
		...(c.DOI || c.PMID ? { sameAs: [c.DOI && doiUrl(c.DOI), c.PMID && pubmedUrl(c.PMID)].filter(Boolean) } : {}),
		...(record.trial
			? {
					about: {
						'@type': 'MedicalTrial',
						name: `${record.trial.registry} ${record.trial.id}`,
						identifier: { '@type': 'PropertyValue', propertyID: record.trial.registry, value: record.trial.id },
						url: clinicalTrialsUrl(record.trial.id),
					},
				}
			: {}),
		...(pageUrl ? { subjectOf: { '@type': 'WebPage', url: pageUrl } } : {}),
	};
}

/**
 * JSON for a `<script type="application/ld+json">` body: `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, so no value can close the element or start markup.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
