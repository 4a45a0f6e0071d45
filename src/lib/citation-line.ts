import type { StudyView } from './study.ts';
import { journalName } from '../schemas/journal.ts';
import { formatLongDate, formatMonthYear } from './dates.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/**
 * The journal, volume, issue, pages and dates in one line.
 * e.g. "Cancer Science, volume 111, issue 4, pages 1314–1323 (issue of 1 April 2020; online 24 January 2020)"
 * (ja: "Cancer Science 第111巻 第4号 1314–1323頁（2020年4月1日号、オンライン公開 2020年1月24日）")
 */
export function citationLine(view: StudyView, lang: Lang = DEFAULT_LANG): string {
	return line(view, lang, journalName(view.journal.data));
}

/**
 * The citation line in three pieces, so that a page can mark the journal's name (English) with its
 * language: `before + journal + after` is the citation line.
 */
export function citationLineParts(view: StudyView, lang: Lang = DEFAULT_LANG): { before: string; journal: string; after: string } {
	const [before = '', after = ''] = line(view, lang, '\u0000').split('\u0000');
	return { before, journal: journalName(view.journal.data), after };
}

function line(view: StudyView, lang: Lang, journal: string): string {
	const d = t(lang);
	const p = view.publication;
	const parts = [journal];
	if (p.volume) parts.push(d.citeVolume(p.volume));
	if (p.issue) parts.push(d.citeIssue(p.issue));
	if (p.pages) parts.push(d.citePages(p.pages.first, p.pages.last));
	const dates = [
		p.dates.issue && d.citeIssueOf(formatLongDate(p.dates.issue, lang)),
		!p.dates.issue && p.dates.issueMonth && d.citeIssueOf(formatMonthYear(`${p.dates.issueMonth}-01`, lang)),
		p.dates.online && d.citeOnline(formatLongDate(p.dates.online, lang)),
		!p.dates.issue && !p.dates.issueMonth && !p.dates.online && p.dates.year !== undefined && String(p.dates.year),
	].filter((x): x is string => !!x);
	return d.citeJoin(parts, dates);
}
