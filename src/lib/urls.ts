/**
 * Prefixes a site path with the base the site is built for (Astro's `base`, e.g. "/evidence/").
 * e.g. `withBase('/evidence/', '/design/')` → "/evidence/design/"; `withBase('/', '/')` → "/"
 */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\//, '')}`;
}

/** The public path of an MDX page entry: "index" → "/", "design" → "/design/". */
export function pagePath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}
