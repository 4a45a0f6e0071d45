import { en } from './en.ts';
import { ja } from './ja.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';

/** The shape every dictionary has: the English keys, with the same value types. */
export type Dict = typeof en;

const DICTIONARIES: Record<Lang, Dict> = { en, ja };

/**
 * Keys of `dict` missing from, or not in, the English reference. Empty when they match. The
 * type check already rejects a mismatch; this catches one at build time too (a dictionary
 * assembled with a cast, or JavaScript that skipped the check).
 */
export function dictionaryProblems(dict: Record<string, unknown>, reference: Record<string, unknown> = en): string[] {
	const problems: string[] = [];
	for (const key of Object.keys(reference)) {
		if (!(key in dict)) problems.push(`missing key "${key}"`);
		else if (typeof dict[key] !== typeof reference[key])
			problems.push(`key "${key}" is a ${typeof dict[key]}, expected a ${typeof reference[key]}`);
	}
	for (const key of Object.keys(dict)) if (!(key in reference)) problems.push(`unknown key "${key}"`);
	return problems;
}

for (const lang of LANGS) {
	const problems = dictionaryProblems(DICTIONARIES[lang]);
	if (problems.length > 0) throw new Error(`src/i18n/${lang}.ts: ${problems.join('; ')}`);
}

/** The interface strings of one language. */
export function t(lang: Lang): Dict {
	return DICTIONARIES[lang];
}

/**
 * A dictionary sentence built around one link, split where the link goes, so a page can put an
 * element there: (link) => `See the ${link}.` → ["See the ", "."].
 */
export function aroundLink(sentence: (link: string) => string): [before: string, after: string] {
	const [before = '', after = ''] = sentence('\u0000').split('\u0000');
	return [before, after];
}
