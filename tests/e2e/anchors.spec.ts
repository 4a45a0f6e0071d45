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
