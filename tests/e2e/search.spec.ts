import { readdirSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';

// Every MDX page of the site (content/pages/*.mdx) is listed once.
const CONTENT_PAGES = readdirSync('content/pages').filter((f) => f.endsWith('.mdx')).length;

// Search results wait for Pagefind's index and WebAssembly: more than the default 5 s on a busy machine.
const SEARCH_WAIT = { timeout: 20_000 };

/** Every request the page makes from now on. */
function record(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r: Request) => urls.push(new URL(r.url()).pathname));
	return urls;
}

// Pagefind's files: its index and runtime (/pagefind/…) and its UI chunk and stylesheet (/_astro/pagefind-…).
const isPagefind = (path: string) => /\/pagefind[/-]/.test(path);

test('a page that is only read fetches nothing of search', async ({ page }) => {
	const requests = record(page);
	for (const path of ['/', '/endpoints/', '/design/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(requests.length).toBeGreaterThan(3);
	expect(requests.filter(isPagefind)).toEqual([]);
});

test('opening search from the header loads Pagefind and finds an English query', async ({ page }) => {
	const requests = record(page);
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/endpoints/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter(isPagefind)).toEqual([]);

	await page.getByRole('link', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible(SEARCH_WAIT);
	const box = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
	await expect(box).toBeFocused();
	await box.fill('dosing schedule');
	const first = dialog.locator('a[href]').first();
	await expect(first).toHaveAttribute('href', /\/design\/$/, SEARCH_WAIT);
	expect(requests).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
	expect(requests.some((r) => /^\/_astro\/pagefind-ui\.[\w-]+\.js$/.test(r))).toBe(true);
	// Under the site's Content-Security-Policy (WebAssembly allowed, nothing inline).
	expect(errors).toEqual([]);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('link', { name: 'Search' })).toBeFocused();
});

test('search opens from the keyboard and a result is reached without the mouse', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible(SEARCH_WAIT);
	// Typed at once, while the search code is still loading: no keystroke may be lost.
	await page.keyboard.type('ASJC');
	await expect(dialog.locator('input')).toHaveValue('ASJC');
	await expect(dialog.locator('a[href]').first()).toHaveAttribute('href', /\/classification\/$/, SEARCH_WAIT);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/classification\/(#.*)?$/);

	// The new page's script listens for the shortcut once it has run; on a loaded machine the URL
	// changes well before that, and a key pressed earlier is simply not a shortcut yet.
	await page.waitForLoadState('load');
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog')).toBeVisible(SEARCH_WAIT);
});

test('the search page runs the query in its address (the 404 form sends one)', async ({ page }) => {
	await page.goto('/search/?q=dosing%20schedule');
	const results = page.locator('[data-search-page]');
	await expect(results.locator('a[href]').first()).toHaveAttribute('href', /\/design\/$/, SEARCH_WAIT);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('snippets keep the parts of a figure and the cells of a row apart', async ({ page }) => {
	// Key figures and table rows: a number right after a label or another number is run together
	// when the index drops the boundary between elements ("Phase 1b100.0%").
	await page.goto('/search/?q=phase');
	const excerpts = page.locator('[data-search-page] .pf-result-excerpt');
	await expect(page.locator('[data-search-page] a[href]').first()).toBeVisible(SEARCH_WAIT);
	await expect(excerpts.first()).toBeVisible(SEARCH_WAIT);
	const text = (await page.locator('[data-search-page]').textContent()) ?? '';
	expect(text.length).toBeGreaterThan(100);
	// A letter or a percentage sign directly followed by a digit: "1b100", "%4".
	expect(text).not.toMatch(/Phase 1b\d|Phase 2\d|%\d|[a-z]\d+(\.\d+)?%/);
});

test('citation texts are not in the index: a word of the title of the paper finds no reference boilerplate', async ({ page }) => {
	await page.goto('/search/?q=relapsed');
	await expect(page.locator('[data-search-page] a[href]').first()).toBeVisible(SEARCH_WAIT);
	const text = (await page.locator('[data-search-page]').textContent()) ?? '';
	for (const heading of ['APA (7th edition)', 'Vancouver (NLM)', 'Harvard (Cite Them Right)', 'Copy ']) expect(text).not.toContain(heading);
});

test('a Japanese query on the English search offers the Japanese search with the same words', async ({ page }) => {
	const query = 'ブリナツモマブ';
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const offer = page.locator('[data-search-page] [data-search-other] a');
	await expect(offer).toBeVisible(SEARCH_WAIT);
	await expect(offer).toHaveAttribute('lang', 'ja');
	await expect(offer).toContainText(query);
	await offer.click();
	await expect(page).toHaveURL(/\/ja\/search\/\?q=/);
	await expect(page.locator('[data-search-page] a[href^="/ja/"]').first()).toBeVisible(SEARCH_WAIT);
	// An English query on the English search offers nothing.
	await page.goto('/search/?q=relapsed');
	await expect(page.locator('[data-search-page] a[href]').first()).toBeVisible(SEARCH_WAIT);
	await expect(page.locator('[data-search-page] [data-search-other]')).toBeHidden();
});

test('the search dialog offers the Japanese search too', async ({ page }) => {
	await page.goto('/design/');
	await page.getByRole('link', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible(SEARCH_WAIT);
	await dialog.locator('input').fill('再発');
	const offer = dialog.locator('[data-search-other] a');
	await expect(offer).toBeVisible(SEARCH_WAIT);
	await expect(offer).toHaveAttribute('href', `/ja/search/?q=${encodeURIComponent('再発')}`);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header link leads to a search page that lists every page', async ({ page }) => {
		await page.goto('/design/');
		await page.getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByText('needs JavaScript')).toBeVisible();
		const list = page.getByRole('list', { name: 'All pages' });
		await expect(list.getByRole('link', { name: 'Study design' })).toHaveAttribute('href', '/design/');
		await expect(list.getByRole('link')).toHaveCount(CONTENT_PAGES);
	});
});
