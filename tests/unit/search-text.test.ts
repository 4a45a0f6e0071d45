import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { fillQuery, indexableHtml, otherEditionFor, QUERY_SLOT, searchHref } from '../../src/lib/search-text.ts';

/** Text as Pagefind takes it: tags dropped with nothing in their place. */
const asPagefindReads = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('indexableHtml', () => {
	it('separates the parts of a figure and the cells of a row that the built HTML runs together', () => {
		const tile = '<li><span class="label">Phase 1b</span><span class="value">100.0%</span><span class="detail">4 of 4</span></li>';
		expect(asPagefindReads(tile)).toBe('Phase 1b100.0%4 of 4');
		expect(asPagefindReads(indexableHtml(tile))).toBe('Phase 1b 100.0% 4 of 4');
		const head = '<tr><th scope="col">Endpoint</th><th scope="col">Part</th><th>Role</th></tr>';
		expect(asPagefindReads(indexableHtml(head))).toBe('Endpoint Part Role');
		expect(asPagefindReads(indexableHtml('<td>Primary<span class="cell-note">S1, abstract</span></td>'))).toBe('Primary S1, abstract');
	});
	it('leaves words inside one element and words split by markup whole, and changes no text', () => {
		const html = '<p>A <em>part</em>s list, <a href="/x?a=1&amp;b=2">link</a>.</p>';
		expect(asPagefindReads(indexableHtml(html))).toBe(asPagefindReads(html));
		expect(indexableHtml(html).replace(/ (?=<)/g, '')).toBe(html.replace(/ (?=<)/g, ''));
	});
});

describe('otherEditionFor', () => {
	it('offers the Japanese search for Japanese characters typed on the English one', () => {
		expect(otherEditionFor('ブリナツモマブ', 'en')).toBe('ja');
		expect(otherEditionFor('第2相 phase', 'en')).toBe('ja');
		expect(otherEditionFor('再発', 'en')).toBe('ja');
		expect(otherEditionFor('ﾌﾞﾘﾅ', 'en')).toBe('ja');
	});
	it('offers the English search for a query of Latin letters on the Japanese one', () => {
		expect(otherEditionFor('relapse', 'ja')).toBe('en');
		expect(otherEditionFor('CR/CRh', 'ja')).toBe('en');
		expect(otherEditionFor('ブリナツモマブ', 'ja')).toBeUndefined();
		expect(otherEditionFor('MRD 陰性', 'ja')).toBeUndefined();
		// Digits or symbols alone are no language.
		expect(otherEditionFor('2020', 'ja')).toBeUndefined();
	});
	it('offers nothing for a query in the page language, or none at all', () => {
		expect(otherEditionFor('relapse', 'en')).toBeUndefined();
		expect(otherEditionFor('  ', 'en')).toBeUndefined();
		expect(otherEditionFor('', 'ja')).toBeUndefined();
	});
});

describe('searchHref', () => {
	it('puts the query, encoded and trimmed, in the address', () => {
		expect(searchHref('/ja/search/', ' 再発 ')).toBe('/ja/search/?q=%E5%86%8D%E7%99%BA');
		expect(searchHref('/evidence/search/', 'a&b')).toBe('/evidence/search/?q=a%26b');
	});
});

describe('fillQuery', () => {
	it('puts the query into the offer of each dictionary, once', () => {
		for (const d of [en, ja]) {
			expect(d.searchThisEdition.split(QUERY_SLOT)).toHaveLength(2);
			const filled = fillQuery(d.searchThisEdition, ' 再発 ');
			expect(filled).toContain('再発');
			expect(filled).not.toContain(QUERY_SLOT);
		}
	});
});
