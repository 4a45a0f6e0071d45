import { describe, expect, test } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { endpoints, FEATURED, JAPANESE } from '../helpers/content-files.ts';
import { gradeLevel, numberInWords, textCounts } from '../helpers/readability.ts';
import { parseSite } from './dom.ts';

// The overview's plain-language summary, read from the built page (no copy of its text here): it
// comes first, it is marked as the site's own words, its English reads at school grade 8 or below
// (Flesch–Kincaid), and its results are natural frequencies of the featured paper's counts.

const site = parseSite(process.env.GATES_DIST ?? 'dist');
const MAX_GRADE = 8;

/** The summary's text as a reader reads it: its paragraphs, without the caveat marks beside numbers. */
function summaryText($: CheerioAPI): string {
	const box = $('[data-plain-summary]').clone();
	box.find('.caveats').remove();
	return box
		.find('p, li')
		.map((_, p) => $(p).text().replace(/\s+/g, ' ').trim())
		.get()
		.join('\n');
}

describe('the plain-language summary on the overview', () => {
	for (const path of ['/', '/ja/']) {
		test(`${path}: comes before the key figures and is marked as the site's own words`, () => {
			const $ = site.doc(path);
			const box = $('main [data-wording="site"]');
			expect(box.length, 'no summary marked data-wording="site"').toBe(1);
			expect(box.find('.wording-note').text().trim().length).toBeGreaterThan(0);
			const order = $('main [data-wording="site"], main ul.key-figures')
				.map((_, el) => (el.tagName === 'ul' ? 'figures' : 'summary'))
				.get();
			expect(order).toEqual(['summary', 'figures']);
		});

		test(`${path}: its results are natural frequencies of the paper's counts ("8 of 21 people")`, () => {
			const $ = site.doc(path);
			const results = $('[data-plain-summary] .result[data-endpoint]');
			expect(results.length).toBeGreaterThan(0);
			results.each((_, el) => {
				const anchor = $(el).attr('data-endpoint')!;
				const e = endpoints().find((x) => x.publication === FEATURED && x.anchor === anchor)!;
				expect(e.measure.kind, anchor).toBe('proportion');
				if (e.measure.kind !== 'proportion') return;
				$(el).find('.caveats').remove();
				const text = $(el).text().trim();
				const want =
					path === '/' ? `${e.measure.events} of ${e.measure.denominator} people` : `${e.measure.denominator}人中${e.measure.events}人`;
				expect(text, anchor).toBe(want);
			});
		});
	}

	test(`the English summary reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
		const text = summaryText(site.doc('/'));
		expect(textCounts(text).word, 'the summary has too few words to measure').toBeGreaterThan(100);
		expect(gradeLevel(text), text).toBeLessThanOrEqual(MAX_GRADE);
	});

	test('the Japanese summary is written in Japanese', () => {
		const text = summaryText(site.doc('/ja/'));
		expect(text).toMatch(JAPANESE);
		// Latin letters only in names and abbreviations (ALL), never English sentences.
		expect(text.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
	});
});

describe('the readability measure', () => {
	test('numbers are read as words', () => {
		expect(numberInWords(21)).toBe('twenty-one');
		expect(numberInWords(8)).toBe('eight');
		expect(numberInWords(140)).toBe('one hundred forty');
	});

	test('counts sentences, words and syllables', () => {
		expect(textCounts('The cat sat. It was 21 days old!')).toEqual({ sentence: 2, word: 8, syllable: 10 });
	});

	test(`fails a text written for specialists (grade above ${MAX_GRADE})`, () => {
		// The kind of sentence the overview used to open with.
		const specialist =
			'This paper reports the adult parts of the Horai study, a Japanese trial of the bispecific antibody blinatumomab in B-precursor acute lymphoblastic leukaemia that had relapsed or was refractory to treatment. Complete remission or complete remission with partial haematological recovery within two cycles was the primary efficacy endpoint.';
		expect(gradeLevel(specialist)).toBeGreaterThan(MAX_GRADE);
	});
});
