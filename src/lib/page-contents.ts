/**
 * "On this page": the contents of a long page, read at build time from the page's own rendered
 * HTML (src/layouts/Page.astro), so the headings of components (the citation blocks on /cite/) and
 * the headings MDX writes as <h2 id="…"> count as much as Markdown ones. Each entry is a section
 * heading (<h2>) with an id to link to; a page gets contents when it is long enough to need them.
 */

export interface ContentsEntry {
	/** The heading's id: the entry links to #id. */
	id: string;
	/** The heading's text, markup and white space runs removed. */
	text: string;
}

/** When a page is long enough to get contents: enough sections, or fewer sections of long text. */
export const CONTENTS_RULE = {
	/** This many linkable sections always get contents. */
	minSections: 3,
	/** Fewer sections (at least `minLongSections`) get contents when the text is at least this long. */
	longText: 4000,
	minLongSections: 2,
} as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags removed, character references decoded, runs of white space made one space. */
export function htmlText(html: string): string {
	return (
		html
			.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
			// Inline markup joins its neighbours ("<em>part</em>s" is "parts").
			.replace(/<[^>]*>/g, '')
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
				if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
				if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
				return ENTITIES[ref.toLowerCase()] ?? all;
			})
			// Runs of ordinary white space; a no-break or narrow space is part of the text.
			.replace(/[ \t\n\r\f]+/g, ' ')
			.replace(/^ | $/g, '')
	);
}

/** The value of one attribute in a tag's attribute text, decoded; undefined when absent or empty. */
function attribute(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
	const value = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
	return value === '' ? undefined : htmlText(value);
}

/** Every <h2> of the fragment that has an id, in document order. Headings without an id cannot be linked and are left out. */
export function sectionHeadings(html: string): ContentsEntry[] {
	const out: ContentsEntry[] = [];
	for (const m of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2\s*>/gi)) {
		const id = attribute(m[1] ?? '', 'id');
		const text = htmlText(m[2] ?? '');
		if (id !== undefined && text !== '') out.push({ id, text });
	}
	return out;
}

/**
 * How long the text reads, in Latin characters: a Japanese character (kana or kanji) carries about
 * as much as two, so a Japanese page and its English original measure alike.
 */
export function readingLength(html: string): number {
	const text = htmlText(html);
	const wide = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/gu)?.length ?? 0;
	return text.length + wide;
}

/** The contents of a page (its rendered body), or none when the page is short. */
export function pageContents(html: string, rule: typeof CONTENTS_RULE = CONTENTS_RULE): ContentsEntry[] {
	const sections = sectionHeadings(html);
	if (sections.length >= rule.minSections) return sections;
	if (sections.length >= rule.minLongSections && readingLength(html) >= rule.longText) return sections;
	return [];
}
