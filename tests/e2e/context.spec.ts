import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The publications are whatever content/publications holds: a page must exist for each.
const PUBLICATIONS = readdirSync('content/publications')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));

test('there are the featured paper and four related publications', () => {
	expect(PUBLICATIONS.sort()).toEqual(['expansion-cohort-2022', 'kiyoi-2020', 'mt103-211-2015', 'paediatric-phase-1b-2020', 'tower-2017']);
});

test('/context/ shows the forest chart by its accessible name, with its data table and the refused comparisons', async ({ page }) => {
	const response = await page.goto('/context/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The results in context');
	await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Context' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	const chart = page.getByRole('img', { name: 'CR/CRh within two cycles: response rates with 95% confidence intervals' });
	await expect(chart).toBeVisible();
	// Golden values: 8/21 from the abstract, exact interval from SciPy (tests/unit/cases/clopper-pearson.yml).
	await expect(chart).toHaveAccessibleDescription(/Phase 2: 8\/21 \(38\.1%\), 95% CI 18\.1%–61\.6%/);
	await expect(chart).toHaveAttribute('viewBox', /^0 0 \d+ \d+$/);
	await expect(page.locator('svg.forest g.row')).toHaveCount(6);
	const table = page.getByRole('table', { name: 'The numbers in the chart' });
	await expect(table.locator('tr[data-row="mt103-211-2015/cr-crh"]')).toContainText('36%–50%');
	await expect(table.locator('tr[data-row="mt103-211-2015/cr-crh"]')).toContainText('secondary source');
	await expect(page.locator('[data-excluded="tower-2017/cr-12-weeks-blinatumomab"]')).toContainText('different responses (CR, CRh vs CR)');
	await expect(page.locator('[data-excluded="paediatric-phase-1b-2020/m1-remission"]')).toContainText('M1-marrow');
});

test('/design/ shows the dosing timeline as a named figure beside the schedule table', async ({ page }) => {
	await page.goto('/design/');
	const figure = page.getByRole('img', { name: /^Blinatumomab dosing over the first 2 cycles \(12 weeks\)$/ });
	await expect(figure).toBeVisible();
	await expect(figure).toHaveAccessibleDescription(
		/Cycle 1, week 1: 9 μg\/day\. Cycle 1, weeks 2–4: 28 μg\/day\. Cycle 1, weeks 5–6: no infusion/,
	);
	await expect(page.getByRole('table', { name: /Dosing schedule/ })).toBeVisible();
});

test('the charts follow the colour scheme (drawn with currentColor, not fixed colours)', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/context/');
	const colour = () => page.locator('svg.forest').evaluate((el) => getComputedStyle(el).color);
	const light = await colour();
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await colour()).not.toBe(light);
	expect(await page.locator('svg [style]').count()).toBe(0);
});

for (const id of PUBLICATIONS) {
	test(`/publications/${id}/ exists with its record, endpoints and provenance`, async ({ page }) => {
		const response = await page.goto(`/publications/${id}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		await expect(page.getByRole('heading', { name: 'Endpoints', level: 2 })).toBeVisible();
		await expect(page.getByRole('table', { name: /Where each field of the publication record came from/ })).toBeVisible();
		// The featured paper's permanent, canonical address stays "/".
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			id === 'kiyoi-2020' ? /\/$/ : new RegExp(`/publications/${id}/$`),
		);
	});
}

test('a publication without confirmed authors says so instead of naming anyone', async ({ page }) => {
	await page.goto('/publications/paediatric-phase-1b-2020/');
	await expect(page.locator('.authors')).toHaveText(/^Authors not confirmed/);
	await page.goto('/publications/tower-2017/');
	await expect(page.locator('.authors')).toContainText('not the published author order');
});

for (const id of PUBLICATIONS) {
	test(`/publications/${id}/ can be cited: its files exist and equal the text on the page`, async ({ page, request }) => {
		await page.goto(`/publications/${id}/`);
		for (const suffix of ['.bib', '.biblatex.bib', '.ris', '.json']) {
			const response = await request.get(`/cite/${id}${suffix}`);
			expect(response.status(), `/cite/${id}${suffix}`).toBe(200);
			const body = await response.text();
			expect(body.length).toBeGreaterThan(20);
			if (suffix === '.bib') {
				// The page's BibTeX block is the file, byte for byte.
				const onPage = await page.locator('pre', { hasText: '@article{' }).first().textContent();
				expect(onPage?.trim()).toBe(body.trim());
			}
		}
	});
}
