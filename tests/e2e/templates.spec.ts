import { expect, test } from '@playwright/test';
import { TEMPLATES, TEMPLATE_PAGES } from './templates.ts';

// One page of each template (tests/e2e/templates.ts) in a real browser, in both languages: it loads,
// its heading and navigation are visible, it is in its language; and without JavaScript it is
// still fully readable. What the HTML of every page says is checked in tests/gates/.

for (const t of TEMPLATES) {
	test(`${t.kind}: ${[t.en, t.ja].filter(Boolean).join(' and ')} render with a visible heading and navigation, in their language`, async ({
		page,
	}) => {
		for (const path of [t.en, t.ja].filter((p): p is string => !!p)) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			const ja = path.startsWith('/ja/');
			await expect(page.locator('html')).toHaveAttribute('lang', ja ? 'ja' : 'en');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('navigation', { name: ja ? 'サイト' : 'Site' })).toBeVisible();
			await expect(page.getByRole('main')).toBeVisible();
		}
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every template page is fully readable: heading, main text, navigation and footer visible', async ({ page }) => {
		for (const path of TEMPLATE_PAGES) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			await expect(page.getByRole('main'), path).toBeVisible();
			await expect(page.getByRole('contentinfo'), path).toBeVisible();
		}
	});
});
