import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { pngSize } from '../helpers/png.ts';

// Every MDX page of the site (content/pages/*.mdx) is listed once; so is every Japanese one (content/pages/ja/).
const CONTENT_PAGES = readdirSync('content/pages').filter((f) => f.endsWith('.mdx')).length;
const JA_PAGES = readdirSync('content/pages/ja').filter((f) => f.endsWith('.mdx')).length;

// Search results wait for Pagefind's index and WebAssembly: more than the default 5 s on a busy machine.
const SEARCH_WAIT = { timeout: 20_000 };

const DIST = join(process.cwd(), 'dist');

/** Every HTML page of the built site, as its public path ("/design/", "/404.html"). */
function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.html')) out.push(`/${relative(DIST, p)}`.replace(/index\.html$/, ''));
		}
	};
	walk(DIST);
	return out.sort();
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('robots.txt points to the sitemap, and the sitemap lists every page but the search pages and 404', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
	expect(sitemapUrl).toMatch(/^https?:\/\/[^/]+\/sitemap-index\.xml$/);
	expect(robots).toMatch(/^User-agent: \*$/m);

	const index = await request.get(new URL(sitemapUrl!).pathname);
	expect(index.status()).toBe(200);
	const listed: string[] = [];
	for (const file of locs(await index.text())) listed.push(...locs(await (await request.get(file)).text()));
	const expected = builtPages().filter((p) => p !== '/404.html' && p !== '/search/' && p !== '/ja/search/');
	expect(expected).toEqual(expect.arrayContaining(['/', '/design/', '/endpoints/', '/changes/', '/ja/publications/tower-2017/']));
	expect(builtPages()).toContain('/ja/search/');
	expect(listed.sort()).toEqual(expected);
});

test('every built page has a non-empty description of its own (a page that offers a paper to reference managers has none)', async ({
	request,
}) => {
	const seen = new Map<string, string>();
	let paperPages = 0;
	for (const path of builtPages()) {
		const html = await (await request.get(path)).text();
		const matches = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
		// Zotero takes a page's description for the paper's abstract; the summary is not the abstract
		// (tests/e2e/cite.spec.ts checks these pages' metadata).
		if (html.includes('<meta name="citation_title"')) {
			expect(matches, `${path} offers a paper and has a description`).toHaveLength(0);
			paperPages++;
			continue;
		}
		expect(matches, `${path}: one meta description`).toHaveLength(1);
		const text = matches[0]![1]!.trim();
		expect(text.length, `${path}: description is empty`).toBeGreaterThan(30);
		expect(seen.get(text), `${path} repeats the description of ${seen.get(text)}`).toBeUndefined();
		seen.set(text, path);
	}
	expect(seen.size).toBe(builtPages().length - paperPages);
});

test('every page declares a sharing image that exists, is a PNG of the declared size, and is described', async ({ page, request }) => {
	// One test walks every built page (English and Japanese): give it room on a busy machine.
	test.setTimeout(120_000);
	for (const path of builtPages()) {
		await page.goto(path);
		const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).getAttribute('content');
		const image = await meta('og:image');
		expect(image, `${path}: og:image`).toMatch(/^https?:\/\/.+\/og\/[\w-]+\.png$/);
		expect(await meta('twitter:image')).toBe(image);
		expect((await meta('og:image:alt'))?.length ?? 0).toBeGreaterThan(20);
		const res = await request.get(new URL(image!).pathname);
		expect(res.status(), `${path}: ${image}`).toBe(200);
		expect(res.headers()['content-type']).toContain('image/png');
		expect(pngSize(await res.body())).toEqual({
			width: Number(await meta('og:image:width')),
			height: Number(await meta('og:image:height')),
		});
	}
	// Each content page has its own image; the overview's shows the primary result (8/21 = 38.1%).
	await page.goto('/design/');
	expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/og\/design\.png$/);
	await page.goto('/');
	expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain('38.1% (8 of 21');
	const png = readFileSync(join(DIST, 'og/index.png'));
	expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
});

