import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES } from './templates.ts';

// "On this page" (src/layouts/Page.astro, rule in src/lib/page-contents.ts) and print. The contents
// must list the page's own sections, whatever they are: the expected links are read from the page's
// headings, never retyped.

/** The linkable section headings of the page's body, as the contents should list them. */
const sections = (page: Page) =>
	page
		.locator('main .page-body > h2[id], main .page-body :not(.contents) h2[id]')
		.evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: (h.textContent ?? '').replace(/\s+/g, ' ').trim() })));

const links = (page: Page, nav: string) =>
	page
		.locator(`${nav} a`)
		.evaluateAll((as) => as.map((a) => ({ id: (a.getAttribute('href') ?? '').replace(/^#/, ''), text: (a.textContent ?? '').trim() })));

for (const path of ['/context/', '/ja/context/', '/endpoints/', '/ja/cite/']) {
	test(`${path} at 1280 px: the contents sit in the right-hand column, list every section and stay in view`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		const side = page.locator('nav.contents-side');
		await expect(side).toBeVisible();
		await expect(page.locator('details.contents-compact')).toBeHidden();
		const expected = await sections(page);
		expect(expected.length).toBeGreaterThanOrEqual(2);
		expect(await links(page, 'nav.contents-side')).toEqual(expected);
		// Beside the text, not over it, and the text column is as wide as on a 1024 px screen without contents.
		const body = (await page.locator('main .page-body').boundingBox())!;
		const nav = (await side.boundingBox())!;
		expect(nav.x).toBeGreaterThanOrEqual(body.x + body.width);
		expect(body.width).toBeGreaterThanOrEqual(1024 - 40);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
		// Kept in view at the end of the page.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(side).toBeInViewport();
		await side.getByRole('link').last().click();
		await expect(page.locator(`[id="${expected.at(-1)!.id}"]`)).toBeInViewport();
	});
}

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });
		test('at 390 px a closed "On this page" under the title opens and leads to each section', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 800 });
			await page.goto('/ja/context/');
			await expect(page.locator('nav.contents-side')).toBeHidden();
			const compact = page.locator('details.contents-compact');
			await expect(compact).toBeVisible();
			await expect(compact).not.toHaveAttribute('open');
			// The summary is the dictionary's label, in the page's language: the name of the wide screens' navigation.
			const label = (await compact.locator('summary').textContent())!.trim();
			await expect(page.locator('nav.contents-side')).toHaveAttribute('aria-label', label);
			await compact.locator('summary').click();
			const expected = await sections(page);
			expect(await links(page, 'details.contents-compact')).toEqual(expected);
			await compact.getByRole('link').nth(1).click();
			await expect(page.locator(`[id="${expected[1]!.id}"]`)).toBeInViewport();
		});
	});
}

test('a short page has no contents', async ({ page }) => {
	await page.goto('/classification/');
	await expect(page.locator('.contents')).toHaveCount(0);
});

test.describe('print', () => {
	test('navigation, search, the language switch and the contents are left out; the page fits the paper', async ({ page }) => {
		// About the printable width of A4 with Chromium's default margins.
		await page.setViewportSize({ width: 720, height: 1000 });
		for (const t of TEMPLATES) {
			for (const path of [t.en, t.ja].filter((p): p is string => p !== undefined)) {
				await page.goto(path);
				await page.emulateMedia({ media: 'print' });
				for (const sel of ['.site-nav', '.search-link', '.lang-switch', '.contents']) {
					for (const el of await page.locator(sel).all()) await expect(el, `${path} ${sel}`).toBeHidden();
				}
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, `${path} printed width`).toBeLessThanOrEqual(720);
				await page.emulateMedia({ media: 'screen' });
			}
		}
	});

	test('a printed URL breaks where its line is full, not letter by letter', async ({ page }) => {
		await page.goto('/sources/');
		await page.emulateMedia({ media: 'print' });
		const style = await page.evaluate(() => {
			// A link outside a table (a table's links print without their address).
			const a = [...document.querySelectorAll('main a[href^="http"]')].find((el) => !el.closest('table'))!;
			const s = getComputedStyle(a, '::after');
			return { content: s.content, wordBreak: s.wordBreak, overflowWrap: s.overflowWrap };
		});
		expect(style.content).toContain('http');
		expect(style.wordBreak).not.toBe('break-all');
		expect(style.overflowWrap).toBe('anywhere');
	});

	test('the overview prints its figures, not its citation block; /cite/ prints every format', async ({ page }) => {
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.key-figures')).toBeVisible();
		await expect(page.locator('[data-cite-variant="brief"]')).toBeHidden();
		await page.goto('/cite/');
		await page.emulateMedia({ media: 'print' });
		// The folded groups print open, so a printout carries every format.
		await expect(page.locator('#cite-kiyoi-2020-ris')).toBeVisible();
		await expect(page.locator('#cite-site-biblatex')).toBeVisible();
	});
});
