import { withBase } from './urls.ts';

/** The file @astrojs/sitemap writes: an index that lists the sitemap files. */
export const SITEMAP_FILE = 'sitemap-index.xml';

/**
 * The text of robots.txt. e.g. `robotsTxt(new URL('https://example.org'), '/evidence/')` →
 * "User-agent: *\nAllow: /\n\nSitemap: https://example.org/evidence/sitemap-index.xml\n"
 */
export function robotsTxt(site: URL | undefined, base: string): string {
	if (!site) throw new Error('robots.txt needs the site URL (astro.config.mjs `site`, from SITE_URL)');
	const sitemap = new URL(withBase(base, `/${SITEMAP_FILE}`), site).href;
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
