// The "link to this result" controls of the results tables (src/components/tables/RowLink.astro) copy
// the row's full address. Runs in the browser (RowLinkScript.astro): imports nothing.

/**
 * The full address of a row: the page's address without its fragment, then `#anchor`.
 * ("https://example.org/endpoints/#os", "cr-crh-phase-2") → "https://example.org/endpoints/#cr-crh-phase-2".
 */
export function rowUrl(pageUrl: string, anchor: string): string {
	const url = new URL(pageUrl);
	url.hash = anchor.replace(/^#/, '');
	return url.href;
}
