import type { CitationRecord } from './csl.ts';

/** One RIS value on one line: line breaks and runs of white space become one space. */
function risValue(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** "2020-04-01" → "2020/04/01" (RIS dates, zero-padded). */
function risDate(iso: string): string {
	return iso.replaceAll('-', '/');
}

/** RIS (`TY  - JOUR` … `ER  - `), one tag per line, one `AU` per author, for EndNote, Zotero, Mendeley. */
export function toRis(record: CitationRecord): string {
	const c = record.csl;
	const tags: [string, string | undefined][] = [
		['TY', 'JOUR'],
		...c.author.map((a): [string, string] => ['AU', `${a.family}, ${a.given}`]),
		['TI', c.title],
		['T2', c['container-title']],
		['J2', c['container-title-short']],
		['PY', record.issueDate?.slice(0, 4) ?? record.onlineDate?.slice(0, 4)],
		['DA', record.issueDate ? risDate(record.issueDate) : record.onlineDate && risDate(record.onlineDate)],
		['VL', c.volume],
		['IS', c.issue],
		['SP', c.page?.split('-')[0]],
		['EP', c.page?.split('-')[1]],
		['SN', c.ISSN],
		['DO', c.DOI],
		['UR', c.URL],
		['LA', c.language],
		['AN', c.PMID && `PMID: ${c.PMID}`],
	];
	const lines = tags.filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '').map(([tag, v]) => `${tag}  - ${risValue(v)}`);
	return `${lines.join('\n')}\nER  - \n`;
}
