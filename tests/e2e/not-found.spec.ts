import { expect, test } from '@playwright/test';

// The 404 page in a browser: an unknown address gets it with status 404, and its search forms
// lead to search results, in English and in Japanese, with and without JavaScript. That it lists
// every page of each language and that its forms need no script is checked in tests/gates/.

// Search results wait for Pagefind's index and WebAssembly: more than the default 5 s on a busy machine.
const SEARCH_WAIT = { timeout: 20_000 };

test('an unknown address gets the 404 page, whose search box finds a page', async ({ page }) => {
	const res = await page.goto('/no-such-page/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('dosing schedule');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=dosing\+schedule$/);
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', /\/design\/$/, SEARCH_WAIT);
});

test('the Japanese part is reached from the top, and its form searches the Japanese pages', async ({ page }) => {
	const res = await page.goto('/no-such-page/');
	expect(res?.status()).toBe(404);
	const ja = page.locator('section[lang="ja"]');
	await page.locator('main > p[lang="ja"]').first().getByRole('link').click();
	await expect(page).toHaveURL(/#not-found-ja$/);
	await expect(ja.getByRole('heading', { level: 2 })).toBeInViewport();
	await ja.getByRole('searchbox', { name: 'サイト内を検索' }).fill('ブリナツモマブ');
	await ja.getByRole('button', { name: '検索' }).click();
	await page.waitForURL(/\/ja\/search\/\?q=/);
	expect(new URL(page.url()).searchParams.get('q')).toBe('ブリナツモマブ');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', /^\/ja\//, SEARCH_WAIT);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Japanese form submits to the Japanese search page, which lists the Japanese pages', async ({ page }) => {
		await page.goto('/does/not/exist');
		await expect(page.getByRole('search')).toHaveCount(2);
		await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill('投与');
		await page.getByRole('button', { name: '検索' }).click();
		await page.waitForURL(/\/ja\/search\/\?q=/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('投与');
		await expect(page.getByRole('list', { name: 'すべてのページ' }).getByRole('link').first()).toHaveAttribute('href', /^\/ja\//);
	});
});
