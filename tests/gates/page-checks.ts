import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentPage } from '../helpers/content-files.ts';
import { pngSize } from '../helpers/png.ts';
import { type ParsedSite, counterpart, langOfPath, pathOf } from './dom.ts';

// What every page of the build says in its HTML: one heading, language, canonical address,
// description, sharing image, alternates and language switch, navigation and footer; and the
// sitemap. Each check takes the parsed build and returns its problems, one line each (empty when
// all is well); tests/gates/pages.test.ts runs them on dist/ and on copies with one thing broken.

export const NOT_FOUND = '/404.html';

/** The canonical page of a path: the featured paper's publication pages repeat the overview. */
export const canonicalOf = (path: string, featured: string): string => {
	if (path === `/publications/${featured}/`) return '/';
	if (path === `/ja/publications/${featured}/`) return '/ja/';
	return path;
};

const readFile = (site: ParsedSite, path: string): Buffer | undefined => {
	try {
		return readFileSync(join(site.dir, path));
	} catch {
		return undefined;
	}
};

/** One <h1> with text, in the HTML itself (not hidden, not in <noscript>): the page reads without JavaScript. */
export function checkHeadings(site: ParsedSite): string[] {
	return site.paths.flatMap((path) => {
		const h1 = site.doc(path)('h1');
		if (h1.length !== 1) return [`${path}: ${h1.length} <h1> elements`];
		if (h1.text().trim() === '') return [`${path}: the <h1> is empty`];
		if (h1.closest('[hidden], noscript, template').length) return [`${path}: the <h1> is hidden`];
		return [];
	});
}

/** Each MDX page's heading is the title in its frontmatter, in its language. */
export function checkContentTitles(site: ParsedSite, pages: ContentPage[]): string[] {
	return pages.flatMap((p) => {
		if (!site.has(p.path)) return [`${p.path} (content/pages, ${p.lang}) was not built`];
		const h1 = site.doc(p.path)('h1').text().trim();
		return h1 === String(p.title).trim() ? [] : [`${p.path}: <h1> "${h1}", but its title is "${p.title}"`];
	});
}

/** <html lang="ja"> under /ja/, "en" elsewhere. */
export function checkLang(site: ParsedSite): string[] {
	return site.paths.flatMap((path) => {
		const lang = site.doc(path)('html').attr('lang');
		return lang === langOfPath(path) ? [] : [`${path}: <html lang="${lang}">, want "${langOfPath(path)}"`];
	});
}

/** An absolute canonical URL: the page itself, or the overview for the featured paper's publication page. */
export function checkCanonical(site: ParsedSite, featured: string): string[] {
	return site.paths
		.filter((p) => p !== NOT_FOUND)
		.flatMap((path) => {
			const href = site.doc(path)('link[rel="canonical"]').attr('href');
			const want = canonicalOf(path, featured);
			return /^https?:\/\//.test(href ?? '') && pathOf(href) === want
				? []
				: [`${path}: canonical ${href}, want an absolute URL of ${want}`];
		});
}

/**
 * One meta description per page, of some length, not another page's; none on a page that offers a
 * paper to reference managers (Zotero takes a description for the paper's abstract, and a summary is
 * not the abstract: tests/e2e/cite.spec.ts checks those pages' metadata).
 */
export function checkDescriptions(site: ParsedSite): string[] {
	const seen = new Map<string, string>();
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		const metas = $('meta[name="description"]');
		const text = (metas.attr('content') ?? '').trim();
		if ($('meta[name="citation_title"]').length > 0) {
			if (metas.length > 0)
				bad.push(`${path}: offers a paper (citation_title) and has a meta description, which Zotero would import as its abstract`);
			continue;
		}
		if (metas.length !== 1) bad.push(`${path}: ${metas.length} meta descriptions`);
		else if (text.length <= 30) bad.push(`${path}: the description "${text}" is empty or too short`);
		else if (seen.has(text)) bad.push(`${path} repeats the description of ${seen.get(text)}`);
		seen.set(text, path);
	}
	return bad;
}

