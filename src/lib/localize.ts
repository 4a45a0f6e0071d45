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

/** Where a provenance entry is written, for the message when a Japanese text is missing. */
export interface ProvenanceWhere {
	file: string;
	/** The provenance's own field, e.g. "source" or "provenance.dates.online". */
	field: string;
}

/**
 * A provenance entry's locator and note in a language: the English ones, or their `ja` versions
 * (a locator may quote the source in English inside the Japanese). A missing translation throws,
 * naming file and field, so a Japanese page cannot show an English locator by accident.
 */
export function provenanceInLang(
	p: { locator: string; note?: string | undefined; ja?: { locator: string; note?: string | undefined } | undefined },
	lang: Lang,
	where: ProvenanceWhere,
): { locator: string; note?: string | undefined } {
	return {
		locator: inLang(lang, p.locator, p.ja?.locator, { file: where.file, field: `${where.field}.ja.locator` }),
		note: p.note === undefined ? undefined : inLang(lang, p.note, p.ja?.note, { file: where.file, field: `${where.field}.ja.note` }),
	};
}

/** A source register entry's short label in a language: its `ja.label` when it has one, else the label ("S1"). */
export function sourceLabel(s: { label: string; ja?: { label?: string | undefined } | undefined }, lang: Lang): string {
	return lang !== DEFAULT_LANG && s.ja?.label !== undefined ? s.ja.label : s.label;
}

/** A source register entry's title and note in a language (see `provenanceInLang`). */
export function sourceInLang(
	s: { id: string; title: string; note?: string | undefined; ja?: { title: string; note?: string | undefined } | undefined },
	lang: Lang,
	file = 'content/sources.yaml',
): { title: string; note?: string | undefined } {
	return {
		title: inLang(lang, s.title, s.ja?.title, { file, field: `${s.id}: ja.title` }),
		note: s.note === undefined ? undefined : inLang(lang, s.note, s.ja?.note, { file, field: `${s.id}: ja.note` }),
	};
}
