import { expect, test } from 'vitest';
import { isValidIssn } from '../../src/lib/identifiers.ts';

// Check digits worked by hand (weights 8…2, sum mod 11):
// 1347-9032: 8+21+24+35+36+0+6 = 130, 130 mod 11 = 9, 11 − 9 = 2 ✓
// 1349-7006: 8+21+24+45+28+0+0 = 126, 126 mod 11 = 5, 11 − 5 = 6 ✓
// 0378-5955: 0+21+42+40+20+27+10 = 160, 160 mod 11 = 6, 11 − 6 = 5 ✓
// 2434-561X: 16+28+18+20+20+18+2 = 122, 122 mod 11 = 1, 11 − 1 = 10 → X ✓
test.each(['1347-9032', '1349-7006', '0378-5955', '2434-561X'])('%s is valid', (issn) => {
	expect(isValidIssn(issn)).toBe(true);
});

test.each(['1347-9033', '1349-7001', '2434-5610', '13479032', '1347-903', 'abcd-efgh'])('%s is rejected', (issn) => {
	expect(isValidIssn(issn)).toBe(false);
});
