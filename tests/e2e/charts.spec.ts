import { expect, test } from '@playwright/test';

// The build-time SVG figures in a browser: each is an image whose accessible name and description
// (as assistive technology gets them) are its <title> and <desc>, and it follows the colour scheme.
// What the title and description say, and where each number is drawn, is checked against content
// and the register in tests/gates/ (context-checks.ts, reading-checks.ts).

const FIGURES = [
	{ path: '/context/', selector: 'svg.forest' },
	{ path: '/ja/context/', selector: 'svg.forest' },
	{ path: '/design/', selector: 'svg.timeline' },
	{ path: '/ja/design/', selector: 'svg.timeline' },
];

// Each figure is drawn twice (src/lib/charts/text.ts VARIANTS): the narrow drawing on a phone, the wide
// one on a wider screen and in print; only one is shown, so only one is in the accessibility tree.
const SHOWN = [
	{ width: 390, media: 'screen', layout: 'narrow' },
	{ width: 1280, media: 'screen', layout: 'wide' },
	{ width: 390, media: 'print', layout: 'wide' },
] as const;

for (const f of FIGURES) {
	test(`${f.path}: ${f.selector} is an image named and described by its title and description`, async ({ page }) => {
		await page.goto(f.path);
		await expect(page.locator(f.selector)).toHaveCount(2);
		for (const s of SHOWN) {
			await page.setViewportSize({ width: s.width, height: 900 });
			await page.emulateMedia({ media: s.media });
			const svg = page.locator(`${f.selector}:visible`);
			await expect(svg, `${s.media} at ${s.width}`).toHaveCount(1);
			await expect(svg).toHaveAttribute('data-layout', s.layout);
			if (s.media === 'print') continue;
			await expect(svg).toHaveRole('img');
			const title = ((await svg.locator('title').textContent()) ?? '').trim();
			const desc = ((await svg.locator('desc').textContent()) ?? '').trim();
			expect(title.length).toBeGreaterThan(10);
			await expect(svg).toHaveAccessibleName(title);
			await expect(svg).toHaveAccessibleDescription(desc);
			await expect(page.getByRole('img', { name: title })).toHaveCount(1);
		}
	});
}

test('the charts follow the colour scheme (drawn with currentColor, not fixed colours)', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/context/');
	const colour = () => page.locator('svg.forest.wide').evaluate((el) => getComputedStyle(el).color);
	const light = await colour();
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await colour()).not.toBe(light);
	expect(await page.locator('svg [style]').count()).toBe(0);
});
