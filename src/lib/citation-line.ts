import type { StudyView } from './study.ts';
import { journalName } from '../schemas/journal.ts';
import { formatLongDate, formatMonthYear } from './dates.ts';

/**
 * The journal, volume, issue, pages and dates in one line.
 * e.g. "Cancer Science, volume 111, issue 4, pages 1314–1323 (issue of 1 April 2020; online 24 January 2020)"
 */
export function citationLine(view: StudyView): string {
	const p = view.publication;
	const parts = [journalName(view.journal.data)];
	if (p.volume) parts.push(`volume ${p.volume}`);
	if (p.issue) parts.push(`issue ${p.issue}`);
	if (p.pages) parts.push(p.pages.last ? `pages ${p.pages.first}–${p.pages.last}` : `page ${p.pages.first}`);
	const dates = [
		p.dates.issue && `issue of ${formatLongDate(p.dates.issue)}`,
		!p.dates.issue && p.dates.issueMonth && `issue of ${formatMonthYear(`${p.dates.issueMonth}-01`)}`,
		p.dates.online && `online ${formatLongDate(p.dates.online)}`,
		!p.dates.issue && !p.dates.issueMonth && !p.dates.online && p.dates.year !== undefined && String(p.dates.year),
	].filter(Boolean);
	return `${parts.join(', ')}${dates.length ? ` (${dates.join('; ')})` : ''}`;
}
