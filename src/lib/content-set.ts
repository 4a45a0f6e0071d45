import type { Asjc } from '../schemas/asjc.ts';
import type { Change } from '../schemas/change.ts';
import type { Endpoint } from '../schemas/endpoint.ts';
import type { Journal } from '../schemas/journal.ts';
import type { Outcome } from '../schemas/outcome.ts';
import type { PageMeta } from '../schemas/page.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Regimen } from '../schemas/regimen.ts';
import type { Registration } from '../schemas/registration.ts';
import type { CollectionName, Ref } from '../schemas/shared.ts';
import type { Source } from '../schemas/source.ts';
import type { Trial } from '../schemas/trial.ts';
import { memoPerArray } from './memo.ts';

/** One parsed entry of a collection, as Astro's `getCollection` gives it. */
export interface Entry<T> {
	id: string;
	data: T;
	/** Path of the file it came from, relative to the project root. */
	filePath?: string | undefined;
}

/** Every collection's parsed entries: the whole content of the site, free of Astro. */
export interface ContentSet {
	sources: Entry<Source>[];
	asjc: Entry<Asjc>[];
	journals: Entry<Journal>[];
	trials: Entry<Trial>[];
	regimens: Entry<Regimen>[];
	outcomes: Entry<Outcome>[];
	publications: Entry<Publication>[];
	endpoints: Entry<Endpoint>[];
	pages: Entry<PageMeta>[];
	changes: Entry<Change>[];
	registrations: Entry<Registration>[];
}

/** A problem in the content, located by file and field (and line, when it can be found). */
export interface ContentIssue {
	file: string;
	field: string;
	message: string;
	/** 1-based line of the field in the file, when known. */
	line?: number | undefined;
}

/** "content/x.yaml:11: measure.printed.percent: is 40% …" (the line only when known). */
const formatIssue = (i: ContentIssue): string => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.field}: ${i.message}`;

/**
 * Thrown when content is inconsistent; its message lists every issue, one per line. `loc` points at
 * the first issue's file (and line, when known), which Astro's dev overlay shows as the code frame.
 */
export class ContentError extends Error {
	readonly loc: { file: string; line: number; column: number };
	constructor(readonly issues: ContentIssue[]) {
		super(
			`Content check failed (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
		);
		this.name = 'ContentError';
		const first = issues[0];
		const line = first && /line (\d+)/.exec(first.field);
		this.loc = { file: first?.file ?? '', line: first?.line ?? (line ? Number(line[1]) : 1), column: 1 };
	}
}

/** The file an entry came from, for messages; falls back to collection/id. */
export function fileOf(collection: CollectionName, entry: Entry<unknown>): string {
	return entry.filePath ?? `${collection}/${entry.id}`;
}

/**
 * A collection's entries by id (the first entry with an id wins, as with `find`): an index built
 * once per collection array, so that resolving every reference of a large content set does not
 * scan the collection each time.
 */
const entriesById = memoPerArray((entries: readonly Entry<unknown>[]) => {
	const byId = new Map<string, Entry<unknown>>();
	for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
	return byId;
});

/**
 * Looks up a referenced entry and throws, naming the referring file and field, when it does not
 * exist. Astro only logs dangling references; every lookup goes through here instead.
 */
export function resolve<C extends CollectionName>(
	set: ContentSet,
	ref: Ref<C>,
	from: { file: string; field: string },
): ContentSet[C][number] {
	const found = entriesById(set[ref.collection] as Entry<unknown>[]).get(ref.id);
	if (!found) {
		throw new ContentError([{ ...from, message: `refers to ${ref.collection} "${ref.id}", which does not exist` }]);
	}
	return found as ContentSet[C][number];
}

/** Finds an entry by id, throwing a clear error when it is missing. */
export function byId<C extends CollectionName>(set: ContentSet, collection: C, id: string): ContentSet[C][number] {
	return resolve(set, { collection, id } as Ref<C>, { file: `(site code)`, field: `${collection} id` });
}
