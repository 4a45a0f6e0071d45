import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CollectionSource } from '../../schemas/collections.ts';
import type { ContentIssue } from '../content-set.ts';
import { parseDocument } from 'yaml';
import { parseFrontmatter, parseYaml } from './yaml.ts';

/** One entry read from a content file, before its schema: id, raw data and where it came from. */
export interface RawEntry {
	id: string;
	data: unknown;
	/** The file, relative to the project root (for messages and Astro's store). */
	file: string;
	/** Position of the entry in a single-file collection's list. */
	index?: number | undefined;
	/** An MDX page's body (what follows the frontmatter) and the file line it starts on. */
	body?: PageBody | undefined;
}

/** The body of an MDX page, after its frontmatter. */
export interface PageBody {
	file: string;
	body: string;
	/** The line of the file (1-based) where the body starts. */
	bodyStart: number;
}

/** File and folder names in content/: lower-case words joined by hyphens (they become ids and anchors). */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files an editor's tools leave behind, which are not content: dotfiles, backups, swap files. */
const IGNORED = (name: string) => name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp');

const posix = (p: string) => p.split(sep).join('/');

/**
 * Reads one collection's files strictly. Every problem is returned, not thrown, so that one pass
 * reports them all:
 * - folder collections: only files with the collection's extension (a `.yml` beside `.yaml` files is
 *   an error, not skipped), lower-case kebab-case names (`OS.yaml` beside `os.yaml` would otherwise
 *   replace it on a case-insensitive disk), no empty file, no deeper folders than the collection has;
 * - single-file collections: a YAML list of entries, each with an `id`, no id twice.
 * Ids follow Astro's: the path inside the folder without its extension (`ja/index` is `ja`).
 */
export function readCollectionFiles(
	contentDir: string,
	source: CollectionSource,
	root: string,
): { entries: RawEntry[]; issues: ContentIssue[]; present: Set<string> | undefined } {
	const entries: RawEntry[] = [];
	const issues: ContentIssue[] = [];
	/**
	 * Ids of every entry whose file exists, readable or not: references to them are not "dangling".
	 * Undefined when a list file cannot be read at all: then no reference to it can be judged.
	 */
	const present = new Set<string>();
	const unknown = undefined;
	const rel = (abs: string) => posix(relative(root, abs));

	if (source.loader === 'file') {
		const abs = join(contentDir, source.path);
		const file = rel(abs);
		if (!existsSync(abs)) return { entries, present: unknown, issues: [{ file, field: '(file)', message: 'is missing: this collection is read from it' }] };
		const text = readFileSync(abs, 'utf8');
		if (text.trim() === '') return { entries, present: unknown, issues: [{ file, field: '(file)', message: 'is empty: it must hold a YAML list of entries' }] };
		const parsed = parseYaml(text, file);
		if (!parsed.ok) return { entries, present: unknown, issues: parsed.issues };
		if (!Array.isArray(parsed.data)) {
			return { entries, present: unknown, issues: [{ file, field: '(file)', message: 'must be a YAML list of entries (each starting with "- id: …")' }] };
		}
		const seen = new Map<string, number>();
		parsed.data.forEach((item, i) => {
			const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
			if (typeof id !== 'string' && typeof id !== 'number') {
				issues.push({ file, field: `[${i}].id`, message: `is missing: entry ${i + 1} of the list has no id` });
				return;
			}
			const key = String(id);
			const lower = key.toLowerCase();
			if (seen.has(lower)) {
				issues.push({
					file,
					field: `[${i}].id`,
					message: `"${key}" is used twice (entries ${seen.get(lower)! + 1} and ${i + 1}): ids must be unique, or the second entry silently replaces the first; rename one`,
				});
				return;
			}
			seen.set(lower, i);
			present.add(key);
			entries.push({ id: key, data: item, file, index: i });
		});
		return { entries, issues, present };
	}

	const base = join(contentDir, source.base);
	if (!existsSync(base)) return { entries, present, issues: [{ file: rel(base), field: '(folder)', message: 'is missing: this collection is read from it' }] };
	const walk = (dir: string, depth: number) => {
		for (const name of readdirSync(dir).sort()) {
			if (IGNORED(name)) continue;
			const abs = join(dir, name);
			const file = rel(abs);
			if (statSync(abs).isDirectory()) {
				if (depth >= source.depth) {
					issues.push({ file, field: '(folder)', message: `is not read: ${source.base}/ has no subfolders at this level; move its files up` });
				} else if (!KEBAB.test(name)) {
					issues.push({ file, field: '(folder name)', message: 'must be lower-case words joined by hyphens (it becomes part of ids and URLs)' });
				} else walk(abs, depth + 1);
				continue;
			}
			if (!name.endsWith(source.ext)) {
				issues.push({
					file,
					field: '(file name)',
					message: `is not read: files in ${source.base}/ must end in ${source.ext}${/\.ya?ml$/.test(name) ? ` (rename it to ${name.replace(/\.ya?ml$/, source.ext)})` : ''}`,
				});
				continue;
			}
			const stem = name.slice(0, -source.ext.length);
			if (!KEBAB.test(stem)) {
				issues.push({
					file,
					field: '(file name)',
					message: `"${stem}" must be lower-case words joined by hyphens, e.g. "${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}" (the name is the entry's permanent id)`,
				});
				continue;
			}
			const id = posix(relative(base, abs))
				.slice(0, -source.ext.length)
				.replace(/\/index$/, '');
			present.add(id);
			const text = readFileSync(abs, 'utf8');
			if (text.trim() === '') {
				issues.push({ file, field: '(file)', message: 'is empty: fill it in or delete it' });
				continue;
			}
			const parsed = source.ext === '.mdx' ? parseFrontmatter(text, file) : { ...parseYaml(text, file), body: undefined, bodyStart: 1 };
			if (!parsed.ok) {
				issues.push(...parsed.issues);
				continue;
			}
			if (source.ext !== '.mdx' && (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
				issues.push({ file, field: '(file)', message: 'must hold one entry: a YAML mapping of fields ("title: …"), not a list or a single value' });
				continue;
			}
			entries.push({ id, data: parsed.data, file, body: parsed.body === undefined ? undefined : { file, body: parsed.body, bodyStart: parsed.bodyStart } });
		}
	};
	walk(base, 0);
	return { entries, issues, present };
}

/** Names, sizes and modification times of every file below a folder: changes when any file changes. */
export function contentFingerprint(dir: string): string {
	const parts: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const abs = join(d, name);
			const st = statSync(abs);
			if (st.isDirectory()) walk(abs);
			else parts.push(`${abs}:${st.size}:${st.mtimeMs}`);
		}
	};
	if (existsSync(dir)) walk(dir);
	return parts.join('\n');
}

