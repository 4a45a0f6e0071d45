import { type Change, REVIEW_KINDS } from '../schemas/change.ts';
import { readPath } from '../schemas/shared.ts';
import { type ContentIssue, type ContentSet, type Entry, fileOf } from './content-set.ts';
import type { Lang } from './i18n.ts';
import { translated } from './localize.ts';
import { fieldLabel, recordLabel } from './field-labels.ts';
import { t } from '../i18n/index.ts';
import { pagePath } from './urls.ts';

/**
 * Entries newest first. The file's order cannot decide between entries of one day (Astro's content
 * store hands them over sorted by id), so within a day the first publication comes last (nothing
 * can change before it) and the others follow their ids.
 * e.g. [2026-11-24-first-publication, 2026-11-24-japanese-pages, 2027-01-05-fix] →
 *      [2027-01-05-fix, 2026-11-24-japanese-pages, 2026-11-24-first-publication]
 */
export function changesNewestFirst(changes: Entry<Change>[]): Entry<Change>[] {
	const first = (c: Entry<Change>) => (c.data.kind === 'publication' ? 1 : 0);
	return [...changes].sort((a, b) => b.data.date.localeCompare(a.data.date) || first(a) - first(b) || a.id.localeCompare(b.id));
}

/** An entry's summary in a language: the English `summary`, or its translation (`ja.summary`). */
export function changeSummary(change: Entry<Change>, lang: Lang): string {
	return translated(change.data, 'summary', lang, { file: fileOf('changes', change), field: '', entry: change.id });
}

/**
 * The records and fields an entry changed, as readers call them, never as paths or ids.
 * e.g. [{ regimens, blinatumomab-adult, [cyclesReceived] }] (en) →
 * "Dosing schedule: Horai, Japanese adults (this paper) — Cycles received."
 */
export function changeRecordsText(set: ContentSet, change: Entry<Change>, lang: Lang): string {
	const d = t(lang);
	return (
		change.data.records
			.map((r) => {
				const record = recordLabel(set, r.collection, r.id, lang);
				const fields = r.fields.map((f) => fieldLabel(r.collection, f, lang));
				return fields.length ? d.changeRecordFields(record, fields) : record;
			})
			.join(d.sentenceEnd + d.sentenceSpace) + d.sentenceEnd
	);
}

/**
 * The date the whole content was last checked against its sources: the newest entry of a
 * reviewing kind (publication, review). Corrections and additions do not move it.
 * e.g. entries [publication 2026-11-24, correction 2027-01-05] → "2026-11-24"
 */
export function lastReviewed(changes: Entry<Change>[]): string {
	const dates = changes.filter((c) => REVIEW_KINDS.includes(c.data.kind)).map((c) => c.data.date);
	if (dates.length === 0) {
		throw new Error(`content/changes.yaml: no entry of kind ${REVIEW_KINDS.join(' or ')}, so there is no "last reviewed" date to show`);
	}
	return dates.reduce((a, b) => (b > a ? b : a));
}

/** The newest change that touched a page (by site path), if any. */
export function lastChanged(changes: Entry<Change>[], path: string): string | undefined {
	return changesNewestFirst(changes).find((c) => c.data.pages.some((p) => pagePath(p.id) === path))?.data.date;
}

/** Changelog entries whose records or fields do not exist. */
export function checkChanges(set: ContentSet, existing?: Map<string, Set<string>>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const change of set.changes) {
		change.data.records.forEach((r, i) => {
			const file = fileOf('changes', change);
			const record = (set[r.collection] as Entry<unknown>[]).find((e) => e.id === r.id);
			// A record whose file exists but failed its schema is reported there, not here.
			if (!record && existing?.get(r.collection)?.has(r.id)) return;
			if (!record) {
				issues.push({ file, field: `records[${i}].id`, message: `${r.collection} "${r.id}" does not exist (entry "${change.id}")` });
				return;
			}
			r.fields.forEach((field, j) => {
				if (readPath(record.data, field) === undefined) {
					issues.push({
						file,
						field: `records[${i}].fields[${j}]`,
						message: `"${field}" is not a field of ${r.collection} "${r.id}" (entry "${change.id}")`,
					});
				}
			});
		});
	}
	return issues;
}
