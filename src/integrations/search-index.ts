// The full-text index (Pagefind), written after the build. astro-pagefind indexes the built files
// as they are; this reads each page through indexableHtml (src/lib/search-text.ts), so that the
// index separates what the page shows apart (figure parts, table cells) without a byte of the
// served HTML changing. astro-pagefind stays for the dev server, which serves the last build's index.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { indexableHtml } from '../lib/search-text.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const e of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await htmlFiles(p)));
		else if (e.name.endsWith('.html')) out.push(p);
	}
	return out.sort();
}

/** Pagefind's index of the built pages, read as indexableHtml gives them; a failure fails the build. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex();
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let pages = 0;
				for (const file of await htmlFiles(outDir)) {
					const sourcePath = relative(outDir, file).split(sep).join('/');
					const added = await index.addHTMLFile({ sourcePath, content: indexableHtml(await readFile(file, 'utf8')) });
					if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
					if (added.file) pages++;
				}
				const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await close();
				logger.info(`indexed ${pages} pages into ${written.outputPath}`);
			},
		},
	};
}

/** astro-pagefind without its own indexing (its dev-server route to the index is kept). */
export function devOnly(integration: AstroIntegration): AstroIntegration {
	const { 'astro:build:done': _, ...hooks } = integration.hooks;
	return { ...integration, hooks };
}
