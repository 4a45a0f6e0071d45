/**
 * /data/<publication id>.quickstatements.txt: QuickStatements (version 1) commands that create the
 * Wikidata item of a paper from the register's facts only. One command per line, fields separated
 * by tabs: `CREATE`, then `LAST<TAB>property<TAB>value` (qualifiers follow as further property/value
 * pairs). Strings are in double quotes, monolingual text is `lang:"text"`, dates are
 * `+YYYY-MM-DDT00:00:00Z/precision` (11 day, 10 month, 9 year).
 * Editors must first search Wikidata for the DOI; if the item exists, they replace LAST with its Q-id
 * and leave out CREATE (the /cite/ page says so).
 */
import { issuedDate } from '../citation/csl.ts';
import type { Publication } from '../../schemas/publication.ts';

/** Wikidata properties and items used (ids are Wikidata's). */
const WIKIDATA = {
	instanceOf: 'P31',
	scholarlyArticle: 'Q13442814',
	title: 'P1476',
	doi: 'P356',
	pmid: 'P698',
	pmcid: 'P932',
	publicationDate: 'P577',
	volume: 'P478',
	issue: 'P433',
	pages: 'P304',
	authorNameString: 'P2093',
	seriesOrdinal: 'P1545',
} as const;

/**
 * A QuickStatements string value: white space (tabs and line breaks included, which would end the
 * field or the command) collapsed to single spaces, in double quotes. Version 1 has no escape for a
 * double quote inside a value; it keeps everything between the first and the last quote, so inner
 * quotes survive as they are.
 */
function qsString(text: string): string {
	return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

/** A date as a QuickStatements time value with its precision: [2020, 4, 1] → "+2020-04-01T00:00:00Z/11". */
function qsTime(parts: [number, number?, number?]): string {
	const [y, m, d] = parts;
	const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
	const precision = d ? 11 : m ? 10 : 9;
	return `+${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}T00:00:00Z/${precision}`;
}

/** Wikidata keeps DOIs in upper case. */
export const wikidataDoi = (doi: string) => doi.toUpperCase();

/**
 * The commands for one publication. Authors get one author-name-string statement each, with its
 * series ordinal, only when the register confirms the published order (authorship
 * published-order); otherwise no author statement is written.
 */
function quickStatements(p: Publication): string[] {
	const W = WIKIDATA;
	const lines: string[][] = [['CREATE'], ['LAST', 'Len', qsString(p.title)], ['LAST', W.instanceOf, W.scholarlyArticle]];
	// The title statement needs the title's language; without a confirmed one it is left out.
	if (p.language) lines.push(['LAST', W.title, `${p.language}:${qsString(p.title)}`]);
	if (p.identifiers.doi) lines.push(['LAST', W.doi, qsString(wikidataDoi(p.identifiers.doi))]);
	if (p.identifiers.pmid) lines.push(['LAST', W.pmid, qsString(p.identifiers.pmid)]);
	if (p.identifiers.pmcid) lines.push(['LAST', W.pmcid, qsString(p.identifiers.pmcid.replace(/^PMC/, ''))]);
	const issued = issuedDate(p)?.['date-parts'][0];
	if (issued) lines.push(['LAST', W.publicationDate, qsTime(issued)]);
	if (p.volume) lines.push(['LAST', W.volume, qsString(p.volume)]);
	if (p.issue) lines.push(['LAST', W.issue, qsString(p.issue)]);
	if (p.pages) lines.push(['LAST', W.pages, qsString(p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first)]);
	if (p.authorship === 'published-order') {
		(p.authors ?? []).forEach((a, i) => {
			lines.push(['LAST', W.authorNameString, qsString(`${a.given} ${a.family}`), W.seriesOrdinal, qsString(String(i + 1))]);
		});
	}
	return lines.map((cols) => cols.join('\t'));
}

/** The file: one command per line, ending in a newline. */
export function toQuickStatements(p: Publication): string {
	return `${quickStatements(p).join('\n')}\n`;
}
