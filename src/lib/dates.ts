const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Splits an ISO date "2020-01-24" into numbers. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2020-01-24" → "24 January 2020". */
export function formatLongDate(iso: string): string {
	const { year, month, day } = parseIsoDate(iso);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2015-06-04" → "June 2015". */
export function formatMonthYear(iso: string): string {
	const { year, month } = parseIsoDate(iso);
	return `${MONTHS[month - 1]} ${year}`;
}