/** og:image (and twitter:image) names a PNG of the build, of the declared size, with alt text. */
export function checkSharingImages(site: ParsedSite): string[] {
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		const meta = (p: string) => $(`meta[property="${p}"], meta[name="${p}"]`).attr('content');
		const image = meta('og:image') ?? '';
		if (!/^https?:\/\/.+\/og\/[\w-]+\.png$/.test(image)) {
			bad.push(`${path}: og:image "${image}" is not an absolute URL of /og/<name>.png`);
			continue;
		}
		if (meta('twitter:image') !== image) bad.push(`${path}: twitter:image is not og:image`);
		if ((meta('og:image:alt') ?? '').length <= 20) bad.push(`${path}: og:image:alt is missing or too short`);
		const png = readFile(site, pathOf(image));
		if (!png) {
			bad.push(`${path}: ${pathOf(image)} is not in the build`);
			continue;
		}
		const size = JSON.stringify(pngSize(png));
		const declared = JSON.stringify({ width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) });
		if (size !== declared) bad.push(`${path}: ${pathOf(image)} is ${size}, declared ${declared}`);
	}
	return bad;
}

/** The image named after a page: "/ja/design/" → /og/ja-design.png, "/" → /og/index.png. */
export const ownImage = (path: string): string => `/og/${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index'}.png`;

/** Content pages show their own image; every other page its own or its language's overview image. */
export function checkOwnImages(site: ParsedSite, pages: ContentPage[]): string[] {
	const overview = (path: string) => (langOfPath(path) === 'ja' ? '/og/ja.png' : '/og/index.png');
	const image = (path: string) => pathOf(site.doc(path)('meta[property="og:image"]').attr('content'));
	return [
		...pages
			.filter((p) => site.has(p.path) && image(p.path) !== ownImage(p.path))
			.map((p) => `${p.path}: ${image(p.path)}, not its own ${ownImage(p.path)}`),
		...site.paths
			.filter((p) => ![ownImage(p), overview(p)].includes(image(p)))
			.map((p) => `${p}: ${image(p)} is neither its own image nor the overview's`),
	];
}

/** Every page links /favicon.svg, which the build contains. */
export function checkFavicon(site: ParsedSite): string[] {
	const bad = site.paths
		.filter((path) => site.doc(path)('link[rel="icon"]').attr('href') !== '/favicon.svg')
		.map((p) => `${p}: no link to /favicon.svg`);
	if (!readFile(site, 'favicon.svg')?.toString().includes('<svg')) bad.push('/favicon.svg is not an SVG in the build');
	return bad;
}

/** The footer gives the last-review date (`reviewed`, YYYY-MM-DD) and links the changes page of the page's language. */
export function checkLastReviewed(site: ParsedSite, reviewed: string): string[] {
	return site.paths.flatMap((path) => {
		const footer = site.doc(path)('footer');
		const changesPage = langOfPath(path) === 'ja' ? '/ja/changes/' : '/changes/';
		const bad: string[] = [];
		if (footer.find(`time[datetime="${reviewed}"]`).length !== 1)
			bad.push(`${path}: the footer does not give the last review, ${reviewed}`);
		if (footer.find(`a[href="${changesPage}"]`).length !== 1) bad.push(`${path}: the footer does not link ${changesPage}`);
		return bad;
	});
}

/** The site navigation links the endpoints page of the page's language and marks the current page (only it). */
export function checkNavigation(site: ParsedSite): string[] {
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		const nav = $('nav.site-nav');
		const endpoints = langOfPath(path) === 'ja' ? '/ja/endpoints/' : '/endpoints/';
		if (nav.find(`a[href="${endpoints}"]`).length !== 1) bad.push(`${path}: the site navigation has no link to ${endpoints}`);
		const current = nav
			.find('a[aria-current="page"]')
			.map((_, a) => $(a).attr('href'))
			.get();
		const expected = nav.find(`a[href="${path}"]`).length ? [path] : [];
		if (current.join() !== expected.join())
			bad.push(`${path}: aria-current="page" on ${current.join(', ') || 'no link'}, want ${expected.join() || 'none'}`);
	}
	return bad;
}

