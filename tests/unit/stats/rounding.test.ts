import { describe, expect, test } from 'vitest';
import { decimalsOf, denominatorsMatching, roundedPercent } from '../../../src/lib/stats/rounding.ts';

describe('roundedPercent rounds half up, exactly', () => {
	// Hand calculations: 3/8 = 37.5 → 38 (half up); 8/21 = 38.095… → 38; 25/26 = 96.15… → 96;
	// 1/8 = 12.5 → 13; 1/40 = 2.5 → 3; 8/21 to one decimal = 38.1; 1/3 to two decimals = 33.33.
	test.each([
		[3, 8, 0, 38],
		[8, 21, 0, 38],
		[25, 26, 0, 96],
		[4, 5, 0, 80],
		[1, 8, 0, 13],
		[1, 40, 0, 3],
		[8, 21, 1, 38.1],
		[1, 3, 2, 33.33],
		[0, 5, 0, 0],
		[5, 5, 0, 100],
	])('%d/%d with %d decimals → %d', (e, t, d, expected) => {
		expect(roundedPercent(e, t, d)).toBe(expected);
	});
});

describe('denominatorsMatching', () => {
	test('3 (38%) among at most 21: only 8 fits (3/7 = 42.9, 3/9 = 33.3)', () => {
		expect(denominatorsMatching(3, 38, 3, 21)).toEqual([8]);
	});
	test('4 (100%): only 4 fits', () => {
		expect(denominatorsMatching(4, 100, 4, 5)).toEqual([4]);
	});
	test('an ambiguous percentage gives every fit: 1 (10%) fits 10 only; 2 (10%) fits 19, 20, 21', () => {
		expect(denominatorsMatching(1, 10, 1, 30)).toEqual([10]);
		expect(denominatorsMatching(2, 10, 2, 30)).toEqual([20, 21]);
	});
});

test('decimalsOf counts printed decimals', () => {
	expect(decimalsOf('38')).toBe(0);
	expect(decimalsOf('37.5')).toBe(1);
	expect(decimalsOf('0.25')).toBe(2);
});
