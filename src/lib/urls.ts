import { localizedPath, splitPageId } from './i18n.ts';

/**
 * Prefixes a site path with the base the site is built for (Astro's `base`, e.g. "/evidence/").
 * e.g. `withBase('/evidence/', '/design/')` → "/evidence/design/"; `withBase('/', '/')` → "/"
 */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\//, '')}`;
}

/**
 * The absolute address of a site path, or undefined when the build has no public address (no
 * SITE_URL): then nothing that needs one is written, rather than a localhost address.
 * e.g. `absoluteUrl(new URL('https://example.org'), '/evidence/', '/design/')` → "https://example.org/evidence/design/"
 */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string | undefined {
	return site ? new URL(withBase(base, path), site).href : undefined;
}

/** The public path of an MDX page entry: "index" → "/", "design" → "/design/", "ja/design" → "/ja/design/". */
export function pagePath(id: string): string {
	const { lang, slug } = splitPageId(id);
	return localizedPath(slug, lang);
}
