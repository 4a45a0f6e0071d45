import { type CheerioAPI, load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { type BuiltPage, readBuiltSite } from './site.ts';

// The built site as parsed documents, for gates that read pages the way a reader without
// JavaScript gets them: the HTML as served. `withPage` makes a copy with one page edited, so that
// each gate can be shown failing on the real build with one thing broken.

export interface ParsedSite {
	/** The output folder, for files other than pages (images, sitemap). */
	dir: string;
	pages: BuiltPage[];
	/** Every page's public path ("/", "/ja/design/", "/404.html"). */
	paths: string[];
	has: (path: string) => boolean;
	/** The parsed page at a public path; throws when the build has none. */
	doc: (path: string) => CheerioAPI;
}

export function siteOf(dir: string, pages: BuiltPage[]): ParsedSite {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const cache = new Map<string, CheerioAPI>();
	return {
		dir,
		pages,
		paths: pages.map((p) => p.path),
		has: (path) => byPath.has(path),
		doc: (path) => {
			const page = byPath.get(path);
			if (!page) throw new Error(`the build has no page ${path}`);
			if (!cache.has(path)) cache.set(path, load(page.html));
			return cache.get(path)!;
		},
	};
}

export const parseSite = (dir = 'dist'): ParsedSite => siteOf(dir, readBuiltSite(dir).pages);

/** A copy of the site with one page edited (or removed, when `edit` returns null). */
export function withPage(site: ParsedSite, path: string, edit: ($: CheerioAPI) => void | null): ParsedSite {
	if (!site.has(path)) throw new Error(`withPage: the build has no page ${path}`);
	const pages = site.pages.flatMap((p) => {
		if (p.path !== path) return [p];
		const $ = load(p.html);
		return edit($) === null ? [] : [{ ...p, html: $.html() }];
	});
	return siteOf(site.dir, pages);
}

/**
 * The text of an element's own text nodes, without what its child elements say (notes, hidden labels),
 * except the runs it keeps on one line (`<span class="nw">`, src/components/tables/Keep.astro), which
 * are its own text too.
 */
export function ownText($: CheerioAPI, el: AnyNode | undefined): string {
	if (!el) return '';
	return $(el)
		.contents()
		.filter((_, n) => n.type === 'text' || (n.type === 'tag' && $(n).is('span.nw')))
		.text();
}

/** The path of an absolute URL ("http://localhost:4321/ja/" → "/ja/"), or of a site-relative href. */
export const pathOf = (href: string | undefined): string => (href ? new URL(href, 'http://site.invalid').pathname : '');

/** The same page in the other language: "/design/" ↔ "/ja/design/", "/" ↔ "/ja/". */
export const counterpart = (path: string): string => (path.startsWith('/ja/') ? path.slice(3) || '/' : `/ja${path}`);

export const langOfPath = (path: string): 'en' | 'ja' => (path.startsWith('/ja/') ? 'ja' : 'en');

/** Formats problems one per line for an assertion message. */
export const problems = (list: string[]): string => `\n  ${list.join('\n  ')}`;
