import { formatLongDate, formatMonthYear } from '../dates.ts';
import type { CitationRecord, RecordDate } from './csl.ts';

/** Makes text safe as a template parameter value: no pipes, braces, brackets or tags survive raw. */
function wikiEscape(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[|{}[\]<>&]/g, (c) => `&#${c.codePointAt(0)};`);
}

/** Vancouver-style author: family name and initials without full stops ("Joan D. Morris" → "Morris JD"). */
function vancouverName(a: { family: string; given: string }): string {
	const initials = a.given
		.split(/[\s.-]+/)
		.filter(Boolean)
		.map((g) => g[0]?.toUpperCase())
		.join('');
	return `${a.family} ${initials}`;
}

/** The date in the form {{cite journal}} takes, at its precision: "1 April 2020", "August 2020", "2015". */
function wikiDate(d: RecordDate): string {
	if (d.precision === 'day') return formatLongDate(d.iso);
	if (d.precision === 'month') return formatMonthYear(`${d.iso}-01`);
	return String(d.year);
}

/** A Wikipedia `{{cite journal}}` with `vauthors`, ready to paste. */
export function toWikipediaCite(record: CitationRecord): string {
	const c = record.csl;
	const params: [string, string | undefined][] = [
		['vauthors', c.author.map(vancouverName).join(', ')],
		['title', c.title],
		['journal', c['container-title']],
		['volume', c.volume],
		['issue', c.issue],
		['pages', c.page?.replace('-', '–')],
		['date', record.date && wikiDate(record.date)],
		['doi', c.DOI],
		['pmid', c.PMID],
		['issn', record.issns[0]],
		['id', record.trial && `${record.trial.registry} ${record.trial.id}`],
	];
	const body = params
		.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
		.map(([k, v]) => ` |${k}=${wikiEscape(v)}`)
		.join('');
	return `{{cite journal${body} }}`;
}
