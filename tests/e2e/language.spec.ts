import { expect, test } from '@playwright/test';
import { permanentAnchors } from '../gates/public-urls.ts';
import { PUBLICATION } from './templates.ts';

// The two languages in a browser: the switch carries the reader's place (the anchor) across, with
// JavaScript; without it, it still leads to the same page; Japanese text is drawn by a Japanese
// font. That every page's switch and hreflang links point to the right page, that the numbers
// agree and that Japanese pages are labelled in Japanese is checked on every page in tests/gates/.

const ANCHOR = permanentAnchors('/endpoints/').at(-1) ?? '';

test('the switch round-trips en → ja → en to the same page and permanent anchor', async ({ page }) => {
	await page.goto(`/endpoints/#${ANCHOR}`);
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(new RegExp(`/ja/endpoints/#${ANCHOR}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator(`[id="${ANCHOR}"]`)).toBeInViewport();
	await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/endpoints/#${ANCHOR}$`));
	expect(new URL(page.url()).pathname).toBe('/endpoints/');
	await expect(page.locator(`[id="${ANCHOR}"]`)).toBeInViewport();
});

test('the switch keeps the reader on the same section (a heading anchor)', async ({ page }) => {
	await page.goto('/context/');
	const id = await page.locator('main h2[id]').last().getAttribute('id');
	await page.goto(`/context/#${id}`);
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(new RegExp(`/ja/context/#${id}$`));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	await expect(page.locator(`[id="${id}"]`)).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switch leads between a page and its other-language page (a content page, a publication page)', async ({ page }) => {
		for (const path of ['/design/', `/publications/${PUBLICATION}/`]) {
			await page.goto(path);
			await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
			expect(new URL(page.url()).pathname).toBe(`/ja${path}`);
			await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
			expect(new URL(page.url()).pathname).toBe(path);
		}
	});
});

test('Japanese text renders with a Japanese font (no missing-glyph boxes)', async ({ page }, testInfo) => {
	await page.goto('/ja/');
	// Ask Chromium which platform fonts actually drew the heading's glyphs.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	const cjk = fonts.filter((f) => /CJK|Hiragino|Yu ?Gothic|Meiryo|Noto Sans JP|Noto Serif JP/i.test(f.familyName));
	const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
	const japaneseChars = [...heading].filter((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c)).length;
	expect(japaneseChars).toBeGreaterThan(0);
	expect(cjk.length, `fonts used: ${fonts.map((f) => f.familyName).join(', ')}`).toBeGreaterThan(0);
	expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(japaneseChars);
	await page.screenshot({ path: testInfo.outputPath('ja-overview.png'), fullPage: false });
});
