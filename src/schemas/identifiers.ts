/**
 * Checks an ISSN's check digit (ISO 3297): the first seven digits weighted 8 down to 2, and the
 * check character makes the sum divisible by 11 ("X" stands for 10).
 * e.g. `isValidIssn('1347-9032')` → true
 */
export function isValidIssn(issn: string): boolean {
	const m = /^(\d{4})-(\d{3})([\dX])$/.exec(issn);
	if (!m) return false;
	const digits = `${m[1]}${m[2]}`.split('').map(Number);
	const sum = digits.reduce((acc, d, i) => acc + d * (8 - i), 0);
	const check = (11 - (sum % 11)) % 11;
	return m[3] === (check === 10 ? 'X' : String(check));
}
