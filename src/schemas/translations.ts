import { z } from 'astro/zod';
import { OTHER_LANGS, type OtherLang } from '../i18n/index.ts';

/**
 * The texts of an object in the site's other languages, as blocks named after each language beside
 * the English fields they translate, with the same names:
 *
 *     label: Phase 2
 *     ja: { label: 第2相 }
 *
 * `z.strictObject({ label: Text, ...translations({ label: Text }) })`. Every field of a block is
 * optional here; whether a language has every text its pages need is checked for the whole content
 * in one pass (src/lib/checks/translations.ts), so that one run of `npm run check:content` lists
 * every missing translation with its file and field. A new language needs no change here: the blocks
 * follow the list of languages in src/i18n/index.ts.
 */
export function translations<S extends z.ZodRawShape>(
	shape: S,
): { [L in OtherLang]: z.ZodOptional<z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }, z.core.$strict>> } {
	const block = z.strictObject(shape).partial();
	return Object.fromEntries(OTHER_LANGS.map((lang) => [lang, block.optional()])) as never;
}

/** The keys of a schema shape that are translation blocks (one per other language). */
export const TRANSLATION_KEYS: readonly string[] = OTHER_LANGS;
