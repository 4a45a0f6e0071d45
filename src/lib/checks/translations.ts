import type { z } from 'zod';
import { OTHER_LANGS } from '../../i18n/index.ts';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { TRANSLATED_KEYS } from '../../schemas/translations.ts';
import { COLLECTION_NAMES, plainReference } from '../../schemas/shared.ts';
import { type ContentIssue, type ContentSet, type Entry, fileOf } from '../content-set.ts';

/**
 * Every text the other languages' pages need, found in one pass. The schemas say which fields of
 * which objects are translated (a `translations({ … })` block beside them, src/schemas/translations.ts);
 * this walks each entry alongside its schema, and wherever an object has an English text with a
 * translation block for it, every other language must give that text too (a list as many items).
 * Nothing is listed by hand: a new translatable field, or a new language, is checked as it is added.
 */

type Def = {
	type?: string;
	shape?: Record<string, unknown>;
	innerType?: unknown;
	element?: unknown;
	in?: unknown;
	out?: unknown;
	options?: unknown[];
	discriminator?: string;
	valueType?: unknown;
};
const defOf = (s: unknown): Def => ((s as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;

/** The object schema under wrappers (optional, default, nullable, pipes of preprocess/transform). */
function unwrap(schema: unknown): unknown {
	let cur = schema;
	for (let guard = 0; guard < 20; guard++) {
		const d = defOf(cur);
		if (d.innerType) cur = d.innerType;
		else if (d.type === 'pipe') cur = defOf(d.in).type === 'transform' ? d.out : d.in;
		else break;
	}
	return cur;
}

/** "Japanese" for ja: messages are for editors, in English. */
const languageInEnglish = (lang: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

const hasText = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);

/** Calls `visit` for every object of `data` whose schema has translation blocks, with its field path. */
function walk(
	schema: unknown,
	data: unknown,
	path: string,
	visit: (obj: Record<string, unknown>, keys: string[], path: string) => void,
): void {
	const s = unwrap(schema);
	const d = defOf(s);
	if (d.type === 'array' && Array.isArray(data)) {
		data.forEach((item, i) => walk(d.element, item, `${path}[${i}]`, visit));
		return;
	}
	if (d.type === 'record' && d.valueType && data && typeof data === 'object') {
		// A key with dots in it ("dates.online", in a provenance map) is quoted: provenance["dates.online"].
		for (const [key, value] of Object.entries(data))
			walk(d.valueType, value, key.includes('.') ? `${path}["${key}"]` : path ? `${path}.${key}` : key, visit);
		return;
	}
	if (d.type === 'union' && d.options && data && typeof data === 'object') {
		// The option whose fields the data has (a discriminated union picks by its key).
		const keys = Object.keys(data);
		const option = d.options.find((o) => {
			const shape = defOf(unwrap(o)).shape;
			if (!shape) return false;
			if (d.discriminator)
				return (defOf(shape[d.discriminator]) as { values?: unknown[] }).values?.includes(
					(data as Record<string, unknown>)[d.discriminator],
				);
			return keys.every((k) => k in shape);
		});
		if (option) walk(option, data, path, visit);
		return;
	}
	if (d.type !== 'object' || !d.shape || !data || typeof data !== 'object' || Array.isArray(data)) return;
	const obj = data as Record<string, unknown>;
	const block = OTHER_LANGS.map((l) => d.shape![l]).find(Boolean);
	if (block) {
		const inner = unwrap(block) as object;
		visit(obj, TRANSLATED_KEYS.get(inner) ?? Object.keys(defOf(inner).shape ?? {}), path);
	}
	for (const [key, child] of Object.entries(d.shape)) {
		if ((OTHER_LANGS as readonly string[]).includes(key)) continue;
		if (key in obj) walk(child, obj[key], path ? `${path}.${key}` : key, visit);
	}
}

/** Every translation an entry lacks, as (field, message). */
export function missingTranslations(schema: z.ZodType, data: unknown): { field: string; message: string }[] {
	const out: { field: string; message: string }[] = [];
	walk(schema, data, '', (obj, keys, path) => {
		for (const lang of OTHER_LANGS) {
			const block = (obj[lang] ?? {}) as Record<string, unknown>;
			// A translation of a text the entry does not have is a leftover, or the English is missing.
			for (const key of Object.keys(block)) {
				if (hasText(block[key]) && key in obj === false && keys.includes(key)) {
					out.push({
						field: `${path ? `${path}.` : ''}${lang}.${key}`,
						message: `is given, but there is no ${key} in English to translate`,
					});
				}
			}
			for (const key of keys) {
				if (!hasText(obj[key])) continue;
				const field = `${path ? `${path}.` : ''}${lang}.${key}`;
				const english = obj[key];
				if (!hasText(block[key])) {
					const shown =
						typeof english === 'string'
							? `"${english.length > 60 ? `${english.slice(0, 60)}…` : english}"`
							: `the ${(english as unknown[]).length} items of ${key}`;
					out.push({ field, message: `is missing: the ${languageInEnglish(lang)} pages show this text; translate ${shown}` });
				} else if (Array.isArray(english) && (block[key] as unknown[]).length !== english.length) {
					out.push({
						field,
						message: `has ${(block[key] as unknown[]).length} items, but ${key} has ${english.length}: translate them one for one`,
					});
				}
			}
		}
	});
	return out;
}

/** Every missing translation in the content, file and field named. */
export function checkTranslations(set: ContentSet): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const name of COLLECTION_NAMES) {
		const schema = COLLECTIONS[name].schema(plainReference) as z.ZodType;
		for (const entry of set[name] as Entry<unknown>[]) {
			const inList = COLLECTIONS[name].source.loader === 'file';
			for (const { field, message } of missingTranslations(schema, entry.data)) {
				issues.push({ file: fileOf(name, entry), field, message: inList ? `${message} (entry "${entry.id}")` : message });
			}
		}
	}
	return issues;
}
