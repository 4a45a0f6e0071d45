import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** Where a content text is: its file, the path of its object in the file, and the entry of a list file. */
export interface TextPlace {
	file: string;
	/** The path of the object that holds the text ("population.parts[1]"; "" at the top of the entry). */
	field: string;
	/** The entry's id, in a file that holds a list of entries (changes.yaml). */
	entry?: string | undefined;
}

/** A content text in a language was needed but the content has none. Fails the build. */
export class MissingTranslationError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly lang: Lang,
		readonly entry?: string,
	) {
		const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
		super(
			`${file}: ${field}${entry ? ` (entry "${entry}")` : ''}: the ${name} pages need this text, but the content has none (npm run check:content lists every missing text).`,
		);
		this.name = 'MissingTranslationError';
	}
}

/**
 * A content text in a language: the English field itself, or the same field of the language's
 * block beside it (`label` / `ja: { label }`, see src/schemas/translations.ts). The content check
 * reports every missing translation before a page is built; reaching one here is a bug, and it fails
 * the build naming file and field. `where.field` is the path of `obj` in its file ("" at the top).
 * e.g. `translated(outcome, 'label', 'ja', { file, field: '' })` → "2サイクル以内のCR/CRh"
 */
export function translated<T extends object, K extends keyof T & string>(obj: T, key: K, lang: Lang, where: TextPlace): string {
	const english = obj[key];
	if (lang === DEFAULT_LANG) return english as string;
	const block = (obj as Record<string, unknown>)[lang] as Record<string, unknown> | undefined;
	const value = block?.[key];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new MissingTranslationError(where.file, `${where.field ? `${where.field}.` : ''}${lang}.${key}`, lang, where.entry);
	}
	return value;
}

/** A list of content texts in a language (`eligibility` / `ja: { eligibility }`), one for one. */
export function translatedList<T extends object, K extends keyof T & string>(obj: T, key: K, lang: Lang, where: TextPlace): string[] {
	const english = (obj[key] ?? []) as string[];
	if (lang === DEFAULT_LANG) return english;
	const list = ((obj as Record<string, unknown>)[lang] as Record<string, unknown> | undefined)?.[key] as string[] | undefined;
	if (!list || list.length !== english.length) {
		throw new MissingTranslationError(where.file, `${where.field ? `${where.field}.` : ''}${lang}.${key}`, lang, where.entry);
	}
	return list;
}

/** Where a provenance entry is written, for the message when a translation is missing. */
export interface ProvenanceWhere {
	file: string;
	/** The provenance's own field, e.g. "source" or "provenance.dates.online". */
	field: string;
}

/**
 * A provenance entry's locator and note in a language: the English ones, or their translations
 * (`ja: { locator, note }`; a locator may quote the source in English inside the translation).
 */
export function provenanceInLang<P extends { locator: string; note?: string | undefined }>(
	p: P,
	lang: Lang,
	where: ProvenanceWhere,
): { locator: string; note?: string | undefined } {
	return {
		locator: translated(p, 'locator', lang, where),
		note: p.note === undefined ? undefined : translated(p as P & { note: string }, 'note', lang, where),
	};
}

/** A source register entry's short label in a language: its translation when the label is a word ("Seed"), else the label ("S1"). */
export function sourceLabel(s: { label: string } & Partial<Record<Lang, { label?: string | undefined } | undefined>>, lang: Lang): string {
	return (lang === DEFAULT_LANG ? undefined : s[lang]?.label) ?? s.label;
}

/** A source register entry's title and note in a language (see `provenanceInLang`). */
export function sourceInLang<S extends { id: string; title: string; note?: string | undefined }>(
	s: S,
	lang: Lang,
	file = 'content/sources.yaml',
): { title: string; note?: string | undefined } {
	const where = { file, field: '', entry: s.id };
	return {
		title: translated(s, 'title', lang, where),
		note: s.note === undefined ? undefined : translated(s as S & { note: string }, 'note', lang, where),
	};
}
