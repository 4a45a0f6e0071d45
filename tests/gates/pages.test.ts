import { describe, expect, test } from 'vitest';
import { FEATURED, changes, contentPages, publications } from '../helpers/content-files.ts';
import { parseSite, problems, withPage } from './dom.ts';
import * as c from './page-checks.ts';

// The page gates of tests/gates/page-checks.ts on every page of dist/ (so a new page is covered
// without a change here), then each one on a copy of the build with one thing broken, to show
// that it can fail. Expected values come from content/ (titles, the changelog) or are rules that
// hold for any content.

const site = parseSite(process.env.GATES_DIST ?? 'dist');
const pages = contentPages();
const reviewed =
	changes()
		.filter((e) => e.kind === 'publication' || e.kind === 'review')
		.map((e) => e.date)
		.sort()
		.at(-1) ?? '(content/changes.yaml has no publication or review entry)';

const CHECKS: [string, (s: typeof site) => string[]][] = [
	['one <h1> with text, in the HTML', c.checkHeadings],
	['MDX pages are headed by their title', (s) => c.checkContentTitles(s, pages)],
	['<html lang> is the language of the path', c.checkLang],
	['canonical address', (s) => c.checkCanonical(s, FEATURED)],
	['a description of its own', c.checkDescriptions],
	['a sharing image of the declared size, described', c.checkSharingImages],
	['its own sharing image, or the overview’s', (s) => c.checkOwnImages(s, pages)],
	['the favicon', c.checkFavicon],
	['the last-review date from content/changes.yaml', (s) => c.checkLastReviewed(s, reviewed)],
	['the site navigation, marking the current page', c.checkNavigation],
	['every page but 404 exists in both languages', c.checkBothLanguages],
	['hreflang alternates', (s) => c.checkAlternates(s, FEATURED)],
	['the language switch, without JavaScript', c.checkLanguageSwitch],
	['Japanese pages say the English text is authoritative', c.checkTranslationNote],
	['links from Japanese pages to English pages say so', c.checkEnglishLinks],
	['robots.txt and the sitemap', c.checkSitemap],
	['no inline code that the page’s CSP would block', c.checkInlineCode],
	['no resource from another origin', c.checkThirdPartyResources],
];

test(`the walk found the build: every content page and every publication, in both languages (${site.paths.length} pages)`, () => {
	expect(site.paths).toContain(c.NOT_FOUND);
	for (const p of pages) expect(site.paths, p.path).toContain(p.path);
	for (const { id } of publications())
		expect(site.paths).toEqual(expect.arrayContaining([`/publications/${id}/`, `/ja/publications/${id}/`]));
});

describe('every page of the build', () => {
	test.each(CHECKS)('%s', (_, check) => {
		const found = check(site);
		expect(found, problems(found)).toEqual([]);
	});
});

