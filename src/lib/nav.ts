import type { Entry } from './content-set.ts';
import type { PageMeta } from '../schemas/page.ts';
import { pagePath } from './urls.ts';
import { DEFAULT_LANG, type Lang, splitPageId } from './i18n.ts';

/** One link of the site navigation. */
export interface NavItem {
	path: string;
	label: string;
	current: boolean;
}

/** The site navigation of one language from the pages collection, ordered, with the current page marked. */
export function buildNav(pages: Entry<PageMeta>[], currentPath: string, lang: Lang = DEFAULT_LANG): NavItem[] {
	return pages
		.filter((p) => splitPageId(p.id).lang === lang)
		.sort((a, b) => a.data.order - b.data.order)
		.map((p) => ({ path: pagePath(p.id), label: p.data.nav, current: pagePath(p.id) === currentPath }));
}

/** A link to a page from a page in another or the same language. */
export interface PageLink {
	/** Site path of the page linked to. */
	path: string;
	/** Language of the page linked to. */
	lang: Lang;
	/** The page's title as the reader sees it, and the language it is written in. */
	title: string;
	titleLang: Lang;
}

/**
 * Where a page named by its id (in content, e.g. a changelog entry's `pages`) leads a reader of
 * `lang`. An id in the default language names the page in general: the reader gets their
 * language's version when it exists, else the default one. An id in another language ("ja/cite")
 * names that edition, which is linked whatever the reader's language, under the title of the
 * reader's version when there is one.
 * e.g. ("design", "ja") → /ja/design/ titled 試験デザイン; ("context", "ja") without a ja/context page →
 * /context/ titled in English; ("ja/cite", "en") → /ja/cite/ titled "How to cite".
 */
export function pageLink(pages: Entry<PageMeta>[], id: string, lang: Lang): PageLink {
	const named = splitPageId(id);
	const find = (l: Lang) =>
		pages.find((p) => {
			const s = splitPageId(p.id);
			return s.lang === l && s.slug === named.slug;
		});
	const target = named.lang === DEFAULT_LANG ? (find(lang) ?? find(DEFAULT_LANG)) : find(named.lang);
	if (!target) throw new Error(`no page "${id}" in content/pages/`);
	const titled = find(lang) ?? target;
	return {
		path: pagePath(target.id),
		lang: splitPageId(target.id).lang,
		title: titled.data.title,
		titleLang: splitPageId(titled.id).lang,
	};
}
