import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName, plainReference } from '../../schemas/shared.ts';
import { checkContent } from '../checks/content.ts';
import type { ContentIssue, ContentSet, Entry } from '../content-set.ts';
import { checkPages } from './pages-check.ts';
import { type PageBody, type RawEntry, lineOfField, readCollectionFiles } from './files.ts';
import { describeIssue } from './messages.ts';

export { fieldOf } from './messages.ts';

/** Everything read from a content folder: the parsed entries, the raw MDX bodies, and every problem found. */
export interface LoadedContent {
	set: ContentSet;
	/** MDX page bodies by page id, for checks of the components they use. */
	bodies: Map<string, PageBody>;
	issues: ContentIssue[];
}

/**
 * Reads and checks a whole content folder in one pass, the way the build does and with the same
 * code: every file through the one strict YAML reader (src/lib/content/yaml.ts), every entry through
 * its collection's schema, then the checks that span entries and the checks of what MDX pages use
 * (components, endpoint anchors, fact keys, typed numbers). Nothing is thrown: every problem comes
 * back as { file, field, message }, so an editor sees them all at once.
 *
 * An entry that fails its schema still counts as existing for references to it, so that one bad
 * file does not cause a cascade of false "does not exist" reports.
 */
export function loadContent(contentDir: string, root: string = process.cwd()): LoadedContent {
	const issues: ContentIssue[] = [];
	const set = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as Entry<unknown>[]])) as unknown as ContentSet;
	const existing = new Map<CollectionName, Set<string>>();
	const bodies = new Map<string, PageBody>();
	const dir = resolve(root, contentDir);
	/** Position of each entry of a list file, to find a field's line. */
	const rawIndex = new Map<string, number>();

	for (const name of COLLECTION_NAMES) {
		const spec = COLLECTIONS[name];
		const schema = spec.schema(plainReference) as z.ZodType;
		const read = readCollectionFiles(dir, spec.source, root);
		issues.push(...read.issues);
		if (read.present) existing.set(name, read.present);
		for (const raw of read.entries.sort((a, b) => a.id.localeCompare(b.id))) {
			if (raw.index !== undefined) rawIndex.set(`${raw.file}#${raw.id}`, raw.index);
			const parsed = parseEntry(schema, raw, spec.source.loader === 'file');
			if (parsed.ok) (set[name] as Entry<unknown>[]).push({ id: raw.id, data: parsed.data, filePath: raw.file });
			else issues.push(...parsed.issues);
			if (raw.body !== undefined) bodies.set(raw.id, raw.body);
		}
	}
	issues.push(...checkContent(set, existing));
	// The pages' components read the study's views; those need consistent content to be built.
	if (issues.length === 0) issues.push(...checkPages(set, bodies));
	return { set, bodies, issues: withLines(issues, root, rawIndex) };
}

/** One raw entry through its schema: the parsed data, or every issue in an editor's words. `inList`: the entry is one item of a single-file collection. */
function parseEntry(
	schema: z.ZodType,
	raw: RawEntry,
	inList = false,
): { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] } {
	const result = schema.safeParse(raw.data, { reportInput: true });
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		issues: result.error.issues.flatMap((issue) =>
			describeIssue(issue, schema).map(({ field, message }) => ({
				file: raw.file,
				field,
				// Entries of a single-file collection (sources.yaml, changes.yaml …) are named by their id.
				message: inList ? `${message} (entry "${raw.id}")` : message,
			})),
		),
	};
}

/** Adds the line of each issue's field in its YAML file, where it can be found. */
function withLines(issues: ContentIssue[], root: string, rawIndex: Map<string, number>): ContentIssue[] {
	const texts = new Map<string, string | undefined>();
	const textOf = (file: string) => {
		if (!texts.has(file)) {
			const abs = resolve(root, file);
			texts.set(file, file.endsWith('.yaml') && existsSync(abs) ? readFileSync(abs, 'utf8') : undefined);
		}
		return texts.get(file);
	};
	return issues.map((issue) => {
		const yaml = /line (\d+)/.exec(issue.field);
		if (yaml) return { ...issue, line: Number(yaml[1]) };
		const text = textOf(issue.file);
		if (text === undefined || issue.field.startsWith('(')) return issue;
		const entry = /\(entry "([^"]+)"\)$/.exec(issue.message)?.[1];
		const index = entry === undefined ? undefined : rawIndex.get(`${issue.file}#${entry}`);
		const line = lineOfField(text, issue.field.replace(/^\[\d+\]\.?/, ''), index ?? (/^\[(\d+)\]/.exec(issue.field) ? Number(/^\[(\d+)\]/.exec(issue.field)![1]) : undefined));
		return line === undefined ? issue : { ...issue, line };
	});
}
