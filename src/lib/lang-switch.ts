/**
 * The language switch's target with the current fragment: ("/ja/endpoints/", "#os") →
 * "/ja/endpoints/#os". Anchors are the same in every language, so the reader stays in place.
 */
export function carryHash(href: string, hash: string): string {
	const bare = href.replace(/#.*$/, '');
	return hash && hash !== '#' ? `${bare}${hash}` : bare;
}
