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
