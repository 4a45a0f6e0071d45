import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { COLLECTION_NAMES, plainReference } from '../../src/schemas/shared.ts';
import { checkContent } from '../../src/lib/checks/content.ts';
import type { ContentIssue, ContentSet, Entry } from '../../src/lib/content-set.ts';

/** The project root (tests run from it). */
export const ROOT = process.cwd();

/** Formats a zod issue path the way messages name fields: `measure.printed.percent`, `authors[3].family`. */
export function fieldOf(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function frontmatter(text: string): unknown {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return m ? parseYaml(m[1] ?? '') : {};
}

/**
 * Loads a content folder the way Astro's loaders do (glob: one entry per file, id = path without
 * extension; file: a YAML list whose items carry `id`), parses every entry with the same schemas,
 * and runs the cross-entry checks. Returns the content and every issue, file and field named.
 */
export async function loadContent(contentDir: string): Promise<{ set: ContentSet; issues: ContentIssue[] }> {
	const issues: ContentIssue[] = [];
	const set = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as Entry<unknown>[]])) as unknown as ContentSet;
	for (const name of COLLECTION_NAMES) {
		const spec = COLLECTIONS[name];
		const schema = spec.schema(plainReference) as z.ZodType;
		const raw: { id: string; data: unknown; file: string }[] = [];
		if (spec.source.loader === 'glob') {
			const base = join(contentDir, spec.source.base);
			for await (const abs of glob(spec.source.pattern, { cwd: base })) {
				const file = join(base, abs);
				const text = readFileSync(file, 'utf8');
				// Astro's glob loader drops a trailing /index: content/pages/ja/index.mdx is the entry "ja".
				const id = abs
					.replace(/\.(ya?ml|mdx?)$/, '')
					.toLowerCase()
					.replace(/\/index$/, '');
				try {
					raw.push({ id, data: file.endsWith('.mdx') ? frontmatter(text) : parseYaml(text), file });
				} catch (e) {
					issues.push({ file: relative(ROOT, file), field: '(file)', message: `is not valid YAML: ${(e as Error).message}` });
				}
			}
		} else {
			const file = join(contentDir, spec.source.path);
			try {
				const list = parseYaml(readFileSync(file, 'utf8')) as { id: string }[];
				for (const item of list) raw.push({ id: String(item.id), data: item, file });
			} catch (e) {
				issues.push({ file: relative(ROOT, file), field: '(file)', message: `is not valid YAML: ${(e as Error).message}` });
			}
		}
		for (const { id, data, file } of raw.sort((a, b) => a.id.localeCompare(b.id))) {
			const result = schema.safeParse(data);
			const filePath = relative(ROOT, file);
			if (result.success) (set[name] as Entry<unknown>[]).push({ id, data: result.data, filePath });
			else {
				for (const issue of result.error.issues) {
					issues.push({ file: filePath, field: fieldOf(issue.path) || '(entry)', message: `${issue.message} (entry "${id}")` });
				}
			}
		}
	}
	if (issues.length === 0) issues.push(...checkContent(set));
	return { set, issues };
}
