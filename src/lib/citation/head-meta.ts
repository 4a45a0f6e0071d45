import { clinicalTrialsUrl, doiUrl, pubmedUrl } from '../identifiers.ts';
import { type CitationRecord, issuedParts } from './csl.ts';

/** One `<meta>` tag: `name` (Highwire, Dublin Core, Twitter) or `property` (Open Graph). */
export interface MetaTag {
	name?: string;
	property?: string;
	content: string;
}

const slashDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * Highwire Press tags as Google Scholar and Zotero read them: one `citation_author` per author
 * ("Family, Given"), dates as YYYY/MM/DD, pages split into first and last.
 */
export function highwireTags(record: CitationRecord, abstractUrl: string | undefined): MetaTag[] {
	const c = record.csl;
	const date = record.issueDate ?? record.onlineDate;
	const [first, last] = c.page?.split('-') ?? [];
	const tags: [string, string | undefined][] = [
		['citation_title', c.title],
		...c.author.map((a): [string, string] => ['citation_author', `${a.family}, ${a.given}`]),
		['citation_publication_date', date && slashDate(date)],
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
		['citation_abstract_html_url', abstractUrl],
		['citation_language', c.language],
	];
	return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([name, content]) => ({ name, content }));
}

/** Dublin Core (`DC.*`, with `<link rel="schema.DC">` beside it). */
export function dublinCoreTags(record: CitationRecord): MetaTag[] {
	const c = record.csl;
	const date = record.issueDate ?? record.onlineDate;
	const tags: [string, string | undefined][] = [
		['DC.title', c.title],
		...c.author.map((a): [string, string] => ['DC.creator', `${a.family}, ${a.given}`]),
		['DC.date', date],
		['DC.type', 'Text'],
		['DC.identifier', c.DOI && `doi:${c.DOI}`],
		['DC.identifier', c.PMID && `pmid:${c.PMID}`],
		['DC.source', c['container-title']],
		['DC.publisher', c.publisher],
		['DC.language', c.language],
	];
	return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([name, content]) => ({ name, content }));
}

/** Open Graph and Twitter card basics for any page. */
export function socialTags(opts: {
	title: string;
	description: string;
	/** The page's absolute address; without one (no SITE_URL) og:url is left out. */
	url: string | undefined;
	siteName: string;
	type: 'website' | 'article';
}): MetaTag[] {
	return [
		{ property: 'og:title', content: opts.title },
		{ property: 'og:description', content: opts.description },
		...(opts.url ? [{ property: 'og:url', content: opts.url }] : []),
		{ property: 'og:type', content: opts.type },
		{ property: 'og:site_name', content: opts.siteName },
		{ property: 'og:locale', content: 'en' },
		{ name: 'twitter:card', content: 'summary' },
		{ name: 'twitter:title', content: opts.title },
		{ name: 'twitter:description', content: opts.description },
	];
}

/** schema.org JSON-LD: the article, its journal issue, and the trial it reports. */
export function scholarlyArticleJsonLd(record: CitationRecord, pageUrl: string | undefined): Record<string, unknown> {
	const c = record.csl;
	const { year } = issuedParts(c);
	const [first, last] = c.page?.split('-') ?? [];
	const date = record.issueDate ?? record.onlineDate;
	const periodical = {
		'@type': 'Periodical',
		name: c['container-title'],
		...(c['container-title-short'] ? { alternateName: c['container-title-short'] } : {}),
		...(record.issns.length ? { issn: record.issns } : {}),
		...(c.publisher ? { publisher: { '@type': 'Organization', name: c.publisher } } : {}),
	};
	const volume = c.volume ? { '@type': 'PublicationVolume', volumeNumber: c.volume, isPartOf: periodical } : periodical;
	const isPartOf = c.issue
		? { '@type': 'PublicationIssue', issueNumber: c.issue, ...(year ? { datePublished: date } : {}), isPartOf: volume }
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

/** The COinS (OpenURL ContextObject in SPAN) `title` value of a journal article. */
export function coinsTitle(record: CitationRecord): string {
	const c = record.csl;
	const date = record.issueDate ?? record.onlineDate;
	const [first, last] = c.page?.split('-') ?? [];
	const params: [string, string | undefined][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
		['rft.genre', 'article'],
		['rft.atitle', c.title],
		['rft.jtitle', c['container-title']],
		['rft.stitle', c['container-title-short']],
		['rft.date', date],
		['rft.volume', c.volume],
		['rft.issue', c.issue],
		['rft.spage', first],
		['rft.epage', last],
		['rft.issn', c.ISSN],
		['rft.aulast', c.author[0]?.family],
		['rft.aufirst', c.author[0]?.given],
		...c.author.map((a): [string, string] => ['rft.au', `${a.family}, ${a.given}`]),
		['rft.language', c.language],
		// Some readers (html-metadata, behind Citoid) keep only the last rft_id: the DOI goes last.
		['rft_id', c.PMID && `info:pmid/${c.PMID}`],
		['rft_id', c.DOI && `info:doi/${c.DOI}`],
	];
	const present = params.filter((p): p is [string, string] => Boolean(p[1]));
	return present.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}
