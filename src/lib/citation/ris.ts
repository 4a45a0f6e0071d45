import { type CitationRecord, type RecordDate, authorsNote } from './csl.ts';

/** One RIS value on one line: line breaks and runs of white space become one space. */
function risValue(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A record date in RIS's `DA` form, at its precision: "2020/04/01", "2020/08", "2015". */
function risDate(d: RecordDate): string {
	return d.iso.replaceAll('-', '/');
}

/**
 * RIS (`TY  - JOUR` … `ER  - `), one tag per line, one `AU` per author, for EndNote, Zotero and
 * Mendeley. Where the three read a tag differently, the tags follow the documented mappings
 * (README, "Citation"):
 * - `SP` holds the whole page range: EndNote's journal-article table maps `SP` to "Pages" and has
 *   no end-page tag; Zotero and Mendeley take a range in `SP` as it is.
 * - `SN` holds both ISSNs in one value: Zotero keeps only the first `SN` line.
 * - The PMID is `AN` (EndNote's "Accession Number", where its PubMed import puts it; Mendeley's
 *   PMID) and `M2` as "PMID: …" (Zotero puts `M2` into Extra, where it keeps PMIDs; it maps `AN`
 *   to "Loc. in Archive").
 * - `PY` is the year, `DA` the date at its precision.
 */
export function toRis(record: CitationRecord): string {
	const c = record.csl;
	const tags: [string, string | undefined][] = [
		['TY', 'JOUR'],
		...c.author.map((a): [string, string] => ['AU', `${a.family}, ${a.given}`]),
		['TI', c.title],
		['T2', c['container-title']],
		['J2', c['container-title-short']],
		['PY', record.date?.year.toString()],
		['DA', record.date && risDate(record.date)],
		['VL', c.volume],
		['IS', c.issue],
		['SP', c.page],
		['SN', c.ISSN],
		['DO', c.DOI],
		['UR', c.URL],
		['LA', c.language],
		['AN', c.PMID],
		['M2', c.PMID && `PMID: ${c.PMID}`],
		['N1', record.authorsLeftOut && authorsNote(record.authorsLeftOut)],
	];
	const lines = tags.filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '').map(([tag, v]) => `${tag}  - ${risValue(v)}`);
	return `${lines.join('\n')}\nER  - \n`;
}
