import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Loader, glob } from 'astro/loaders';
import { COLLECTIONS } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { ContentError } from '../lib/content-set.ts';
import { readCollectionFiles } from '../lib/content/files.ts';
import { CONTENT_DIR } from '../site.ts';

/**
 * The content loader of every collection: the files are read by the project's one strict YAML
 * reader (src/lib/content/), exactly as `npm run check:content` and the tests read them. A file that
 * cannot be read fails the sync: the store is never left holding the previous build's data (Astro's
 * own file loader logs the error and keeps the old entries, so a warm cache published stale data).
 *
 * YAML collections are stored from the strict reader's output. MDX pages still go through Astro's
 * glob loader, which hands them to the MDX integration for rendering, but only after the strict
 * reader has checked every file of the folder (names, extensions, empty files, frontmatter).
 */
export function strictLoader(name: CollectionName): Loader {
	const source = COLLECTIONS[name].source;
	const read = (root: URL) => {
		const rootPath = fileURLToPath(root);
		const result = readCollectionFiles(resolve(rootPath, CONTENT_DIR), source, rootPath);
		if (result.issues.length > 0) throw new ContentError(result.issues);
		return result.entries;
	};
	const watchedPath = (root: URL) => resolve(fileURLToPath(root), CONTENT_DIR, source.loader === 'file' ? source.path : source.base);

	if (source.loader === 'folder' && source.ext === '.mdx') {
		const inner = glob({ base: `${CONTENT_DIR}/${source.base}`, pattern: source.depth > 0 ? '**/*.mdx' : '*.mdx' });
		return {
			name: 'strict-mdx-loader',
			load: async (context) => {
				read(context.config.root);
				await inner.load(context);
			},
		};
	}

	return {
		name: 'strict-yaml-loader',
		load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
			const sync = async () => {
				const entries = read(config.root);
				const fresh = [];
				for (const e of entries) {
					const data = await parseData({ id: e.id, data: e.data as Record<string, unknown>, filePath: e.file });
					fresh.push({ id: e.id, data, filePath: e.file, digest: generateDigest(JSON.stringify(e.data)) });
				}
				// Replace everything at once, only after every entry was read and parsed.
				store.clear();
				for (const entry of fresh) store.set(entry);
			};
			await sync();
			if (!watcher) return;
			const watched = watchedPath(config.root);
			watcher.add(watched);
			const onChange = async (changed: string) => {
				if (changed !== watched && !changed.startsWith(watched + sep)) return;
				try {
					await sync();
				} catch (e) {
					// The dev server keeps running; pages re-check the content and show the errors in the browser.
					logger.error((e as Error).message);
				}
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', onChange);
		},
	};
}
