/**
 * Languages of the site and how their URLs relate. English is the default and lives at the root
 * ("/design/"); every other language has a prefix ("/ja/design/"). Japanese MDX pages live in
 * `content/pages/ja/`, so the entry id "ja/design" is the Japanese version of "design".
 * Plain functions: the layout, the language switch and the sitemap share them.
 */
import { DEFAULT_LANG, LANGS, OTHER_LANGS, type Lang, t } from '../i18n/index.ts';
import { memoPerArray } from './memo.ts';

export { DEFAULT_LANG, LANGS, OTHER_LANGS, type Lang };

/**
 * The \`lang\` attribute for text written in \`textLang\` on a page in \`pageLang\`: none when they are the
 * same, the text's language otherwise (English names and titles on a Japanese page are marked \`en\`).
 */
export const langAttr = (pageLang: Lang, textLang: Lang = DEFAULT_LANG): Lang | undefined => (pageLang === textLang ? undefined : textLang);

/** The name of a language in that language ("日本語"), for the language switch. */
export const languageName = (lang: Lang): string => t(lang).languageName;

/**
 * The note after a link to a page in another language than the page's: on an English page a link to
 * a Japanese page reads "… (Japanese)"; on a Japanese page a link to an English page "…（英語）".
 * The name of the language comes from the reader's language (Intl.DisplayNames); nothing for a link
 * in the page's own language.
 */
export function languageNote(pageLang: Lang, linkLang: Lang): string {
	if (pageLang === linkLang) return '';
	const name = new Intl.DisplayNames([pageLang], { type: 'language' }).of(linkLang) ?? linkLang;
	return t(pageLang).inLanguage(name);
}

export function isLang(x: string): x is Lang {
	return (LANGS as readonly string[]).includes(x);
}

/**
 * The language and language-neutral slug of a page entry id: "ja/design" → { lang: 'ja', slug: 'design' }.
 * Astro's glob loader names `ja/index.mdx` "ja"; "ja/index" (other loaders) means the same.
 */
export function splitPageId(id: string): { lang: Lang; slug: string } {
	if (isLang(id) && id !== DEFAULT_LANG) return { lang: id, slug: 'index' };
	const [first, ...rest] = id.split('/');
	if (first && rest.length > 0 && isLang(first) && first !== DEFAULT_LANG) return { lang: first, slug: rest.join('/') };
	return { lang: DEFAULT_LANG, slug: id };
}

/**
 * The page id of a language-neutral slug in a language, the inverse of splitPageId:
 * ("design", "ja") → "ja/design"; ("index", "ja") → "ja"; ("design", "en") → "design".
 */
export function pageId(slug: string, lang: Lang): string {
	if (lang === DEFAULT_LANG) return slug;
	return slug === 'index' ? lang : `${lang}/${slug}`;
}

/** The site path of a slug in a language: ("design", "ja") → "/ja/design/"; ("index", "en") → "/". */
export function localizedPath(slug: string, lang: Lang): string {
	const prefix = lang === DEFAULT_LANG ? '' : `/${lang}`;
	return slug === 'index' ? `${prefix}/` : `${prefix}/${slug}/`;
}

/** The language of a site path and the path without its language prefix: "/ja/design/" → { lang: 'ja', neutral: "/design/" }. */
export function splitPath(path: string): { lang: Lang; neutral: string } {
	const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	if (m && isLang(m[1]!) && m[1] !== DEFAULT_LANG) return { lang: m[1], neutral: m[2] ?? '/' };
	return { lang: DEFAULT_LANG, neutral: path };
}

/** One alternate version of a page, for `<link rel="alternate" hreflang>` and the sitemap. */
export interface Alternate {
	/** A language code, or "x-default" (the English page, for readers of any other language). */
	hreflang: Lang | 'x-default';
	path: string;
}

/**
 * The language versions of every page, by the page's path in the default language
 * ("/design/" → { en: "/design/", ja: "/ja/design/" }): computed once per list of page ids, since
 * every page of a build asks for its own alternates.
 */
const versionsByNeutralPath = memoPerArray((pageIds: readonly string[]) => {
	const index = new Map<string, Map<Lang, string>>();
	for (const id of pageIds) {
		const { lang, slug } = splitPageId(id);
		const neutral = localizedPath(slug, DEFAULT_LANG);
		let versions = index.get(neutral);
		if (!versions) index.set(neutral, (versions = new Map()));
		versions.set(lang, localizedPath(slug, lang));
	}
	return index;
});

/**
 * Every language version of the page at `path` among the site's page ids, plus x-default
 * (the English version). A page that exists in one language only has no alternates.
 * e.g. (["index", "design", "ja/design"], "/ja/design/") →
 *   [{ en, "/design/" }, { ja, "/ja/design/" }, { x-default, "/design/" }]
 */
export function alternates(pageIds: readonly string[], path: string): Alternate[] {
	const { neutral } = splitPath(path);
	const versions = versionsByNeutralPath(pageIds).get(neutral) ?? new Map<Lang, string>();
	if (versions.size < 2) return [];
	const out: Alternate[] = LANGS.filter((l) => versions.has(l)).map((l) => ({ hreflang: l, path: versions.get(l)! }));
	const fallback = versions.get(DEFAULT_LANG);
	if (fallback) out.push({ hreflang: 'x-default', path: fallback });
	return out;
}

/**
 * The versions of the page at `path` in the languages other than `lang`, for the language switch.
 * Only versions that exist among `pageIds` are listed; a page in one language only has none.
 */
export function otherVersions(pageIds: readonly string[], path: string, lang: Lang): { lang: Lang; path: string }[] {
	return alternates(pageIds, path).flatMap((a) =>
		a.hreflang !== 'x-default' && a.hreflang !== lang ? [{ lang: a.hreflang, path: a.path }] : [],
	);
}

/** A language from Astro's `currentLocale` or a prop; anything unknown is the default. */
export function toLang(x: string | undefined): Lang {
	return x !== undefined && isLang(x) ? x : DEFAULT_LANG;
}

/**
 * A site-absolute link written in a page of `lang`, pointing to the same language: on a
 * Japanese page "/design/#dosing" → "/ja/design/#dosing". Links already in a language stay.
 */
export function localizeHref(href: string, lang: Lang): string {
	if (lang === DEFAULT_LANG) return href;
	const m = /^([^?#]*)(.*)$/.exec(href)!;
	const path = m[1]!;
	if (splitPath(path).lang !== DEFAULT_LANG) return href;
	return `/${lang}${path === '/' ? '/' : path}${m[2]}`;
}

/** The same page in another language: "/ja/design/" → ("en") "/design/". */
export function switchPath(path: string, to: Lang): string {
	const { neutral } = splitPath(path);
	return to === DEFAULT_LANG ? neutral : `/${to}${neutral}`;
}
