import { load } from 'cheerio';
import { type BuiltPage, type Finding, tagOf } from './site.ts';

/** Attributes that point at other URLs, by selector. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['script[src]', 'src'],
	['source[src]', 'src'],
	['iframe[src]', 'src'],
	['form[action]', 'action'],
	['meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content'],
];

/** Every id (and `<a name>`) a page defines: the fragments it can be linked to. */
export function anchorsOf(html: string): Set<string> {
	const $ = load(html);
	const ids = new Set<string>();
	$('[id]').each((_, el) => void ids.add($(el).attr('id') ?? ''));
	$('a[name]').each((_, el) => void ids.add($(el).attr('name') ?? ''));
	return ids;
}

/** Every URL a page refers to, with where it was found. */
export function urlsOf(html: string): { url: string; where: string }[] {
	const $ = load(html);
	const out: { url: string; where: string }[] = [];
	for (const [selector, attribute] of URL_ATTRIBUTES) {
		$(selector).each((_, el) => {
			const url = $(el).attr(attribute);
			if (url !== undefined) out.push({ url, where: `<${tagOf(el)} ${attribute}>` });
		});
	}
	return out;
}

/**
 * Maps a public path to the file that serves it, the way static hosts do: "/a/" → "/a/index.html",
 * "/a" → "/a" or "/a/index.html". Returns undefined when nothing serves it.
 */
export function fileFor(path: string, files: Set<string>): string | undefined {
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
	return candidates.find((c) => files.has(c));
}

/**
 * Checks that every internal URL on every page resolves to a file of the site and that every
 * `#fragment` names an id on the target page. `origins` are the origins that count as this site
 * (the SITE_URL the pages were built with); links to other sites are not followed.
 */
export function checkLinks(pages: BuiltPage[], files: Set<string>, origins: string[] = []): Finding[] {
	const findings: Finding[] = [];
	const LOCAL = 'http://site.invalid';
	const internal = new Set([LOCAL, ...origins.map((o) => new URL(o).origin)]);
	const anchorCache = new Map<string, Set<string>>();
	const byFile = new Map(pages.map((p) => [fileFor(p.path, files) ?? p.path, p]));
	const anchors = (file: string) => {
		if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(byFile.get(file)?.html ?? ''));
		return anchorCache.get(file)!;
	};
	for (const page of pages) {
		for (const { url, where } of urlsOf(page.html)) {
			if (/^(mailto|tel|data|javascript):/i.test(url)) {
				if (/^javascript:/i.test(url)) findings.push({ page: page.path, message: `${where} "${url}": javascript: URLs are not allowed` });
				continue;
			}
			let target: URL;
			try {
				target = new URL(url, LOCAL + page.path);
			} catch {
				findings.push({ page: page.path, message: `${where} "${url}" is not a valid URL` });
				continue;
			}
			if (!internal.has(target.origin)) continue;
			const path = decodeURI(target.pathname);
			const file = fileFor(path, files);
			if (!file) {
				findings.push({ page: page.path, message: `${where} "${url}" points to ${path}, which the build does not contain` });
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && fragment !== 'top' && file.endsWith('.html') && !anchors(file).has(fragment)) {
				findings.push({ page: page.path, message: `${where} "${url}": ${path} has no element with id "${fragment}"` });
			}
		}
	}
	return findings;
}
