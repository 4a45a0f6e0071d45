/**
 * What the search index reads, and what search offers when a query is in the other edition's
 * script. Plain functions, used by the build (src/integrations/search-index.ts) and the search UI
 * (src/scripts/pagefind-ui.ts).
 */

/**
 * The page as Pagefind should read it: a space wherever one element ends and the next begins, and
 * before a component's part (an element with a class) that follows text. Pagefind drops the white
 * space between tags and separates only some elements (paragraphs, list items, table data cells),
 * so the built HTML, which has no white space between tags, ran the parts of a figure or a table
 * row together ("Phase 1b100.0%4 of 4", "PrimaryS1"). Only the index reads this copy; the served
 * page is unchanged. Prose markup (Markdown's <em>, <a>: no class) that splits a word with no tag
 * next to another ("<em>part</em>s") is left whole.
 */
export function indexableHtml(html: string): string {
	return html.replace(/(<\/[a-z][a-z0-9-]*\s*>)(?=<)/gi, '$1 ').replace(/([^\s>])(<[a-z][a-z0-9-]*\s[^>]*\bclass\s*=)/gi, '$1 $2');
}

/** Japanese script: kana, kanji (and the iteration mark), half-width katakana. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff66-\uff9f]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * The edition a query seems to be written for, when that is not the page's: Japanese characters on
 * the English search (its index has no Japanese text), and a query of Latin letters and no Japanese
 * on the Japanese search. The latter is offered whatever the Japanese search found: Pagefind's
 * Japanese index answers most English words with stray matches (a single letter of an author's
 * initials), so "found nothing" would almost never show the offer. Undefined when the page's own
 * search is the only fitting one.
 */
export function otherEditionFor(query: string, pageLang: string): 'ja' | 'en' | undefined {
	const q = query.trim();
	if (q === '') return undefined;
	if (pageLang !== 'ja' && JAPANESE.test(q)) return 'ja';
	if (pageLang === 'ja' && !JAPANESE.test(q) && LATIN_LETTER.test(q)) return 'en';
	return undefined;
}

/** The address of another edition's search page with the query: ("/ja/search/", "血液") → "/ja/search/?q=%E8%A1%80%E6%B6%B2". */
export function searchHref(searchPath: string, query: string): string {
	return `${searchPath}?q=${encodeURIComponent(query.trim())}`;
}

/** The slot for the query in the dictionary's offer (searchThisEdition). */
export const QUERY_SLOT = '{q}';

/** The offer's words with the query in them: ("Search … for “{q}”", "relapse") → "Search … for “relapse”". */
export function fillQuery(template: string, query: string): string {
	return template.split(QUERY_SLOT).join(query.trim());
}
