import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { ContentSet } from '../../../src/lib/content-set.ts';

// Reads every citation format back with a parser that did not write it (@retorquere/bibtex-parser
// for BibTeX and BibLaTeX, citation-js's RIS reader plus the raw tag lines for RIS, JSON.parse for
// CSL-JSON) into one shape, and says what that shape must be from the content files themselves
// (content/publications/<id>.yaml and its journal), not from src/lib/citation/. Used by the unit
// tests over the generated text and the browser tests over the built files.

/** What a reference manager imports from a file, in one shape for every format. */
export interface Imported {
	title: string;
	/** "Family, Given", in order. */
	authors: string[];
	journal: string;
	journalAbbreviation?: string | undefined;
	volume?: string | undefined;
	issue?: string | undefined;
	/** "first-last" or "first". */
	pages?: string | undefined;
	/** The date at its precision: "2020-04-01", "2020-08" or "2015". */
	date?: string | undefined;
	doi?: string | undefined;
	pmid?: string | undefined;
	issns: string[];
	language?: string | undefined;
	url?: string | undefined;
	/** Whether the file says, in its note field, that (and why) it leaves the authors out. */
	saysWhyNoAuthors: boolean;
}

/** biblatex language keys for the codes the content uses (from the biblatex manual's language table). */
const BIBLATEX_LANGUAGE: Record<string, string> = { english: 'en', japanese: 'ja' };

const pad = (n: string | number) => String(n).padStart(2, '0');
const saysWhy = (note: string | undefined) => /authors left out/i.test(note ?? '') && /publisher/i.test(note ?? '');

/** The parsed value of a BibTeX field as plain text (the parser unescapes TeX). */
const str = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));

/** Reads a BibTeX or BibLaTeX file with one entry. */
export function readBibtex(text: string): Imported {
	const result = parseBibtex(text);
	if (result.errors.length > 0) throw new Error(`BibTeX does not parse: ${JSON.stringify(result.errors)}`);
	if (result.entries.length !== 1) throw new Error(`expected one entry, got ${result.entries.length}`);
	const f = result.entries[0]!.fields as Record<string, unknown> & {
		author?: { lastName?: string; prefix?: string; firstName?: string }[];
	};
	const year = str(f.year);
	const month = str(f.month);
	const day = str(f.day);
	const date = str(f.date) ?? (year ? [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-') : undefined);
	const language = str(f.language);
	return {
		title: String(f.title),
		// The parser reports a leading lowercase particle as `prefix` even inside braces; BibTeX reads
		// "{van der Berg}" as one family name. Both join back.
		authors: (f.author ?? []).map((a) => `${[a.prefix, a.lastName].filter(Boolean).join(' ')}, ${a.firstName ?? ''}`),
		journal: String(f.journal ?? f.journaltitle),
		journalAbbreviation: str(f.shortjournal),
		volume: str(f.volume),
		issue: str(f.number),
		pages: str(f.pages)?.replace('–', '-'),
		date,
		doi: str(f.doi),
		pmid: str(f.pmid) ?? (str(f.eprinttype) === 'pubmed' ? str(f.eprint) : undefined),
		issns: str(f.issn)?.split(/,\s*/) ?? [],
		language: language && (BIBLATEX_LANGUAGE[language] ?? language),
		url: str(f.url),
		saysWhyNoAuthors: saysWhy(str(f.note)),
	};
}

/** The raw tag lines of a RIS record: tag → values, in order. */
export function risTags(text: string): Map<string, string[]> {
	const tags = new Map<string, string[]>();
	for (const line of text.split(/\r?\n/)) {
		const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
		if (m) tags.set(m[1]!, [...(tags.get(m[1]!) ?? []), m[2]!]);
	}
	return tags;
}

/** Reads a RIS file with one record: citation-js for what it maps, the raw tags for the rest. */
export function readRis(text: string): Imported {
	const items = new Cite(text, { forceType: '@ris/file' } as ConstructorParameters<typeof Cite>[1]).data as Record<string, unknown>[];
	if (items.length !== 1) throw new Error(`expected one RIS record, got ${items.length}`);
	const item = items[0]!;
	const raw = risTags(text);
	const [y, m, d] = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0] ?? [];
	// The PMID must reach every client: `AN` (EndNote's Accession Number, Mendeley's PMID) and `M2`
	// as "PMID: …" (Zotero's Extra). A PMID in only one of them, or two different ones, is not read.
	const an = raw.get('AN')?.join(' ');
	const m2 = raw
		.get('M2')
		?.map((v) => /^PMID: (\d+)$/.exec(v)?.[1] ?? `not a PMID line: ${v}`)
		.join(' ');
	const pmid = an === m2 ? an : undefined;
	return {
		title: String(item.title),
		authors: ((item.author as { family: string; given: string }[] | undefined) ?? []).map((a) => `${a.family}, ${a.given}`),
		journal: String(item['container-title']),
		journalAbbreviation: str(item['container-title-short']),
		volume: str(item.volume),
		issue: str(item.issue),
		pages: str(item.page),
		date: y === undefined ? undefined : [y, m && pad(m), d && pad(d)].filter(Boolean).join('-'),
		doi: str(item.DOI),
		pmid,
		issns: str(item.ISSN)?.split(/,\s*/) ?? [],
		language: str(item.language),
		url: str(item.URL),
		saysWhyNoAuthors: saysWhy(raw.get('N1')?.join(' ')),
	};
}

/** Reads a CSL-JSON file (an array with one item). */
export function readCslJson(text: string): Imported {
	const items = JSON.parse(text) as Record<string, unknown>[];
	if (!Array.isArray(items) || items.length !== 1) throw new Error('expected an array with one item');
	const item = items[0]!;
	const [y, m, d] = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0] ?? [];
	const note = str(item.note);
	const notePmid = /(?:^|\n)PMID:\s*(\d+)/.exec(note ?? '')?.[1];
	if (notePmid !== str(item.PMID)) throw new Error(`CSL-JSON: PMID ${str(item.PMID)} but the note says ${notePmid}`);
	if (item['container-title-short'] !== item.journalAbbreviation)
		throw new Error('CSL-JSON: container-title-short and journalAbbreviation differ');
	return {
		title: String(item.title),
		authors: ((item.author as { family: string; given: string }[] | undefined) ?? []).map((a) => `${a.family}, ${a.given}`),
		journal: String(item['container-title']),
		journalAbbreviation: str(item.journalAbbreviation),
		volume: str(item.volume),
		issue: str(item.issue),
		pages: str(item.page),
		date: y === undefined ? undefined : [y, m && pad(m), d && pad(d)].filter(Boolean).join('-'),
		doi: str(item.DOI),
		pmid: notePmid,
		issns: str(item.ISSN)?.split(/,\s*/) ?? [],
		language: str(item.language),
		url: str(item.URL),
		saysWhyNoAuthors: saysWhy(note),
	};
}

