import { expect, test } from '@playwright/test';
import { readPublicUrls } from '../gates/public-urls.ts';

// Permanent anchors (tests/gates/public-urls.json) in a browser: following a link to one scrolls
// its row or section into view, with its own link visible, with and without JavaScript. That each
// anchor exists on every build is the links gate's job (tests/gates/).

const withAnchors = Object.entries(readPublicUrls()).filter(([, ids]) => ids.length > 0);

test('the manifest has permanent anchors to follow', () => {
	expect(withAnchors.length).toBeGreaterThan(0);
});

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });
		for (const [path, ids] of withAnchors) {
			// The first and the last anchor of each page: the top and the bottom of its table.
			for (const id of [...new Set([ids[0]!, ids.at(-1)!])]) {
				test(`${path}#${id} scrolls its target into view`, async ({ page }) => {
					await page.goto(`${path}#${id}`);
					const target = page.locator(`[id="${id}"]`);
					await expect(target).toHaveCount(1);
					await expect(target).toBeInViewport();
					if ((await target.evaluate((el) => el.tagName)) === 'TR') await expect(target.locator(`a[href="#${id}"]`)).toBeVisible();
				});
			}
		}
	});
}

// Result rows (the endpoint tables): a linked row lands below its table's column header, which stays
// in view (1280 px: the header sticks; 390 px: the row is a block with its label first and no header
// row). Every row's "link to this result" is a target of at least 24 × 24 px; with JavaScript it
// copies the row's full address and says so beside it, in a live region.
const resultAnchors = readPublicUrls()['/endpoints/'] ?? [];

for (const lang of ['', '/ja']) {
	test(`${lang}/endpoints/: a linked row lands below the column header at 1280 px and shows its label at 390 px`, async ({ page }) => {
		expect(resultAnchors.length).toBeGreaterThan(0);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 720 });
			for (const id of resultAnchors) {
				await page.goto(`${lang}/endpoints/#${id}`);
				const geometry = await page.evaluate((id) => {
					const row = document.getElementById(id)!;
					const header = row.closest('table')!.querySelector('thead th')!.getBoundingClientRect();
					const label = row.querySelector('th')!.getBoundingClientRect();
					return {
						header: { top: header.top, bottom: header.bottom, height: header.height },
						label: { top: label.top, bottom: label.bottom },
					};
				}, id);
				expect(geometry.label.top, `${width} px #${id}: the row's label is in view`).toBeGreaterThanOrEqual(-1);
				expect(geometry.label.top).toBeLessThan(720);
				if (width === 1280) {
					expect(geometry.header.top, `#${id}: the column header is in view`).toBeGreaterThanOrEqual(-1);
					expect(geometry.header.bottom, `#${id}: the header does not cover the row`).toBeLessThanOrEqual(geometry.label.top + 1);
				} else expect(geometry.header.height, 'no header row at 390 px').toBe(0);
			}
		}
	});
}

test('every result row has a "link to this result" of at least 24 × 24 px, at 1280 and 390 px', async ({ page }) => {
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 720 });
		await page.goto('/endpoints/');
		const links = page.locator('table.endpoints tbody tr a.row-anchor');
		expect(await links.count()).toBe(await page.locator('table.endpoints tbody tr').count());
		for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
	}
});

test.describe('link to this result, with JavaScript', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	for (const lang of ['', '/ja']) {
		test(`${lang}/endpoints/: copies the row's full address and says so beside the link`, async ({ page, baseURL }) => {
			const id = resultAnchors.at(-1)!;
			await page.goto(`${lang}/endpoints/`);
			const row = page.locator(`tr[id="${id}"]`);
			await row.locator('a.row-anchor').click();
			await expect(page).toHaveURL(new RegExp(`#${id}$`));
			const status = row.locator('[role="status"]');
			await expect(status).toHaveText(lang ? /この結果へのリンク/ : /link to this result/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${lang}/endpoints/#${id}`);
			// One message at a time: another row's link clears this one.
			await page.locator(`tr[id="${resultAnchors[0]}"] a.row-anchor`).click();
			await expect(status).toBeEmpty();
		});
	}
});
