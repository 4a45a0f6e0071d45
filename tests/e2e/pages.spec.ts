import { expect, test } from '@playwright/test';

const PAGES = [
	{ path: '/', heading: /Blinatumomab for relapsed or refractory ALL/ },
	{ path: '/design/', heading: 'Study design' },
	{ path: '/endpoints/', heading: 'Endpoints and results' },
	{ path: '/classification/', heading: 'Subject classification' },
	{ path: '/sources/', heading: 'Sources and methods' },
];

// Anchor ids that are public and permanent (wikis link to them).
const ANCHORS = ['dlt-phase-1b', 'cr-crh-phase-1b', 'cr-crh-phase-2', 'mrd-phase-1b', 'mrd-phase-2', 'grade3-ae', 'rfs-phase-2', 'os'];

for (const { path, heading } of PAGES) {
	test(`${path} renders with its heading, navigation and language`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Endpoints' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
	});
}

test('the overview shows the key figures (golden values: counts from the abstract, intervals from SciPy)', async ({ page }) => {
	await page.goto('/');
	const figures = page.getByRole('list', { name: 'Key figures' });
	await expect(figures.locator('[data-key-figure="enrolled"]')).toContainText('26');
	await expect(figures.locator('[data-key-figure="cr-crh-phase-2"]')).toContainText('38.1%');
	await expect(figures.locator('[data-key-figure="cr-crh-phase-2"]')).toContainText('8 of 21');
	await expect(figures.locator('[data-key-figure="cr-crh-phase-2"]')).toContainText('18.1%–61.6%');
	await expect(figures.locator('[data-key-figure="grade3-ae"]')).toContainText('25 of 26');
	await expect(figures.locator('[data-key-figure="rfs-phase-2"]')).toContainText('5 months');
	await expect(page.getByText('10.1111/cas.14322').first()).toBeVisible();
	await expect(page.getByText('Cedric Dos Santos', { exact: false })).toBeVisible();
});

test('the endpoint table shows counts, exact intervals and the printed values', async ({ page }) => {
	await page.goto('/endpoints/');
	const row = (id: string) => page.locator(`tr#${id}`);
	await expect(row('cr-crh-phase-2')).toContainText('8/21 (38.1%)');
	await expect(row('cr-crh-phase-2')).toContainText('18.1%–61.6%');
	await expect(row('cr-crh-phase-2')).toContainText('38%');
	await expect(row('cr-crh-phase-1b')).toContainText('28.4%–99.5%');
	await expect(row('dlt-phase-1b')).toContainText('0.0%–52.2%');
	await expect(row('mrd-phase-2')).toContainText('Denominator derived');
	await expect(row('rfs-phase-2')).toContainText('3.5–6.4 months');
	await expect(row('os')).toContainText('not estimable');
});

for (const id of ANCHORS) {
	test(`permanent anchor #${id} resolves to its row, with a visible link`, async ({ page }) => {
		await page.goto(`/endpoints/#${id}`);
		const target = page.locator(`[id="${id}"]`);
		await expect(target).toHaveCount(1);
		await expect(target).toHaveJSProperty('tagName', 'TR');
		await expect(target).toBeInViewport();
		await expect(target.getByRole('link', { name: /Link to this row/ })).toHaveAttribute('href', `#${id}`);
	});
}

test('a GFM table from MDX renders (remark-gfm runs)', async ({ page }) => {
	await page.goto('/endpoints/');
	const table = page.locator('table').filter({ has: page.getByRole('columnheader', { name: 'What counts' }) });
	await expect(table).toHaveCount(1);
	await expect(table.getByRole('row')).toHaveCount(6);
});

test('the design page shows the dosing schedule week by week', async ({ page }) => {
	await page.goto('/design/');
	const schedule = page.getByRole('table', { name: /Dosing schedule/ });
	await expect(schedule.getByRole('row', { name: /Cycle 1/ })).toContainText('9 μg/day');
	await expect(schedule.getByRole('row', { name: /Cycle 1/ })).toContainText('28 μg/day');
	await expect(schedule.getByRole('row', { name: /Cycles 2–5/ })).toContainText('No infusion');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every page is fully readable', async ({ page }) => {
		for (const { path } of PAGES) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		await page.goto('/endpoints/#cr-crh-phase-2');
		await expect(page.locator('tr#cr-crh-phase-2')).toContainText('18.1%–61.6%');
	});
});