test('the favicon is served from the site itself', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="icon"]').getAttribute('href');
	expect(href).toBe('/favicon.svg');
	const res = await request.get(href!);
	expect(res.status()).toBe(200);
	expect(await res.text()).toContain('<svg');
});

test('an unknown address gets the 404 page, with a search box that works and links to every page', async ({ page }) => {
	const res = await page.goto('/no-such-page/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('list', { name: 'Pages of this site' }).getByRole('link', { name: 'Endpoints and results' })).toHaveAttribute(
		'href',
		'/endpoints/',
	);
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('dosing schedule');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=dosing\+schedule$/);
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', /\/design\/$/, SEARCH_WAIT);
});

test('the 404 page has a Japanese part: its search form goes to /ja/search/ and its links to Japanese pages', async ({ page }) => {
	const res = await page.goto('/no-such-page/');
	expect(res?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const ja = page.locator('section[lang="ja"]');
	await expect(ja.getByRole('heading', { level: 2 })).toHaveText('ページが見つかりません');
	// A Japanese reader need not scroll past the English help: a link at the top leads to the Japanese part.
	const jump = page.locator('main > p[lang="ja"]').first().getByRole('link');
	await jump.click();
	await expect(page).toHaveURL(/#not-found-ja$/);
	await expect(ja.getByRole('heading', { level: 2 })).toBeInViewport();
	const list = ja.getByRole('list', { name: 'このサイトのページ' });
	await expect(list.getByRole('link', { name: '評価項目と結果' })).toHaveAttribute('href', '/ja/endpoints/');
	const hrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBe(JA_PAGES);
	expect(hrefs.every((h) => h?.startsWith('/ja/'))).toBe(true);
	await ja.getByRole('searchbox', { name: 'サイト内を検索' }).fill('ブリナツモマブ');
	await ja.getByRole('button', { name: '検索' }).click();
	await page.waitForURL(/\/ja\/search\/\?q=/);
	expect(new URL(page.url()).searchParams.get('q')).toBe('ブリナツモマブ');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', /^\/ja\//, SEARCH_WAIT);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the 404 page still offers its links and a search form, in English and in Japanese', async ({ page }) => {
		await page.goto('/does/not/exist');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('search')).toHaveCount(2);
		await expect(page.getByRole('search', { name: 'Search the site' })).toHaveAttribute('action', '/search/');
		await expect(page.getByRole('search', { name: 'サイト内を検索' })).toHaveAttribute('action', '/ja/search/');
		await expect(page.getByRole('list', { name: 'Pages of this site' }).getByRole('link')).toHaveCount(CONTENT_PAGES);
		await expect(page.getByRole('list', { name: 'このサイトのページ' }).getByRole('link')).toHaveCount(JA_PAGES);
		// The Japanese form submits without JavaScript to the Japanese search page, which lists the Japanese pages.
		await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill('投与');
		await page.getByRole('button', { name: '検索' }).click();
		await page.waitForURL(/\/ja\/search\/\?q=/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('投与');
		await expect(page.getByRole('list', { name: 'すべてのページ' }).getByRole('link')).toHaveCount(JA_PAGES);
	});
});

test('every page shows when the content was last reviewed, taken from the changelog', async ({ page }) => {
	// content/changes.yaml: the first publication on 2026-11-24 is the newest review entry.
	for (const path of ['/', '/sources/', '/search/']) {
		await page.goto(path);
		const footer = page.getByRole('contentinfo');
		await expect(footer.locator('time[datetime="2026-11-24"]')).toHaveText('24 November 2026');
		await expect(footer.getByRole('link', { name: 'Changes and corrections' })).toHaveAttribute('href', '/changes/');
	}
	await page.goto('/changes/');
	const entry = page.locator('li[id="change-2026-11-24-first-publication"]');
	await expect(entry).toContainText('First publication');
	await expect(entry.getByRole('link', { name: 'Study design' })).toHaveAttribute('href', '/design/');
});
