import { expect, test } from '@playwright/test';

// The build-time SVG figures in a browser: each is an image whose accessible name and description
// (as assistive technology gets them) are its <title> and <desc>, and it follows the colour scheme.
// What the title and description say, and where each number is drawn, is checked against content
// and the register in tests/gates/ (context-checks.ts, reading-checks.ts).

const FIGURES = [
	{ path: '/context/', selector: 'svg.forest' },
	{ path: '/ja/context/', selector: 'svg.forest' },
	{ path: '/design/', selector: 'svg.timeline' },
];

for (const f of FIGURES) {
	test(`${f.path}: ${f.selector} is an image named and described by its title and description`, async ({ page }) => {
		await page.goto(f.path);
		const svg = page.locator(f.selector);
		await expect(svg).toHaveCount(1);
		await expect(svg).toBeVisible();
		await expect(svg).toHaveRole('img');
		const title = ((await svg.locator('title').textContent()) ?? '').trim();
		const desc = ((await svg.locator('desc').textContent()) ?? '').trim();
		expect(title.length).toBeGreaterThan(10);
		await expect(svg).toHaveAccessibleName(title);
		await expect(svg).toHaveAccessibleDescription(desc);
		await expect(page.getByRole('img', { name: title })).toBeVisible();
	});
}

test('the charts follow the colour scheme (drawn with currentColor, not fixed colours)', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/context/');
	const colour = () => page.locator('svg.forest').evaluate((el) => getComputedStyle(el).color);
	const light = await colour();
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await colour()).not.toBe(light);
	expect(await page.locator('svg [style]').count()).toBe(0);
});
