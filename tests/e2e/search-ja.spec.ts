import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';

// Search results wait for Pagefind's index and WebAssembly: more than the default 5 s on a busy machine.
const SEARCH_WAIT = { timeout: 20_000 };

// Japanese segmentation, before the Japanese edition exists: a fixture page made only in this test
// (it is not on the site and states nothing about the study) is indexed with the same Pagefind
// the build uses; the built search page, switched to lang="ja", then searches that index.
// The query sits in the middle of a run of Japanese text with no spaces, so it is found only if
// Pagefind segments Japanese words (a plain prefix match on the run would miss it).
const FIXTURE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>検索試験用の架空ページ</title></head>
<body><main data-pagefind-body><h1>検索試験用の架空ページ</h1>
<p>この架空の文書は日本語の検索を試すためだけにあり、その中ほどにブリナツモマブという語を含みます。</p></main></body></html>`;

let dir: string;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pagefind-ja-'));
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('pagefind.createIndex failed');
	await index.addHTMLFile({ url: '/fixture-ja/', content: FIXTURE });
	const { errors } = await index.writeFiles({ outputPath: dir });
	expect(errors).toEqual([]);
	await pagefind.close();
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('search on a Japanese page finds ブリナツモマブ inside unspaced Japanese text', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => {
		const file = new URL(route.request().url()).pathname.replace(/^\/pagefind\//, '');
		const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
		return route.fulfill({ body: readFileSync(join(dir, file)), contentType: type });
	});
	await page.route('**/search/', async (route) => {
		const res = await route.fetch();
		const body = (await res.text()).replace('<html lang="en"', '<html lang="ja"');
		return route.fulfill({ response: res, body });
	});
	await page.goto('/search/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await page.locator('[data-search-page] input').fill('ブリナツモマブ');
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', '/fixture-ja/', SEARCH_WAIT);
	// A word that is not in the fixture finds nothing (so the match above is not a catch-all).
	await page.locator('[data-search-page] input').fill('イマチニブ');
	await expect(page.locator('[data-search-page] a[href="/fixture-ja/"]')).toHaveCount(0);
});

// --- The site's own Japanese search page, /ja/search/ ------------------------------------------

// Every Japanese MDX page (content/pages/ja/*.mdx) is listed once.
const JA_PAGES = readdirSync('content/pages/ja').filter((f) => f.endsWith('.mdx')).length;

test('/ja/search/?q=ブリナツモマブ finds Japanese pages, with Pagefind in Japanese', async ({ page }) => {
	await page.goto(`/ja/search/?q=${encodeURIComponent('ブリナツモマブ')}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	// Pagefind's own Japanese strings: it read <html lang="ja">, so it also searches the Japanese index.
	await expect(page.getByRole('searchbox', { name: 'このサイトを検索' })).toBeVisible(SEARCH_WAIT);
	const results = page.locator('[data-search-page] a[href]');
	await expect(results.first()).toHaveAttribute('href', /^\/ja\//, SEARCH_WAIT);
	expect((await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) => h?.startsWith('/ja/'))).toBe(true);
});

test('the English search does not return Japanese pages', async ({ page }) => {
	await page.goto('/search/?q=blinatumomab');
	const results = page.locator('[data-search-page] a[href]');
	await expect(results.first()).toHaveAttribute('href', /^\/(?!ja\/)/, SEARCH_WAIT);
	expect((await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).some((h) => h?.startsWith('/ja/'))).toBe(false);
});

test('a query of Latin letters on the Japanese search offers the English search', async ({ page }) => {
	await page.goto('/ja/search/?q=relapse');
	const offer = page.locator('[data-search-page] [data-search-other] a');
	await expect(offer).toBeVisible(SEARCH_WAIT);
	await expect(offer).toHaveAttribute('lang', 'en');
	await expect(offer).toHaveAttribute('href', '/search/?q=relapse');
	await offer.click();
	await expect(page.locator('[data-search-page] a[href^="/"]:not([href^="/ja/"])').first()).toBeVisible(SEARCH_WAIT);
	// A Japanese query on the Japanese search offers nothing.
	await page.goto(`/ja/search/?q=${encodeURIComponent('ブリナツモマブ')}`);
	await expect(page.locator('[data-search-page] a[href^="/ja/"]').first()).toBeVisible(SEARCH_WAIT);
	await expect(page.locator('[data-search-page] [data-search-other]')).toBeHidden();
});

test('the header search on a Japanese page leads to /ja/search/ and searches in Japanese', async ({ page }) => {
	await page.goto('/ja/design/');
	const link = page.getByRole('link', { name: '検索', exact: true });
	await expect(link).toHaveAttribute('href', '/ja/search/');
	await link.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible(SEARCH_WAIT);
	const box = dialog.getByRole('searchbox', { name: 'このサイトを検索' });
	await expect(box).toBeFocused();
	await box.fill('ブリナツモマブ');
	await expect(dialog.locator('a[href]').first()).toHaveAttribute('href', /^\/ja\//, SEARCH_WAIT);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header link on a Japanese page leads to /ja/search/, which lists every Japanese page', async ({ page }) => {
		await page.goto('/ja/design/');
		await page.getByRole('link', { name: '検索', exact: true }).click();
		await expect(page).toHaveURL(/\/ja\/search\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByText('JavaScriptが必要')).toBeVisible();
		const list = page.getByRole('list', { name: 'すべてのページ' });
		await expect(list.getByRole('link', { name: '試験デザイン' })).toHaveAttribute('href', '/ja/design/');
		await expect(list.getByRole('link')).toHaveCount(JA_PAGES);
		const hrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.every((h) => h?.startsWith('/ja/'))).toBe(true);
		// The language switch leads to the English search page.
		await expect(page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/search/');
	});
});