/**
 * The line (1-based) of a field in a YAML text, e.g. "measure.printed.percent" or "authors[3].family";
 * `index` selects an entry of a list file. Undefined when the field is not written in the file (a
 * missing field is reported at its entry's line) or the text does not parse.
 */
export function lineOfField(text: string, field: string, index?: number): number | undefined {
	const doc = parseDocument(text, { uniqueKeys: false });
	if (doc.errors.length > 0) return undefined;
	const path: (string | number)[] = index === undefined ? [] : [index];
	path.push(...fieldPath(field));
	// The deepest part of the path that exists: a missing field points at its parent.
	for (let n = path.length; n >= (index === undefined ? 1 : 1); n--) {
		const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
		const pair = n > 0 && typeof path[n - 1] === 'string' ? findKey(doc, path.slice(0, n)) : undefined;
		const offset = pair ?? node?.range?.[0];
		if (offset !== undefined) return text.slice(0, offset).split('\n').length;
	}
	return undefined;
}

/** The offset of the key of a mapping entry, so that a field's line is the line of its key. */
function findKey(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
	const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
	const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined)?.items;
	const pair = items?.find((p) => p.key?.value === path[path.length - 1]);
	return pair?.key?.range?.[0];
}

/**
 * A field as a path of keys: "population.parts[1].label" → ["population", "parts", 1, "label"];
 * a quoted key keeps its dots: 'provenance["dates.online"].note' → ["provenance", "dates.online", "note"].
 */
export function fieldPath(field: string): (string | number)[] {
	const out: (string | number)[] = [];
	for (const m of field.matchAll(/\["([^"]+)"\]|\[(\d+)\]|([^.[\]]+)/g)) {
		if (m[1] !== undefined) out.push(m[1]);
		else if (m[2] !== undefined) out.push(Number(m[2]));
		else out.push(m[3]!);
	}
	return out;
}
