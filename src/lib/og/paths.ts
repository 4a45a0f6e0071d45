/** Site path of a page's sharing image: "index" → "/og/index.png", "design" → "/og/design.png". */
export function ogImagePath(pageId: string): string {
	return `/og/${pageId}.png`;
}