describe('each page gate fails on a build with one thing broken', () => {
	const tower = publications().find((p) => p.id !== FEATURED)!.id;
	const cases: [string, (s: typeof site) => string[], typeof site, RegExp][] = [
		['a second <h1>', c.checkHeadings, withPage(site, '/design/', ($) => void $('main').append('<h1>Again</h1>')), /^\/design\/: 2 <h1>/],
		[
			'a heading that is not the title',
			(s) => c.checkContentTitles(s, pages),
			withPage(site, '/ja/design/', ($) => void $('h1').text('別の見出し')),
			/^\/ja\/design\/: <h1> "別の見出し"/,
		],
		[
			'a Japanese page marked English',
			c.checkLang,
			withPage(site, '/ja/cite/', ($) => void $('html').attr('lang', 'en')),
			/^\/ja\/cite\/: <html lang="en">/,
		],
		[
			'a relative canonical link',
			(s) => c.checkCanonical(s, FEATURED),
			withPage(site, '/sources/', ($) => void $('link[rel=canonical]').attr('href', '/sources/')),
			/^\/sources\/: canonical/,
		],
		[
			'a repeated description',
			c.checkDescriptions,
			withPage(
				site,
				'/ja/sources/',
				($) => void $('meta[name=description]').attr('content', site.doc('/sources/')('meta[name=description]').attr('content') ?? ''),
			),
			/sources\/ repeats the description of/,
		],
		[
			'a missing image file',
			c.checkSharingImages,
			withPage(
				site,
				'/context/',
				($) => void $('meta[property="og:image"], meta[name="twitter:image"]').attr('content', 'http://localhost:4321/og/gone.png'),
			),
			/\/og\/gone\.png is not in the build/,
		],
		[
			'a wrong declared size',
			c.checkSharingImages,
			withPage(site, '/context/', ($) => void $('meta[property="og:image:width"]').attr('content', '600')),
			/declared \{"width":600/,
		],
		[
			'the overview’s image on a content page',
			(s) => c.checkOwnImages(s, pages),
			withPage(site, '/ja/context/', ($) => void $('meta[property="og:image"]').attr('content', 'http://localhost:4321/og/ja.png')),
			/^\/ja\/context\/: \/og\/ja\.png, not its own/,
		],
		[
			'no favicon',
			c.checkFavicon,
			withPage(site, '/cite/', ($) => void $('link[rel=icon]').remove()),
			/^\/cite\/: no link to \/favicon\.svg/,
		],
		[
			'an old review date',
			(s) => c.checkLastReviewed(s, reviewed),
			withPage(site, '/ja/', ($) => void $('footer time').attr('datetime', '2000-01-01')),
			/^\/ja\/: the footer does not give the last review/,
		],
		[
			'the current page not marked',
			c.checkNavigation,
			withPage(site, '/context/', ($) => void $('nav.site-nav a[aria-current]').removeAttr('aria-current')),
			/^\/context\/: aria-current="page" on no link/,
		],
		[
			'a page in one language only',
			c.checkBothLanguages,
			withPage(site, '/ja/classification/', () => null),
			/^\/classification\/ has no \/ja\/classification\//,
		],
		[
			'an alternate to the wrong page',
			(s) => c.checkAlternates(s, FEATURED),
			withPage(site, `/ja/publications/${tower}/`, ($) => void $('link[hreflang=en]').attr('href', 'http://localhost:4321/')),
			new RegExp(`^/ja/publications/${tower}/: alternates`),
		],
		[
			'a switch to the overview',
			c.checkLanguageSwitch,
			withPage(site, '/endpoints/', ($) => void $('nav.lang-switch a').attr('href', '/ja/')),
			/^\/endpoints\/: the language switch leads to \/ja\//,
		],
		[
			'no translation note',
			c.checkTranslationNote,
			withPage(site, '/ja/changes/', ($) => void $('.translation-note').remove()),
			/^\/ja\/changes\/: no note/,
		],
		[
			'an inline script without its hash',
			c.checkInlineCode,
			withPage(site, '/design/', ($) => void $('main').append('<script>document.title = "ran"</script>')),
			/^\/design\/: an inline <script> \("document\.title/,
		],
		[
			'a style attribute',
			c.checkInlineCode,
			withPage(site, '/ja/design/', ($) => void $('main p').first().attr('style', 'color:red')),
			/^\/ja\/design\/: a style="…" attribute on <p>/,
		],
		[
			'an image from another origin',
			c.checkThirdPartyResources,
			withPage(site, '/ja/', ($) => void $('main').append('<img src="https://example.org/pixel.png" alt="">')),
			/^\/ja\/: <img src="https:\/\/example\.org\/pixel\.png"> loads from another origin/,
		],
		[
			'an English link unmarked',
			c.checkEnglishLinks,
			withPage(site, '/ja/design/', ($) => void $('main').append('<a href="/design/">英語</a>')),
			/^\/ja\/design\/: <a href="\/design\/">/,
		],
	];
	test.each(cases)('%s', (_, check, broken, message) => {
		expect(check(broken)).toEqual([expect.stringMatching(message)]);
	});
	test('a page missing from the sitemap', () => {
		// The sitemap is a file, not a page: a page the build gained is one the sitemap does not list.
		const extra = { path: '/extra/', file: 'extra/index.html', html: site.pages[0]!.html };
		const found = c.checkSitemap({ ...site, paths: [...site.paths, extra.path] });
		expect(found).toEqual(['the sitemap does not list /extra/']);
	});
});
