// Which of the optional stylesheets a page links. Every page links the base sheet (theme, layout,
// search, page parts, print: src/styles/global.css); the sheets of tables, charts and citation
// blocks are linked only by a page whose rendered body has what they style, so that a page pays for
// what it shows (the overview, with none of them, stays within its 12 KB target).

export type AreaSheet = 'tables' | 'charts' | 'cite';

/** What in a page's HTML needs each sheet: any table; a chart or the dosing schedule; a citation block. */
const NEEDS: Record<AreaSheet, RegExp> = {
	tables: /<table[\s>]/,
	charts: /\bclass="[^"]*\b(?:chart|chart-figure|schedule)\b/,
	cite: /\bclass="[^"]*\bcite-/,
};

/** The optional sheets a page body needs, in the order they are linked. */
export const areaSheets = (html: string): AreaSheet[] => (Object.keys(NEEDS) as AreaSheet[]).filter((k) => NEEDS[k].test(html));