/** The pages that exist in both languages (all but 404). */
export const pairedPaths = (site: ParsedSite): string[] => site.paths.filter((p) => p !== NOT_FOUND && site.has(counterpart(p)));

/** Every page but 404 exists in both languages. */
export function checkBothLanguages(site: ParsedSite): string[] {
	return site.paths.filter((p) => p !== NOT_FOUND && !site.has(counterpart(p))).map((p) => `${p} has no ${counterpart(p)}`);
}

/** hreflang alternates: both languages' canonical pages and x-default (English), absolute; none on a page with no other language. */
export function checkAlternates(site: ParsedSite, featured: string): string[] {
	const bad: string[] = [];
	const paired = pairedPaths(site);
	const alternates = (path: string) => {
		const $ = site.doc(path);
		return Object.fromEntries(
			$('head link[rel="alternate"][hreflang]')
				.map((_, l) => [[$(l).attr('hreflang'), $(l).attr('href')]])
				.get() as [string, string][],
		);
	};
	for (const path of paired) {
		const en = langOfPath(path) === 'en' ? path : counterpart(path);
		const want = { en: canonicalOf(en, featured), ja: canonicalOf(counterpart(en), featured), 'x-default': canonicalOf(en, featured) };
		const got = alternates(path);
		const gotPaths = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, pathOf(v)]));
		if (JSON.stringify(gotPaths) !== JSON.stringify(want))
			bad.push(`${path}: alternates ${JSON.stringify(gotPaths)}, want ${JSON.stringify(want)}`);
		if (!Object.values(got).every((h) => /^https?:\/\//.test(h))) bad.push(`${path}: alternates must be absolute URLs`);
	}
	for (const path of site.paths.filter((p) => !paired.includes(p))) {
		if (Object.keys(alternates(path)).length) bad.push(`${path} has hreflang alternates but no page in the other language`);
	}
	return bad;
}

/** The language switch (a plain link) leads to the same page in the other language, and back. */
export function checkLanguageSwitch(site: ParsedSite): string[] {
	const bad: string[] = [];
	const switchOf = (path: string) => site.doc(path)('nav.lang-switch a[data-lang-switch]');
	for (const path of pairedPaths(site)) {
		const link = switchOf(path);
		if (link.attr('href') !== counterpart(path))
			bad.push(`${path}: the language switch leads to ${link.attr('href')}, want ${counterpart(path)}`);
		else if (link.attr('hreflang') !== langOfPath(counterpart(path)))
			bad.push(`${path}: the switch link's hreflang is not its target's language`);
	}
	return bad;
}

/** Every Japanese page says that the English text is authoritative. */
export function checkTranslationNote(site: ParsedSite): string[] {
	return site.paths
		.filter((p) => langOfPath(p) === 'ja' && !site.doc(p)('.translation-note').text().includes('英語版が正'))
		.map((p) => `${p}: no note that the English text is authoritative (英語版が正)`);
}

/** A link in a Japanese page's main text to an English page says so with hreflang="en". */
export function checkEnglishLinks(site: ParsedSite): string[] {
	const bad: string[] = [];
	for (const path of site.paths.filter((p) => langOfPath(p) === 'ja')) {
		const $ = site.doc(path);
		$('main a[href^="/"]').each((_, a) => {
			const target = pathOf($(a).attr('href'));
			if (site.has(target) && langOfPath(target) === 'en' && $(a).attr('hreflang') !== 'en')
				bad.push(`${path}: <a href="${$(a).attr('href')}"> leads to an English page without hreflang="en"`);
		});
	}
	return bad;
}

