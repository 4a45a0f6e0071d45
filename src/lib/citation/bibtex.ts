import { type CitationRecord, citationKey, issuedParts } from './csl.ts';

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

/** Escapes text for a BibTeX field (UTF-8 letters stay as they are; LaTeX and Biber read UTF-8). */
export function texEscape(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\{}%&#_$~^<>]/g, (c) => TEX_ESCAPES[c] ?? c);
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

/** One name part; braced when BibTeX would otherwise split it ("and", commas). */
function namePart(part: string): string {
	const escaped = texEscape(part);
	return /(^|\s)and(\s|$)|,/i.test(part) ? `{${escaped}}` : escaped;
}

/** Authors as `Family, Given and Family, Given`. */
export function bibtexAuthors(record: CitationRecord): string {
	return record.csl.author.map((a) => `${namePart(a.family)}, ${namePart(a.given)}`).join(' and ');
}

function render(type: string, key: string, fields: [string, string | undefined, 'braced' | 'bare'][]): string {
	const present = fields.filter((f): f is [string, string, 'braced' | 'bare'] => f[1] !== undefined && f[1] !== '');
	const width = Math.max(...present.map(([name]) => name.length));
	const lines = present.map(([name, value, kind]) => `  ${name.padEnd(width)} = ${kind === 'bare' ? value : `{${value}}`}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/** Page range with an en dash for TeX: "1314--1323". */
function texPages(page: string | undefined): string | undefined {
	return page?.replace('-', '--');
}

/** Classic BibTeX (`@article`), for natbib and the standard styles. */
export function toBibtex(record: CitationRecord): string {
	const c = record.csl;
	const { year, month } = issuedParts(c);
	return render('article', citationKey(record.id), [
		['author', bibtexAuthors(record), 'braced'],
		['title', protectTitle(c.title), 'braced'],
		['journal', texEscape(c['container-title']), 'braced'],
		['year', year?.toString(), 'braced'],
		['month', month ? MONTH_MACROS[month - 1] : undefined, 'bare'],
		['volume', c.volume, 'braced'],
		['number', c.issue, 'braced'],
		['pages', texPages(c.page), 'braced'],
		['doi', c.DOI && texEscape(c.DOI), 'braced'],
		['pmid', c.PMID, 'braced'],
		['issn', c.ISSN, 'braced'],
		['language', c.language === 'en' ? 'english' : c.language, 'braced'],
	]);
}

/** BibLaTeX (`@article` with `date`, `journaltitle`, and the PMID as an eprint), for Biber. */
export function toBiblatex(record: CitationRecord): string {
	const c = record.csl;
	return render('article', citationKey(record.id), [
		['author', bibtexAuthors(record), 'braced'],
		['title', protectTitle(c.title), 'braced'],
		['journaltitle', texEscape(c['container-title']), 'braced'],
		['shortjournal', c['container-title-short'] && texEscape(c['container-title-short']), 'braced'],
		['date', record.issueDate ?? record.onlineDate, 'braced'],
		['volume', c.volume, 'braced'],
		['number', c.issue, 'braced'],
		['pages', texPages(c.page), 'braced'],
		['doi', c.DOI && texEscape(c.DOI), 'braced'],
		['eprint', c.PMID, 'braced'],
		['eprinttype', c.PMID && 'pubmed', 'braced'],
		['issn', c.ISSN, 'braced'],
		['langid', c.language === 'en' ? 'english' : c.language, 'braced'],
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
		['url', page.URL, 'braced'],
		['urldate', `${y}-${pad(m)}-${pad(d)}`, 'braced'],
		['langid', page.language === 'en' ? 'english' : page.language, 'braced'],
	]);
}
