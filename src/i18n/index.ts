import { en } from './en.ts';
import { ja } from './ja.ts';

/** The shape every dictionary has: the English keys, with the same value types. */
export type Dict = typeof en;

/**
 * The languages of the site, each with its dictionary: the one list of languages. The first is the
 * default (at the root of the site); every other one is served under its own prefix (/ja/). Adding
 * a language is a dictionary (a copy of en.ts), its line here, and the content's labels in that
 * language (`npm run check:content` lists every one that is missing).
 */
const DICTIONARIES = {
	en,
	ja,
} satisfies Record<string, Dict>;

/** A language of the site. */
export type Lang = keyof typeof DICTIONARIES;
/** Every language, the default first. */
export const LANGS = Object.keys(DICTIONARIES) as Lang[];
/** The default language: English, at the root of the site (the first of DICTIONARIES). */
export const DEFAULT_LANG = 'en' satisfies Lang;
/** A language other than the default: content gives its texts in a block named after it (`ja:`). */
export type OtherLang = Exclude<Lang, typeof DEFAULT_LANG>;
/** The languages other than the default, each with its prefix. */
export const OTHER_LANGS = LANGS.filter((l): l is OtherLang => l !== DEFAULT_LANG);
if (LANGS[0] !== DEFAULT_LANG) throw new Error('src/i18n/index.ts: the default language must come first in DICTIONARIES');

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
