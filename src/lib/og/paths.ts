/**
 * The file name of a page's sharing image: the page id with "/" as "-", because the image route
 * has a single path segment ("ja/design" → "ja-design").
 */
export function ogSlug(pageId: string): string {
	return pageId.replaceAll('/', '-');
}

/** Site path of a page's sharing image: "index" → "/og/index.png", "ja/design" → "/og/ja-design.png". */
export function ogImagePath(pageId: string): string {
	return `/og/${ogSlug(pageId)}.png`;
}
