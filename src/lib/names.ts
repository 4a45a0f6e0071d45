import type { PersonName } from '../schemas/publication.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** "Joan D. Morris": given names, then family name. */
function displayName(name: PersonName): string {
	return `${name.given} ${name.family}`;
}

/**
 * All authors for display, one piece per name with the separator that follows it (from the
 * language's dictionary), so that a page can isolate each name (`<bdi>`: a name in a right-to-left
 * script cannot reorder its neighbours) and keep the separators in the page's language.
 * e.g. [Hitoshi Kiyoi, Joan D. Morris, Iekuni Oh] → [{ "Hitoshi Kiyoi", ", " }, { "Joan D. Morris", " and " }, { "Iekuni Oh", "" }];
 * in Japanese the separators are "、".
 */
export function authorListParts(names: PersonName[], lang: Lang = DEFAULT_LANG): { name: string; sep: string }[] {
	const d = t(lang);
	return names.map((n, i) => ({
		name: displayName(n),
		sep: i === names.length - 1 ? '' : i === names.length - 2 ? d.authorLastSeparator : d.authorSeparator,
	}));
}

/** All authors for display: "Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh"; ja "Hitoshi Kiyoi、Joan D. Morris、Iekuni Oh". */
export function formatAuthorList(names: PersonName[], lang: Lang = DEFAULT_LANG): string {
	return authorListParts(names, lang)
		.map((p) => p.name + p.sep)
		.join('');
}

type Authorship = { authors?: PersonName[] | undefined; authorship: 'published-order' | 'order-not-confirmed' | 'not-confirmed' };

/**
 * The author line in three pieces, so that a page can mark the names (always written in English)
 * with their language: the words before the names, the names (empty when there are none), and the
 * words after them. `before + names + after` is the author line.
 */
export function authorLineParts(
	p: Authorship,
	lang: Lang = DEFAULT_LANG,
): { before: string; names: string; list: { name: string; sep: string }[]; after: string } {
	const d = t(lang);
	if (p.authorship === 'not-confirmed' || !p.authors) return { before: d.authorsNotConfirmed, names: '', list: [], after: '' };
	const list = authorListParts(p.authors, lang);
	const names = formatAuthorList(p.authors, lang);
	if (p.authorship === 'order-not-confirmed') {
		const [before = '', after = ''] = d.authorsOrderNotConfirmed('\u0000').split('\u0000');
		return { before, names, list, after };
	}
	return { before: '', names, list, after: '' };
}

/**
 * The author line of a publication, honest about what is known:
 * published order → "Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh";
 * order not confirmed → the names with a warning that the order is not the paper's;
 * not confirmed → a statement that no readable source gives the authors.
 */
export function authorLine(p: Authorship, lang: Lang = DEFAULT_LANG): string {
	const { before, names, after } = authorLineParts(p, lang);
	return `${before}${names}${after}`;
}

/** How many names an author line shows before it folds on a narrow screen. */
const AUTHORS_BEFORE_FOLD = 3;

/**
 * Where a long author line folds on a narrow screen: the first names stay, the rest open with
 * "Show all 16 authors". A list of up to one more name than that does not fold (folding one name
 * saves nothing). e.g. 16 → { shown: 3, folded: 13 }; 4 → { shown: 4, folded: 0 }
 */
export function authorFold(count: number): { shown: number; folded: number } {
	if (count <= AUTHORS_BEFORE_FOLD + 1) return { shown: count, folded: 0 };
	return { shown: AUTHORS_BEFORE_FOLD, folded: count - AUTHORS_BEFORE_FOLD };
}
