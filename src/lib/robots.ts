import { withBase } from './urls.ts';

/** The file @astrojs/sitemap writes: an index that lists the sitemap files. */
const SITEMAP_FILE = 'sitemap-index.xml';

/**
 * The text of robots.txt. e.g. `robotsTxt(new URL('https://example.org'), '/evidence/')` →
 * "User-agent: *\nAllow: /\n\nSitemap: https://example.org/evidence/sitemap-index.xml\n".
 * Without a public address (no SITE_URL) there is no sitemap, so no Sitemap line.
 */
export function robotsTxt(site: URL | undefined, base: string): string {
	const rules = 'User-agent: *\nAllow: /\n';
	if (!site) return rules;
	const sitemap = new URL(withBase(base, `/${SITEMAP_FILE}`), site).href;
	return `${rules}\nSitemap: ${sitemap}\n`;
}
