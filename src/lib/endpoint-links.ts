import { type Lang, localizedPath } from './i18n.ts';
import { publicationSlug } from './site-pages.ts';

/**
 * The page that carries an endpoint's permanent anchor, with the anchor: the featured paper's
 * endpoints are on /endpoints/, every other publication's on its own page.
 * e.g. ("kiyoi-2020", "os", "kiyoi-2020", "ja") → "/ja/endpoints/#os";
 *      ("tower-2017", "os-hazard-ratio", "kiyoi-2020") → "/publications/tower-2017/#os-hazard-ratio"
 */
export function endpointPath(publication: string, anchor: string, featured: string, lang: Lang = 'en'): string {
	const page = publication === featured ? localizedPath('endpoints', lang) : localizedPath(publicationSlug(publication), lang);
	return `${page}#${anchor}`;
}
