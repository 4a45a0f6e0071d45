import type { PersonName } from '../schemas/publication.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** "Joan D. Morris": given names, then family name. */
export function displayName(name: PersonName): string {
	return `${name.given} ${name.family}`;
}

/** All authors for display: "Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh". */
export function formatAuthorList(names: PersonName[]): string {
	const all = names.map(displayName);
	if (all.length <= 1) return all.join('');
	return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/**
 * The author line of a publication, honest about what is known:
 * published order → "Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh";
 * order not confirmed → the names with a warning that the order is not the paper's;
 * not confirmed → a statement that no readable source gives the authors.
 */
export function authorLine(
	p: { authors?: PersonName[] | undefined; authorship: 'published-order' | 'order-not-confirmed' | 'not-confirmed' },
	lang: Lang = DEFAULT_LANG
): string {
	const d = t(lang);
	if (p.authorship === 'not-confirmed' || !p.authors) return d.authorsNotConfirmed;
	const names = formatAuthorList(p.authors);
	if (p.authorship === 'order-not-confirmed') return d.authorsOrderNotConfirmed(names);
	return names;
}
