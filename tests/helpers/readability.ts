import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// The Flesch–Kincaid grade of an English text (wooorm's `flesch-kincaid` formula, syllables by
// `syllable`). Sentences end at . ! ? or a colon that ends a clause; words are runs of letters
// (with inner apostrophes or hyphens) or numbers. A number counts as the syllables of its name in
// words ("21" → "twenty-one", 3), as a reader says it.

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below a million in words: 21 → "twenty-one", 140 → "one hundred forty". */
export function numberInWords(n: number): string {
	if (n < 20) return ONES[n]!;
	if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
	if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100)}` : ''}`;
	return `${numberInWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${numberInWords(n % 1000)}` : ''}`;
}

/** Sentences, words and syllables of a text. */
export function textCounts(text: string): { sentence: number; word: number; syllable: number } {
	const sentences = text.split(/[.!?:]+(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s));
	const words = text.match(/\d+(?:[.,]\d+)?|[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
	const syllables = words.reduce((sum, w) => {
		if (/^\d/.test(w)) return sum + syllable(numberInWords(Math.round(Number(w.replace(',', '')))));
		return sum + Math.max(1, syllable(w));
	}, 0);
	return { sentence: sentences.length, word: words.length, syllable: syllables };
}

/** The U.S. school grade a reader needs for the text, by the Flesch–Kincaid formula. */
export const gradeLevel = (text: string): number => fleschKincaid(textCounts(text));
