import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
// Wikimedia's metadata reader, the parser behind Wikipedia's Citoid: a real client of the page head.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- its output is loose JSON
const htmlMetadata = require('html-metadata') as { loadFromString: (html: string) => Promise<Record<string, any>> };

const FILES = [
	{ key: 'bibtex', path: '/cite/kiyoi-2020.bib' },
	{ key: 'biblatex', path: '/cite/kiyoi-2020.biblatex.bib' },
	{ key: 'ris', path: '/cite/kiyoi-2020.ris' },
	{ key: 'csl-json', path: '/cite/kiyoi-2020.json' },
];

// Expected values typed from the project's reference files (portal record, study facts).
const AUTHORS = [
	'Kiyoi, Hitoshi',
	'Morris, Joan D.',
	'Oh, Iekuni',
	'Maeda, Yoshinobu',
	'Minami, Hironobu',
	'Miyamoto, Toshihiro',
	'Sakura, Toru',
	'Iida, Hiroatsu',
	'Tuglus, Catherine A.',
	'Chen, Yuqi',
	'Dos Santos, Cedric',
	'Kalabus, James',
	'Anderson, Abraham',
	'Hata, Tomoko',
	'Nakashima, Yasuhiro',
	'Kobayashi, Yukio',
];
const TITLE = 'Phase 1b/2 study of blinatumomab in Japanese adults with relapsed/refractory acute lymphoblastic leukemia';

for (const { key, path } of FILES) {
	test(`${path} is byte-identical to the text on /cite/`, async ({ page, request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const file = await response.text();
		await page.goto('/cite/');
		const shown = await page.locator(`#cite-kiyoi-2020-${key}`).textContent();
		expect(shown).toBe(file);
		await expect(page.locator(`a[href="${path}"][download]`).first()).toBeVisible();
	});
}

test('the overview shows the BibTeX that /cite/kiyoi-2020.bib serves', async ({ page, request }) => {
	const file = await (await request.get('/cite/kiyoi-2020.bib')).text();
	await page.goto('/');
	expect(await page.locator('#cite-kiyoi-2020-bibtex').textContent()).toBe(file);
	await expect(page.getByRole('heading', { name: 'Cite the paper' })).toBeVisible();
	await expect(page.getByRole('link', { name: /every format/ })).toHaveAttribute('href', '/cite/');
});

test('copy buttons copy the exact text, by keyboard, and announce it', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/cite/');
	const button = page.getByRole('button', { name: 'Copy BibTeX (LaTeX with BibTeX or natbib)' });
	await expect(button).toBeVisible();
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-cite-status]').first()).toHaveText(/Copied BibTeX/);
	const clipboard = await page.evaluate(() => navigator.clipboard.readText());
	expect(clipboard).toBe(await (await request.get('/cite/kiyoi-2020.bib')).text());
	await expect(page.locator('[data-cite-status]').first()).toHaveAttribute('aria-live', 'polite');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('all citation text is readable and the copy buttons stay hidden', async ({ page }) => {
		await page.goto('/cite/');
		await expect(page.locator('#cite-kiyoi-2020-apa')).toContainText('Kiyoi, H., Morris, J. D.');
		await expect(page.locator('#cite-kiyoi-2020-american-medical-association')).toContainText('Cancer Sci. 2020;111(4):1314-1323.');
		await expect(page.locator('#cite-kiyoi-2020-wikipedia')).toContainText('{{cite journal |vauthors=Kiyoi H, Morris JD');
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Download.*RIS/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Cite this website' })).toBeVisible();
		await expect(page.locator('#cite-site-apa')).toContainText('Retrieved');
	});
});

test('the overview head carries metadata that Citoid reads (Highwire, Dublin Core, JSON-LD, COinS, Open Graph)', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const meta = await htmlMetadata.loadFromString(html);
	expect(meta.highwirePress).toMatchObject({
		title: TITLE,
		author: AUTHORS,
		publication_date: '2020/04/01',
		journal_title: 'Cancer Science',
		volume: '111',
		issue: '4',
		firstpage: '1314',
		lastpage: '1323',
		doi: '10.1111/cas.14322',
		pmid: '31971321',
		issn: ['1347-9032', '1349-7006'],
		language: 'en',
	});
	expect(meta.dublinCore).toMatchObject({ title: TITLE, creator: AUTHORS, identifier: ['doi:10.1111/cas.14322', 'pmid:31971321'] });
	expect(meta.jsonLd).toMatchObject({
		'@type': 'ScholarlyArticle',
		headline: TITLE,
		about: { '@type': 'MedicalTrial', identifier: { value: 'NCT02412306' } },
	});
	expect(meta.coins[0].rft).toMatchObject({ atitle: TITLE, spage: '1314', epage: '1323', au: AUTHORS });
	expect(meta.coins[0].rft_id).toBe('info:doi/10.1111/cas.14322');
	expect(meta.openGraph).toMatchObject({ type: 'article', site_name: 'Horai study evidence' });
	expect(meta.twitter).toMatchObject({ card: 'summary' });
});

for (const path of ['/design/', '/cite/']) {
	test(`${path} has Open Graph basics and no paper metadata`, async ({ request }) => {
		const meta = await htmlMetadata.loadFromString(await (await request.get(path)).text());
		expect(meta.openGraph).toMatchObject({ type: 'website', url: expect.stringMatching(new RegExp(`${path}$`)) });
		expect(meta.highwirePress).toBeUndefined();
	});
}
