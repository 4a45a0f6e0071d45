import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import type { Provenance } from '../schemas/shared.ts';
import { readPath } from '../schemas/shared.ts';
import { type ContentSet, type Entry, fileOf } from './content-set.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { viewProvenance } from './study.ts';
import { provenanceInLang, sourceLabel } from './localize.ts';

/** One row of the field-level provenance table. */
export interface ProvenanceRow {
	field: string;
	value: string;
	sourceLabel: string;
	sourceTitle: string;
	sourceUrl?: string | undefined;
	locator: string;
	status: Provenance['status'];
	note?: string | undefined;
}

const isRef = (v: unknown): v is { id: string; collection: string } =>
	typeof v === 'object' && v !== null && 'id' in v && 'collection' in v;

/** A short display of any stored value, for the provenance table. */
function displayValue(v: unknown): string {
	if (v === undefined || v === null) return '';
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (isRef(v)) return v.id;
	if (Array.isArray(v)) {
		if (v.every((x) => typeof x === 'object' && x !== null && 'family' in x && 'given' in x)) {
			return `${v.length} names, in order: ${v.map((x) => `${x.given} ${x.family}`).join('; ')}`;
		}
		return v.map(displayValue).join('; ');
	}
	if (typeof v === 'object') {
		const o = v as Record<string, unknown>;
		if ('first' in o && Object.keys(o).every((k) => k === 'first' || k === 'last')) {
			return o.last ? `${o.first}–${o.last}` : String(o.first);
		}
		if ('label' in o && typeof o.label === 'string') {
			const n = 'n' in o ? o.n : isRef(o.publication) ? `from ${o.publication.id}, ${String(o.part)}` : '';
			return `${o.label}${n !== '' ? ` (${n})` : ''}`;
		}
		return Object.entries(o)
			.map(([k, x]) => `${k}: ${displayValue(x)}`)
			.join(', ');
	}
	return String(v);
}

/** The provenance rows of one entry whose data has a `provenance` map, locators and notes in a language. */
export function provenanceRows(
	set: ContentSet,
	collection: CollectionName,
	entry: Entry<{ provenance: Record<string, Provenance> }>,
	lang: Lang = DEFAULT_LANG,
): ProvenanceRow[] {
	const file = fileOf(collection, entry);
	return Object.entries(entry.data.provenance).map(([field, p]) => {
		const v = viewProvenance(set, p, { file, field: `provenance.${field}` });
		const texts = provenanceInLang(v, lang, v.where);
		return {
			field,
			value: displayValue(readPath(entry.data, field)),
			sourceLabel: sourceLabel(v.sourceEntry.data, lang),
			sourceTitle: v.sourceEntry.data.title,
			sourceUrl: v.sourceEntry.data.url,
			locator: texts.locator,
			status: v.status,
			note: texts.note,
		};
	});
}

/** Words for a provenance status. */
export function statusLabel(status: Provenance['status'], lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	return { verified: d.statusVerified, seed: d.statusSeed, derived: d.statusDerived, unverified: d.statusUnverified }[status];
}
