/**
 * Every page of the site, whatever makes it: MDX pages (content/pages/**) and the pages that route
 * files in src/pages/ make (the search page, one page per publication). The layout's hreflang
 * links, its language switch and language-aware links all ask this module which pages exist, so a
 * route page gets the same alternates and switch as an MDX page. Plain functions, no astro:*.
 */
import { DEFAULT_LANG, LANGS, type Lang, localizeHref, localizedPath, pageId, splitPageId } from './i18n.ts';
import { memoPerArray, memoPerObject } from './memo.ts';

/** The language-neutral slug of a publication's page: "tower-2017" → "publications/tower-2017". */
export const publicationSlug = (id: string): string => `publications/${id}`;

/** A page made by a route file: its language-neutral slug and the languages it is built in. */
interface RoutePage {
	slug: string;
	langs: readonly Lang[];
}

/**
 * The pages the route files build, for the given publications. Keep in step with src/pages/:
 *   search             src/pages/search.astro, src/pages/ja/search.astro
 *   publications/<id>  src/pages/publications/[id].astro, src/pages/ja/publications/[id].astro
 * (a page listed here but not built is caught by the links gate: its hreflang link leads nowhere).
 */
function routePages(publicationIds: readonly string[]): RoutePage[] {
	return [{ slug: 'search', langs: LANGS }, ...publicationIds.map((id) => ({ slug: publicationSlug(id), langs: LANGS }))];
}

/**
 * The ids of every page of the site in every language, in the MDX collection's form ("design",
 * "ja/design", "ja" for the Japanese overview): the MDX pages, then the route pages
 * ("search", "ja/search", "publications/tower-2017", "ja/publications/tower-2017", …).
 * Takes the content set (only its pages and publications are read). Two pages with one id (an
 * MDX page where a route already is) throw.
 */
export const sitePageIds: (content: SiteContent) => string[] = memoPerObject(listSitePageIds);

/** What sitePageIds reads of the content set. */
type SiteContent = { pages: readonly { id: string }[]; publications: readonly { id: string }[] };

/** The page ids of a content set, once per set (the layout of every page asks for them). */
function listSitePageIds(content: SiteContent): string[] {
	const mdx = content.pages.map((p) => {
		const { slug, lang } = splitPageId(p.id);
		return pageId(slug, lang); // "ja/index" and "ja" are the same page
	});
	const routes = routePages(content.publications.map((p) => p.id)).flatMap((r) => r.langs.map((lang) => pageId(r.slug, lang)));
	const seen = new Set<string>();
	for (const id of [...mdx, ...routes]) {
		if (seen.has(id))
			throw new Error(`Two pages have the id "${id}" (an MDX page in content/pages/ and a route in src/pages/?): rename one.`);
		seen.add(id);
	}
	return [...mdx, ...routes];
}

/** Whether a site path ("/ja/design/") is one of the pages. */
export function pageExists(pageIds: readonly string[], path: string): boolean {
	return pagePaths(pageIds).has(path);
}

/** The site paths of a list of page ids, once per list. */
const pagePaths = memoPerArray((pageIds: readonly string[]) => {
	const paths = new Set<string>();
	for (const id of pageIds) {
		const { lang, slug } = splitPageId(id);
		paths.add(localizedPath(slug, lang));
	}
	return paths;
});

/**
 * A site link written in English ("/context/#studies") for a page in `lang`: the version in `lang`
 * when that page exists, otherwise the English page. `lang` is the language of the page it leads
 * to, so the caller can say when a link leads to English.
 */
export function linkInLang(pageIds: readonly string[], href: string, lang: Lang): { href: string; lang: Lang } {
	const localized = localizeHref(href, lang);
	if (lang === DEFAULT_LANG || localized === href) return { href, lang };
	const path = localized.replace(/[?#].*$/, '');
	return pageExists(pageIds, path) ? { href: localized, lang } : { href, lang: DEFAULT_LANG };
}

/**
 * The page of a publication in a language: "/ja/publications/tower-2017/". The featured paper's
 * page is the overview ("/", "/ja/"), its canonical address.
 */
export function publicationPath(id: string, lang: Lang, featured: string): string {
	return localizedPath(id === featured ? 'index' : publicationSlug(id), lang);
}
