import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** Splits an ISO date "2020-01-24" into numbers. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2020-01-24" → "24 January 2020" (en), "2020年1月24日" (ja). */
export function formatLongDate(iso: string, lang: Lang = DEFAULT_LANG): string {
	const { year, month, day } = parseIsoDate(iso);
	return t(lang).longDate(year, month, day);
}

/** "2015-06-04" → "June 2015" (en), "2015年6月" (ja). */
export function formatMonthYear(iso: string, lang: Lang = DEFAULT_LANG): string {
	const { year, month } = parseIsoDate(iso);
	return t(lang).monthYear(year, month);
}
