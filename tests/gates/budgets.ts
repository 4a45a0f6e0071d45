import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { BuiltPage, Finding } from './site.ts';

/** Budgets per page, in gzip-compressed bytes. */
export const BUDGETS = {
	/** HTML + CSS + JavaScript a page loads. */
	totalBytes: 20 * 1024,
	/** JavaScript a page loads (on pages that need any). */
	jsBytes: 5 * 1024,
} as const;

/** The overview's own, tighter target (issue 10): the first page a reader opens. */
export const OVERVIEW_TARGET = { path: '/', totalBytes: 12 * 1024, requests: 3 } as const;

/** What a page costs on load. */
export interface PageWeight {
	path: string;
	htmlBytes: number;
	cssBytes: number;
	jsBytes: number;
	totalBytes: number;
	/** Requests on load: the page, its stylesheets, its scripts and the modules they import statically. */
	requests: number;
	/** Files fetched on load besides the page. */
	assets: string[];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Modules a JavaScript module imports statically (fetched on load); dynamic import() is not. */
export function staticImports(js: string): string[] {
	const out: string[] = [];
	const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
	for (const m of js.matchAll(re)) out.push(m[1]!);
	return out;
}

/**
 * Weighs one page: its HTML, the stylesheets and scripts it loads, and the modules those import
 * statically. `read` returns an asset's contents by public path (undefined when missing).
 */
export function weighPage(page: BuiltPage, read: (path: string) => string | undefined): PageWeight {
	const $ = load(page.html);
	const resolve = (url: string, from: string) => new URL(url, `http://site.invalid${from}`).pathname;
	const css = new Set<string>();
	const js = new Set<string>();
	$('link[rel~="stylesheet"][href]').each((_, el) => void css.add(resolve($(el).attr('href')!, page.path)));
	$('script[src]').each((_, el) => void js.add(resolve($(el).attr('src')!, page.path)));
	$('link[rel~="modulepreload"][href]').each((_, el) => void js.add(resolve($(el).attr('href')!, page.path)));
	// Follow static imports: the browser fetches them before the script runs.
	const queue = [...js];
	while (queue.length) {
		const file = queue.pop()!;
		for (const spec of staticImports(read(file) ?? '')) {
			if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
			const dep = resolve(spec, file);
			if (!js.has(dep)) {
				js.add(dep);
				queue.push(dep);
			}
		}
	}
	const sum = (files: Set<string>) => [...files].reduce((acc, f) => acc + gzipSize(read(f) ?? ''), 0);
	const htmlBytes = gzipSize(page.html);
	const cssBytes = sum(css);
	const jsBytes = sum(js);
	return {
		path: page.path,
		htmlBytes,
		cssBytes,
		jsBytes,
		totalBytes: htmlBytes + cssBytes + jsBytes,
		requests: 1 + css.size + js.size,
		assets: [...css, ...js],
	};
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Findings for pages over budget, with the measured figures. */
export function checkBudgets(weights: PageWeight[], budgets: { totalBytes: number; jsBytes: number } = BUDGETS): Finding[] {
	const findings: Finding[] = [];
	for (const w of weights) {
		if (w.totalBytes > budgets.totalBytes) {
			findings.push({
				page: w.path,
				message: `loads ${kb(w.totalBytes)} gzip-compressed (HTML ${kb(w.htmlBytes)}, CSS ${kb(w.cssBytes)}, JS ${kb(w.jsBytes)}); the budget is ${kb(budgets.totalBytes)}`,
			});
		}
		if (w.jsBytes > budgets.jsBytes) {
			findings.push({
				page: w.path,
				message: `loads ${kb(w.jsBytes)} of JavaScript gzip-compressed; the budget is ${kb(budgets.jsBytes)}. Fetch code that only some readers use (search, …) when they open it (dynamic import()), not on load`,
			});
		}
	}
	return findings;
}

/** The overview against its target: at most 12 KB gzip-compressed in at most 3 requests. */
export function checkOverviewTarget(
	weights: PageWeight[],
	target: { path: string; totalBytes: number; requests: number } = OVERVIEW_TARGET,
): Finding[] {
	const w = weights.find((x) => x.path === target.path);
	if (!w) return [{ page: target.path, message: 'the overview was not built' }];
	const findings: Finding[] = [];
	if (w.totalBytes > target.totalBytes)
		findings.push({
			page: w.path,
			message: `the overview loads ${kb(w.totalBytes)} gzip-compressed (HTML ${kb(w.htmlBytes)}, CSS ${kb(w.cssBytes)}, JS ${kb(w.jsBytes)}); its target is ${kb(target.totalBytes)}`,
		});
	if (w.requests > target.requests)
		findings.push({ page: w.path, message: `the overview makes ${w.requests} requests on load; its target is ${target.requests}` });
	return findings;
}

/**
 * Web fonts from other origins: `@import`/`url()` in stylesheets and `<link>`s to font hosts.
 * Any absolute http(s) URL in CSS counts (the site serves everything itself).
 */
export function checkForeignFonts(pages: BuiltPage[], stylesheets: { path: string; css: string }[]): Finding[] {
	const findings: Finding[] = [];
	for (const { path, css } of stylesheets) {
		for (const m of css.matchAll(/(?:@import\s+(?:url\()?|url\()\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) {
			findings.push({
				page: path,
				message: `loads ${m[1]} from another origin (fonts and other resources must be served by the site itself)`,
			});
		}
	}
	for (const page of pages) {
		const $ = load(page.html);
		$('link[href]').each((_, el) => {
			const href = $(el).attr('href')!;
			const rel = $(el).attr('rel') ?? '';
			if (/^(https?:)?\/\//.test(href) && /stylesheet|preload|preconnect|dns-prefetch/.test(rel)) {
				findings.push({
					page: page.path,
					message: `<link rel="${rel}"> to ${href}: pages load nothing from other origins (web fonts included)`,
				});
			}
		});
	}
	return findings;
}
