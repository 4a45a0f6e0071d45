import { type CitationRecord, authorsNote, citationKey } from './csl.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

// TeX's special characters, each written so that braces stay balanced (BibTeX counts every brace,
// escaped or not) and the text reads the same after LaTeX, BibTeX and Biber.
const TEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'%': '\\%',
	'&': '\\&',
	'#': '\\#',
	_: '\\_',
	$: '\\$',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'<': '\\textless{}',
	'>': '\\textgreater{}',
};

/** BibLaTeX's `langid` (a babel/polyglossia language name) for a CSL language code. */
const LANGIDS: Record<string, string> = { en: 'english', ja: 'japanese' };

/** "en" → "english", "ja" → "japanese"; a code without a known name is given as it is. */
function langid(language: string): string {
	return LANGIDS[language] ?? language;
}

/** Escapes text for a BibTeX field (UTF-8 letters stay as they are; LaTeX and Biber read UTF-8); hyphens keep their number. */
function texEscape(text: string): string {
	return (
		text
			.replace(/\s+/g, ' ')
			.replace(/[\\{}%&#_$~^<>]/g, (c) => TEX_ESCAPES[c] ?? c)
			// TeX turns "--" into an en dash and "---" into an em dash; a hyphen followed by {} stays a hyphen.
			.replace(/-(?=-)/g, '-{}')
	);
}

/**
 * A title with its capitals protected, so styles that lowercase titles cannot touch proper nouns or
 * acronyms: every word after the first that holds a capital letter, and a first word with a capital
 * after its first letter, is wrapped in braces ("Japanese" → "{Japanese}", "BiTE" → "{BiTE}").
 */
export function protectTitle(title: string): string {
	return title
		.replace(/\s+/g, ' ')
		.split(' ')
		.map((word, i) => {
			const escaped = texEscape(word);
			const needs = i === 0 ? /\p{Lu}/u.test(word.slice(1)) : /\p{Lu}/u.test(word);
			return needs ? `{${escaped}}` : escaped;
		})
		.join(' ');
}

/** A given name; braced only when BibTeX would split it (a word "and", a comma). */
function givenPart(given: string): string {
	const escaped = texEscape(given);
	return /(^|\s)and(\s|$)|,/i.test(given) ? `{${escaped}}` : escaped;
}

/**
 * A family name. The content stores particles as part of it ("Dos Santos", "van der Berg"), so a
 * family name of several words is braced: BibTeX would otherwise read a lowercase particle as a
 * separate "von" part.
 */
function familyPart(family: string): string {
	const escaped = texEscape(family);
	return /[\s,]/.test(family) || /(^|\s)and(\s|$)/i.test(family) ? `{${escaped}}` : escaped;
}

/** Authors as `Family, Given and Family, Given` ("{Dos Santos}, Cedric"). */
function bibtexAuthors(record: CitationRecord): string {
	return record.csl.author.map((a) => `${familyPart(a.family)}, ${givenPart(a.given)}`).join(' and ');
}

function render(type: string, key: string, fields: [string, string | undefined, 'braced' | 'bare'][]): string {
	const present = fields.filter((f): f is [string, string, 'braced' | 'bare'] => f[1] !== undefined && f[1] !== '');
	const width = Math.max(...present.map(([name]) => name.length));
	const lines = present.map(([name, value, kind]) => `  ${name.padEnd(width)} = ${kind === 'bare' ? value : `{${value}}`}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * A verbatim field (doi, url): biblatex and the DOI/URL macros read these characters literally, so
 * TeX escapes would end up in the link. Only braces and backslashes, which would break the .bib
 * syntax, are percent-encoded (as in the URL form of a DOI).
 */
function verbatimField(value: string): string {
	return value.replace(/[{}\\]/g, (c) => encodeURIComponent(c));
}

/** Page range with an en dash for TeX: "1314--1323". */
function texPages(page: string | undefined): string | undefined {
	return page?.replace('-', '--');
}

/**
 * Classic BibTeX (`@article`), for natbib and the standard styles. The date is `year`, `month` (a
 * month macro) and `day` as far as the record knows it: BibTeX's styles ignore `day`, Zotero reads it.
 */
export function toBibtex(record: CitationRecord): string {
	const c = record.csl;
	const d = record.date;
	return render('article', citationKey(record.id), [
		['author', bibtexAuthors(record), 'braced'],
		['title', protectTitle(c.title), 'braced'],
		['journal', texEscape(c['container-title']), 'braced'],
		// Not a classic BibTeX field (the standard styles ignore it); Zotero reads it as the abbreviation.
		['shortjournal', c['container-title-short'] && texEscape(c['container-title-short']), 'braced'],
		['year', d?.year.toString(), 'braced'],
		['month', d?.month ? MONTH_MACROS[d.month - 1] : undefined, 'bare'],
		['day', d?.day?.toString(), 'braced'],
		['volume', c.volume, 'braced'],
		['number', c.issue, 'braced'],
		['pages', texPages(c.page), 'braced'],
		['doi', c.DOI && verbatimField(c.DOI), 'braced'],
		['pmid', c.PMID, 'braced'],
		['issn', c.ISSN, 'braced'],
		['url', c.URL && verbatimField(c.URL), 'braced'],
		// The record's code: BibTeX's standard styles do not print `language`, and Zotero reads it.
		['language', c.language, 'braced'],
		['note', record.authorsLeftOut && texEscape(authorsNote(record.authorsLeftOut)), 'braced'],
	]);
}

/**
 * BibLaTeX (`@article` with `date` at the record's precision, `journaltitle`, the PMID as a pubmed
 * eprint), for Biber. Both `langid` (hyphenation) and `language` (what Zotero's import reads) are
 * given, as biblatex language keys ("english"): biblatex prints a `language` it does not know as a
 * key ("en."), and leaves out one that is the document's language.
 */
export function toBiblatex(record: CitationRecord): string {
	const c = record.csl;
	return render('article', citationKey(record.id), [
		['author', bibtexAuthors(record), 'braced'],
		['title', protectTitle(c.title), 'braced'],
		['journaltitle', texEscape(c['container-title']), 'braced'],
		['shortjournal', c['container-title-short'] && texEscape(c['container-title-short']), 'braced'],
		['date', record.date?.iso, 'braced'],
		['volume', c.volume, 'braced'],
		['number', c.issue, 'braced'],
		['pages', texPages(c.page), 'braced'],
		['doi', c.DOI && verbatimField(c.DOI), 'braced'],
		['eprint', c.PMID, 'braced'],
		['eprinttype', c.PMID && 'pubmed', 'braced'],
		['issn', c.ISSN, 'braced'],
		['url', c.URL && verbatimField(c.URL), 'braced'],
		['language', c.language && langid(c.language), 'braced'],
		['langid', c.language && langid(c.language), 'braced'],
		['note', record.authorsLeftOut && texEscape(authorsNote(record.authorsLeftOut)), 'braced'],
	]);
}

/** BibLaTeX `@online` for a web page, with its access date as `urldate`. */
export function toBiblatexWebPage(page: {
	id: string;
	title: string;
	'container-title': string;
	URL: string;
	accessed: { 'date-parts': [[number, number, number]] };
	language: string;
}): string {
	const [y, m, d] = page.accessed['date-parts'][0];
	const pad = (n: number) => String(n).padStart(2, '0');
	return render('online', citationKey(page.id), [
		['title', protectTitle(page.title), 'braced'],
		['organization', texEscape(page['container-title']), 'braced'],
		['url', verbatimField(page.URL), 'braced'],
		['urldate', `${y}-${pad(m)}-${pad(d)}`, 'braced'],
		['langid', langid(page.language), 'braced'],
	]);
}
