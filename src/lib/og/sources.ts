import { type ContentSet } from '../content-set.ts';
import { publicationOrder, studyName } from '../context/studies.ts';
import { DEFAULT_LANG, LANGS, type Lang, pageId, splitPageId, splitPath } from '../i18n.ts';
import { buildStudyView } from '../study.ts';
import { keyFigures } from '../endpoints/key-figures.ts';
import { pagePath } from '../urls.ts';
import { publicationSlug } from '../site-pages.ts';
import { memoPerArray, memoPerObjectAndKey } from '../memo.ts';

/**
 * What one sharing image shows: the page it belongs to (a page id, which also names the image
 * file), its language, the publication whose figure and source line it carries, and its title.
 */
export interface CardSource {
	id: string;
	lang: Lang;
	publication: string;
	title: string;
	/** A key figure named by the page (MDX frontmatter `figure`); the study's primary result otherwise. */
	figure?: string | undefined;
}

/**
 * Every sharing image the build renders: one per MDX page (the featured paper's figure), and one
 * per publication page in every language, with that publication's own name and figure, so a shared
 * link to a related study never shows this paper's result. The featured paper's publication page
 * uses the overview's image (the overview is its canonical page), as does a publication with no
 * figure at all to show.
 */
export const cardSources: (set: ContentSet, featured: string) => CardSource[] = memoPerObjectAndKey(listCardSources);

/** The images of a content set, once per set (every page asks which image is its own). */
function listCardSources(set: ContentSet, featured: string): CardSource[] {
	const pages: CardSource[] = set.pages.map((p) => ({
		id: p.id,
		lang: splitPageId(p.id).lang,
		publication: featured,
		title: p.data.title,
		figure: p.data.figure,
	}));
	const publications = publicationOrder(set, featured)
		.filter((id) => id !== featured)
		.flatMap((id) => {
			const view = buildStudyView(set, id);
			// A record with no count, rate or enrolment has no figure to show: its pages keep the overview's card.
			if (keyFigures(view).length === 0) return [];
			return LANGS.map((lang) => ({ id: pageId(publicationSlug(id), lang), lang, publication: id, title: studyName(view, lang) }));
		});
	return [...pages, ...publications];
}

/** The sources by their page's path (the first one with a path wins, as with `find`), once per list. */
const sourcesByPath = memoPerArray((sources: readonly CardSource[]) => {
	const byPath = new Map<string, CardSource>();
	for (const s of sources) if (!byPath.has(pagePath(s.id))) byPath.set(pagePath(s.id), s);
	return byPath;
});

/**
 * The image a page at `path` uses: its own, or else the overview's in the page's language, or else
 * (a language whose overview is not written yet) the default language's overview.
 */
export function cardSourceFor(sources: readonly CardSource[], path: string): CardSource {
	const byPath = sourcesByPath(sources);
	const own = byPath.get(path);
	if (own) return own;
	const lang = splitPath(path).lang;
	const overview = (l: Lang) => byPath.get(l === DEFAULT_LANG ? '/' : `/${l}/`);
	const found = overview(lang) ?? overview(DEFAULT_LANG);
	if (!found) throw new Error(`No sharing image for ${path}, and no overview page to take one from`);
	return found;
}
