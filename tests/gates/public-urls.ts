import { readFileSync } from 'node:fs';
import { anchorsOf, fileFor } from './links.ts';
import type { BuiltPage, Finding } from './site.ts';

/** The public URLs (base-less paths) and the anchor ids on each that other sites may link to. */
export type PublicUrls = Record<string, string[]>;

export const PUBLIC_URLS_FILE = 'tests/gates/public-urls.json';

/**
 * Every public URL and its permanent anchors. The file lists each page once; a page URL (ending in
 * "/") exists in every language prefix of `languages` too, with the same anchors: "/endpoints/" with
 * "os" gives "/ja/endpoints/" with "os".
 */
export function readPublicUrls(file = PUBLIC_URLS_FILE): PublicUrls {
	const json = JSON.parse(readFileSync(file, 'utf8')) as { urls: PublicUrls; languages?: string[] };
	const out: PublicUrls = { ...json.urls };
	for (const prefix of json.languages ?? []) {
		for (const [path, ids] of Object.entries(json.urls)) if (path.endsWith('/')) out[prefix + path] = ids;
	}
	return out;
}

/** The permanent anchors of one page (base-less path). */
export const permanentAnchors = (path: string, file = PUBLIC_URLS_FILE): string[] => readPublicUrls(file)[path] ?? [];

/**
 * Every URL and anchor in the manifest must still exist in the build (under its base). A page or
 * id that other sites link to is never removed: keep a redirect page at the old address instead.
 */
export function checkPublicUrls(manifest: PublicUrls, pages: BuiltPage[], files: Set<string>, base = '/'): Finding[] {
	const b = base.endsWith('/') ? base : `${base}/`;
	const findings: Finding[] = [];
	for (const [path, ids] of Object.entries(manifest)) {
		const full = b + path.replace(/^\//, '');
		const file = fileFor(full, files);
		if (!file) {
			findings.push({
				page: full,
				message: `public URL ${path} is gone from the build. Other sites link to it (${PUBLIC_URLS_FILE}): add a redirect page at ${path} to its new address instead of removing it`,
			});
			continue;
		}
		const page = pages.find((p) => fileFor(p.path, files) === file);
		const have = anchorsOf(page?.html ?? '');
		for (const id of ids) {
			if (!have.has(id)) {
				findings.push({
					page: full,
					message: `permanent anchor #${id} is gone from ${path}. Other sites link to ${path}#${id} (${PUBLIC_URLS_FILE}): keep the id, or add an element with id "${id}" that points readers to its new place (a redirect), instead of removing it`,
				});
			}
		}
	}
	return findings;
}