/** robots.txt names the sitemap; the sitemap lists every page but the search pages and 404, each once. */
export function checkSitemap(site: ParsedSite): string[] {
	const text = (path: string) => readFile(site, path)?.toString() ?? '';
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	const bad: string[] = [];
	const robots = text('robots.txt');
	if (!/^User-agent: \*$/m.test(robots)) bad.push('robots.txt: no "User-agent: *"');
	if (!/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m.test(robots))
		bad.push('robots.txt: no "Sitemap:" line with the full URL of sitemap-index.xml');
	const listed = locs(text('sitemap-index.xml')).flatMap((file) => locs(text(pathOf(file))).map(pathOf));
	const expected = site.paths.filter((p) => ![NOT_FOUND, '/search/', '/ja/search/'].includes(p));
	for (const p of expected) if (!listed.includes(p)) bad.push(`the sitemap does not list ${p}`);
	for (const p of listed)
		if (!expected.includes(p) || listed.indexOf(p) !== listed.lastIndexOf(p))
			bad.push(`the sitemap lists ${p}, which it should not (or twice)`);
	return bad;
}

/**
 * What the page's own Content-Security-Policy would block, read from the HTML: an inline <script>
 * or <style> whose hash the policy does not list, a style="…" attribute, an inline event handler.
 * (The browser gate checks the same in Chromium on one page of each template.)
 */
export function checkInlineCode(site: ParsedSite): string[] {
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		const policy = $('meta[http-equiv="content-security-policy" i]').attr('content') ?? '';
		const sources = (directive: string) => new RegExp(`(?:^|;)\\s*${directive}\\s+([^;]*)`).exec(policy)?.[1]?.split(/\s+/) ?? [];
		const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		$('script:not([src])').each((_, el) => {
			const type = $(el).attr('type') ?? '';
			if (/json/.test(type)) return; // data, not code: CSP does not apply
			if (!sources('script-src').includes(hash($(el).text())))
				bad.push(`${path}: an inline <script> ("${$(el).text().slice(0, 40)}…") whose hash the page's CSP does not list`);
		});
		$('style').each((_, el) => {
			if (!sources('style-src').includes(hash($(el).text())))
				bad.push(`${path}: an inline <style> whose hash the page's CSP does not list`);
		});
		$('[style]').each(
			(_, el) =>
				void bad.push(`${path}: a style="…" attribute on <${(el as { tagName?: string }).tagName}> (blocked by the CSP; use a class)`),
		);
		$('*').each((_, el) => {
			for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}))
				if (/^on[a-z]+$/.test(name)) bad.push(`${path}: an inline event handler ${name}="…" (blocked by the CSP)`);
		});
	}
	return bad;
}

/** Resources a page loads on arrival (images, scripts, stylesheets, frames, media) come from the site itself. */
export function checkThirdPartyResources(site: ParsedSite): string[] {
	const bad: string[] = [];
	const RESOURCES: [string, string][] = [
		['img[src]', 'src'],
		['img[srcset]', 'srcset'],
		['source[src]', 'src'],
		['source[srcset]', 'srcset'],
		['script[src]', 'src'],
		['iframe[src]', 'src'],
		['video[src]', 'src'],
		['audio[src]', 'src'],
		['video[poster]', 'poster'],
		// Links that fetch: not canonical, alternate or a Dublin Core schema name.
		[
			'link[href]:is([rel~="stylesheet"], [rel~="preload"], [rel~="modulepreload"], [rel~="prefetch"], [rel~="icon"], [rel~="manifest"])',
			'href',
		],
		['object[data]', 'data'],
		['embed[src]', 'src'],
	];
	for (const path of site.paths) {
		const $ = site.doc(path);
		for (const [selector, attr] of RESOURCES) {
			$(selector).each((_, el) => {
				for (const url of ($(el).attr(attr) ?? '').split(/,\s*/).map((s) => s.trim().split(/\s+/)[0] ?? '')) {
					if (/^(https?:)?\/\//i.test(url))
						bad.push(`${path}: <${(el as { tagName?: string }).tagName} ${attr}="${url}"> loads from another origin`);
				}
			});
		}
	}
	return bad;
}
