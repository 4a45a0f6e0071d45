import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** A content text in a language was needed but the content has none. Fails the build. */
export class MissingTranslationError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly lang: Lang,
	) {
		super(
			`${file}: ${field}: the ${lang} edition needs this text, but the content has none. Add it, or remove the ${lang} page that shows it.`,
		);
		this.name = 'MissingTranslationError';
	}
}

/**
 * Chooses a content text for a language: the English text for English, the translation
 * otherwise. A missing translation throws (and so fails the build), naming file and field.
 */
export function inLang(lang: Lang, en: string, translated: string | undefined, where: { file: string; field: string }): string {
	if (lang === DEFAULT_LANG) return en;
	if (translated === undefined || translated.trim() === '') throw new MissingTranslationError(where.file, where.field, lang);
	return translated;
}