/** The reader of each citation file, by file suffix. */
export const READERS: Record<string, (text: string) => Imported> = {
	'.bib': readBibtex,
	'.biblatex.bib': readBibtex,
	'.ris': readRis,
	'.json': readCslJson,
};

/**
 * The date a citation must give, read from the content file by the rule the issue states: the
 * issue's date, else its month, else its year; the first online date only when none of these is
 * known (an online date is not an issue date).
 */
export function expectedDate(dates: { issue?: string; issueMonth?: string; year?: number; online?: string }): string | undefined {
	return dates.issue ?? dates.issueMonth ?? (dates.year !== undefined ? String(dates.year) : dates.online);
}

/** What every format of a publication must import as, from content/ alone; `url` is its page's canonical address. */
export function expectedImport(set: ContentSet, id: string, url: string): Imported {
	const p = set.publications.find((e) => e.id === id)?.data;
	if (!p) throw new Error(`no publication ${id}`);
	const j = set.journals.find((e) => e.id === p.journal.id)?.data;
	if (!j) throw new Error(`no journal ${p.journal.id}`);
	const named = p.authorship === 'published-order';
	return {
		title: p.title,
		authors: named ? (p.authors ?? []).map((a) => `${a.family}, ${a.given}`) : [],
		journal: j.title ?? j.abbreviation ?? '',
		journalAbbreviation: j.abbreviation,
		volume: p.volume,
		issue: p.issue,
		pages: p.pages && (p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first),
		date: expectedDate(p.dates),
		doi: p.identifiers.doi,
		pmid: p.identifiers.pmid,
		issns: [j.issn.print, j.issn.electronic].filter((x): x is string => Boolean(x)),
		language: p.language,
		url,
		saysWhyNoAuthors: !named,
	};
}
