import { z } from 'zod';
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
 *
 * `options.optional` names texts that need no translation unless the English one is a word (a
 * source's label "S1" stays "S1"; "Seed" is translated); `options.extra` adds fields that describe
 * the translation rather than translate a text.
 */
export function translations<S extends z.ZodRawShape, E extends z.ZodRawShape = Record<never, never>>(
	shape: S,
	options: { optional?: readonly (keyof S & string)[]; extra?: E } = {},
): {
	[L in OtherLang]: z.ZodOptional<
		z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> } & { [K in keyof E]: z.ZodOptional<E[K]> }, z.core.$strict>
	>;
} {
	const block = z.strictObject({ ...shape, ...(options.extra ?? {}) }).partial();
	TRANSLATED_KEYS.set(
		block,
		Object.keys(shape).filter((k) => !(options.optional ?? []).includes(k)),
	);
	return Object.fromEntries(OTHER_LANGS.map((lang) => [lang, block.optional()])) as never;
}

/**
 * For each translation block made by `translations()`, the texts every other language must give
 * (the block's fields, less `optional` and `extra`). The content check reads it.
 */
export const TRANSLATED_KEYS = new WeakMap<object, string[]>();
