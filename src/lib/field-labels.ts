import { t } from '../i18n/index.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { type ContentSet, type Entry, fileOf } from './content-set.ts';
import { formatLongDate } from './dates.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './i18n.ts';
import { sourceLabel, translated } from './localize.ts';
import { pageLink } from './nav.ts';

/**
 * Names for readers of what the content stores: a field ("population.parts" → "Study parts and
 * their patients") and a record ("publications", "kiyoi-2020" → "Publication “Horai, Japanese
 * adults”"). Pages never show a field path or a content id; they show these. The words come from
 * the dictionaries (`fieldLabels`, `recordKinds`), and a field or collection without a label throws,
 * so a new field fails the build until it is named.
 */

/** The language block of a path, if any: "design.ja.setting" → { path: "design.setting", lang: "ja" }. */
function splitLanguage(path: string): { path: string; lang: Lang | undefined } {
	const parts = path.split('.');
	const i = parts.findIndex((p) => (LANGS as string[]).includes(p) && p !== DEFAULT_LANG);
	if (i < 0) return { path, lang: undefined };
	return { path: [...parts.slice(0, i), ...parts.slice(i + 1)].join('.'), lang: parts[i] as Lang };
}

/**
 * A stored field as readers call it, in a language. A field inside another language's block says
 * which language. e.g. ("publications", "design.ja.setting", "en") → "Setting (Japanese)";
 * ("changes", "ja.summary", "ja") → "変更の要約（日本語）"
 */
export function fieldLabel(collection: CollectionName, field: string, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const { path, lang: inLang } = splitLanguage(field);
	const label = d.fieldLabels[collection]?.[path];
	if (label === undefined) {
		throw new Error(
			`src/i18n/${lang}.ts: fieldLabels.${collection} has no label for "${path}", which a page names; add one in every language`,
		);
	}
	return inLang ? d.fieldInLanguage(label, new Intl.DisplayNames([lang], { type: 'language' }).of(inLang) ?? inLang) : label;
}

/** What kind of record, as readers call it: "Publication", "Dosing schedule". */
function recordKind(collection: CollectionName, lang: Lang): string {
	const kind = t(lang).recordKinds[collection];
	if (kind === undefined) throw new Error(`src/i18n/${lang}.ts: recordKinds has no word for the collection "${collection}"`);
	return kind;
}

const byId = <T>(entries: Entry<T>[], id: string): Entry<T> | undefined => entries.find((e) => e.id === id);

/** A publication's short title in a language ("Horai, Japanese adults (this paper)"). */
function publicationName(set: ContentSet, id: string, lang: Lang): string | undefined {
	const p = byId(set.publications, id);
	return p && translated(p.data, 'shortTitle', lang, { file: fileOf('publications', p), field: '' });
}

/** The label of a part of a publication: its own (translated), or the dictionary's for "overall" and "not-stated". */
function partName(set: ContentSet, publication: string, part: string, lang: Lang): string {
	const d = t(lang);
	if (part === 'overall') return d.partOverall;
	if (part === 'not-stated') return d.partNotStated;
	const p = byId(set.publications, publication);
	const parts = p?.data.population?.parts ?? [];
	const i = parts.findIndex((x) => x.id === part);
	if (!p || i < 0) throw new Error(`no part "${part}" in publication "${publication}"`);
	return translated(parts[i]!, 'label', lang, { file: fileOf('publications', p), field: `population.parts[${i}]` });
}

/** The name of one record, without its kind: a title, a label, a date; undefined when the record does not exist. */
function recordName(set: ContentSet, collection: CollectionName, id: string, lang: Lang): string | undefined {
	const d = t(lang);
	switch (collection) {
		case 'publications':
			return publicationName(set, id, lang);
		case 'journals': {
			const j = byId(set.journals, id);
			return j && (j.data.title ?? j.data.abbreviation);
		}
		case 'trials': {
			const tr = byId(set.trials, id);
			return tr && `${tr.data.registration.registry} ${tr.data.registration.id}`;
		}
		case 'registrations': {
			const tr = byId(set.trials, id);
			return tr ? `${tr.data.registration.registry} ${tr.data.registration.id}` : undefined;
		}
		case 'regimens': {
			// A schedule is named by the studies that use it (and the part or arm, when parts differ).
			const users = set.publications.flatMap((p) => {
				const r = p.data.regimen;
				if (!r) return [];
				if ('id' in r) return r.id === id ? [publicationName(set, p.id, lang)!] : [];
				return r
					.filter((x) => x.regimen.id === id)
					.map((x) => `${publicationName(set, p.id, lang)!}${d.listSeparator}${partName(set, p.id, x.part, lang)}`);
			});
			return users.length ? users.join(d.listSeparator) : undefined;
		}
		case 'outcomes': {
			const o = byId(set.outcomes, id);
			return o && translated(o.data, 'label', lang, { file: fileOf('outcomes', o), field: '' });
		}
		case 'endpoints': {
			const e = byId(set.endpoints, id);
			if (!e) return undefined;
			const o = byId(set.outcomes, e.data.outcome.id);
			const outcome = o ? translated(o.data, 'label', lang, { file: fileOf('outcomes', o), field: '' }) : '';
			return `${outcome} · ${partName(set, e.data.publication.id, e.data.part, lang)} · ${publicationName(set, e.data.publication.id, lang)}`;
		}
		case 'changes': {
			const c = byId(set.changes, id);
			return c && d.changeOf(formatLongDate(c.data.date, lang));
		}
		case 'sources': {
			const s = byId(set.sources, id);
			return s && sourceLabel(s.data, lang);
		}
		case 'asjc': {
			const a = byId(set.asjc, id);
			return a && `${a.id} ${lang === DEFAULT_LANG ? a.data.label : (a.data.ja?.label ?? a.data.label)}`;
		}
		case 'pages':
			return set.pages.some((p) => p.id === id) ? pageLink(set.pages, id, lang).title : undefined;
	}
}

/**
 * A record as readers call it: its kind and its name. e.g. ("regimens", "blinatumomab-adult", "en")
 * → "Dosing schedule: Horai, Japanese adults (this paper)"; ("changes", "2026-11-24-first-publication",
 * "en") → "Changelog entry: entry of 24 November 2026". Throws for a record that does not exist.
 */
export function recordLabel(set: ContentSet, collection: CollectionName, id: string, lang: Lang = DEFAULT_LANG): string {
	const name = recordName(set, collection, id, lang);
	if (name === undefined) throw new Error(`content/changes.yaml or a page names ${collection} "${id}", which does not exist`);
	return `${recordKind(collection, lang)}${t(lang).labelSeparator}${name}`;
}
