import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A page of the built site. */
export interface BuiltPage {
	/** Public path including the base: "/", "/design/", "/evidence/endpoints/", "/404.html". */
	path: string;
	/** File inside the output folder, e.g. "design/index.html". */
	file: string;
	html: string;
}

/** Something a gate found wrong, located by page. */
export interface Finding {
	page: string;
	message: string;
}

/** Formats findings one per line for an assertion message. */
export const report = (findings: Finding[]): string => findings.map((f) => `  ${f.page}: ${f.message}`).join('\n');

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const abs = join(d, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else out.push(relative(dir, abs).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** "/evidence/" + "design/index.html" → "/evidence/design/"; "404.html" → "/evidence/404.html". */
export function publicPath(base: string, file: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return b + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The base-less form of a public path: ("/evidence/", "/evidence/design/") → "/design/". */
export function stripBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return path.startsWith(b) ? `/${path.slice(b.length)}` : path;
}

/** A reader of the output folder's files by path inside it ("_astro/x.css" or "/_astro/x.css"); undefined when missing. */
export function fileReader(dir: string): (path: string) => string | undefined {
	return (path) => {
		try {
			return readFileSync(join(dir, path), 'utf8');
		} catch {
			return undefined;
		}
	};
}

/** A built site: every HTML page (walked from the output folder, so new pages are covered) and every file. */
export interface BuiltSite {
	dir: string;
	base: string;
	pages: BuiltPage[];
	/** Public paths of every file in the output ("/evidence/_astro/x.css", "/evidence/design/index.html"). */
	files: Set<string>;
}

export function readBuiltSite(dir: string, base = '/'): BuiltSite {
	const all = listFiles(dir);
	const b = base.endsWith('/') ? base : `${base}/`;
	return {
		dir,
		base: b,
		pages: all
			.filter((f) => f.endsWith('.html'))
			.map((file) => ({ file, path: publicPath(b, file), html: readFileSync(join(dir, file), 'utf8') })),
		files: new Set(all.map((f) => b + f)),
	};
}

/** The tag name of a cheerio node ("a", "p"), or "#text" and the like for other nodes. */
export const tagOf = (node: unknown): string => (node as { tagName?: string }).tagName ?? '#node';

/**
 * The public origin the site was built for (from SITE_URL), read back from the home page's canonical
 * link: links to it count as internal. Empty for a build without a public address.
 */
export function builtOrigins(site: BuiltSite): string[] {
	const home = site.pages.find((p) => p.path === site.base);
	const href = home && /<link rel="canonical" href="([^"]+)"/.exec(home.html)?.[1];
	return href ? [new URL(href).origin] : [];
}
