import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-set.ts';
import { loadContent } from '../lib/content/load.ts';
import { CONTENT_DIR } from '../site.ts';

/**
 * The build fails closed: nothing wrong, stale or half-built is ever published.
 *
 * - `contentGate`: before anything is synced or rendered, the whole content folder is read and
 *   checked in one pass (the same code as `npm run check:content`); any problem stops the build
 *   with every problem listed (file, field, what is wrong). The dev server shows them in the
 *   browser's error overlay as soon as a content file is saved.
 * - `atomicOutput`: the site is written to a staging folder beside the output folder and moved into
 *   place only when the whole build (search index and sitemap included) has succeeded; the previous
 *   output is removed when a build starts, so a failed build leaves no output folder at all.
 * - `publicAddress`: without SITE_URL the build writes no absolute address (no localhost anywhere):
 *   it says what it left out.
 */

/** The content check as an integration: fails `astro build`, `astro sync` and `astro check` on bad content. */
export function contentGate(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command === 'preview') return;
				const root = fileURLToPath(config.root);
				const { issues } = loadContent(CONTENT_DIR, root);
				if (issues.length === 0) {
					logger.info('content checked: no problems');
					return;
				}
				// In dev the server starts anyway and shows the problems in the browser (see below).
				if (command === 'dev') {
					logger.error(new ContentError(issues).message);
					return;
				}
				const error = new ContentError(issues);
				// The list is the message; a stack trace into this file would only hide it.
				error.stack = `${error.name}: ${error.message}`;
				throw error;
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = server.config.root;
				const contentPath = join(root, CONTENT_DIR);
				const hot = server.environments?.client?.hot ?? server.ws;
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(contentPath)) return;
					const { issues } = loadContent(CONTENT_DIR, root);
					if (issues.length === 0) return;
					const error = new ContentError(issues);
					logger.error(error.message);
					hot.send({
						type: 'error',
						err: { message: error.message, stack: '', plugin: 'content-check', id: relative(root, path) },
					});
				});
			},
		},
	};
}

/**
 * Builds into a staging folder and publishes it as the output folder only when the whole build
 * succeeded and `required(site)` files exist in it (integrations such as Pagefind log a failure and
 * carry on; this turns that into a failed build). Two integrations: `begin` goes first in the
 * list (it removes the previous output before anything can fail), `publish` last (after every
 * integration that writes output).
 */
export function atomicOutput(required: (site: URL | undefined) => string[] = () => []): {
	begin: AstroIntegration;
	publish: AstroIntegration;
} {
	let finalDir = '';
	let stagingDir = '';
	let published = false;
	let site: URL | undefined;
	const begin: AstroIntegration = {
		name: 'atomic-output',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir);
				stagingDir = join(dirname(finalDir), `.${basename(finalDir)}.partial`);
				site = config.site ? new URL(config.site) : undefined;
				// Remove the previous output first: if this build fails, nothing stale is left to deploy.
				rmSync(finalDir, { recursive: true, force: true });
				rmSync(stagingDir, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
				process.once('exit', (code) => {
					if (published) return;
					rmSync(stagingDir, { recursive: true, force: true });
					const where = relative(fileURLToPath(config.root), finalDir) || finalDir;
					logger.error(
						`The build did not finish (exit code ${code}): no ${where}/ was written, and the previous one was removed, so nothing half-built or stale can be deployed.`,
					);
				});
			},
		},
	};
	const publish: AstroIntegration = {
		name: 'atomic-output',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (!stagingDir) return;
				const missing = required(site).filter((f) => !existsSync(join(stagingDir, f)));
				if (missing.length > 0) {
					throw new Error(`the build finished without ${missing.join(', ')} (see the errors above); nothing was published`);
				}
				renameSync(stagingDir, finalDir);
				published = true;
				logger.info(`the whole build succeeded: published ${basename(finalDir)}/`);
			},
		},
	};
	return { begin, publish };
}

/** Says what a build without SITE_URL leaves out (the pages write no absolute address without it). */
export function publicAddress(): AstroIntegration {
	return {
		name: 'public-address',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build' || config.site) return;
				logger.warn(
					'SITE_URL is not set, so this build knows no public address. Left out: canonical links, og:url, og:image and twitter:image, the sitemap, the Sitemap line of robots.txt, and the URLs in page metadata and the "cite this website" citations. Build a site to deploy with SITE_URL=https://your.host npm run build.',
				);
			},
		},
	};
}
