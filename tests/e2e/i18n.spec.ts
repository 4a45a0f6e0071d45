import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

// The Japanese edition: every page under /ja/, same anchors and numbers as the English one.
const PAGES = [
	{ en: '/', ja: '/ja/', heading: '日本人成人の再発・難治性ALLに対するブリナツモマブ' },
	{ en: '/design/', ja: '/ja/design/', heading: '試験デザイン' },
	{ en: '/endpoints/', ja: '/ja/endpoints/', heading: '評価項目と結果' },
	{ en: '/classification/', ja: '/ja/classification/', heading: '分野分類' },
	{ en: '/sources/', ja: '/ja/sources/', heading: '出典と方法' },
	{ en: '/context/', ja: '/ja/context/', heading: '関連試験と比べた結果' },
	{ en: '/cite/', ja: '/ja/cite/', heading: '引用の方法' },
	{ en: '/changes/', ja: '/ja/changes/', heading: '変更と訂正の記録' },
];
const ANCHORS = ['dlt-phase-1b', 'cr-crh-phase-1b', 'cr-crh-phase-2', 'mrd-phase-1b', 'mrd-phase-2', 'grade3-ae', 'rfs-phase-2', 'os'];

for (const p of PAGES) {
	test(`${p.ja} is Japanese, says the English text is authoritative, and links its alternates`, async ({ page }) => {
		const response = await page.goto(p.ja);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
		await expect(page.locator('.translation-note')).toContainText('英語版が正');
		await expect(page.getByRole('navigation', { name: 'サイト' }).getByRole('link', { name: '評価項目' })).toHaveAttribute(
			'href',
			'/ja/endpoints/',
		);
		for (const [lang, path] of [
			['en', p.en],
			['ja', p.ja],
			['x-default', p.en],
		]) {
			await expect(page.locator(`head link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
				'href',
				new RegExp(`^https?://[^/]+${path}$`),
			);
		}
	});
}

test('English pages link their Japanese alternates too', async ({ page }) => {
	await page.goto('/design/');
	await expect(page.locator('head link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', /\/ja\/design\/$/);
	await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' })).toHaveAttribute(
		'href',
		'/ja/design/',
	);
});

test('English fragments inside Japanese pages are marked lang="en"', async ({ page }) => {
	await page.goto('/ja/');
	await expect(page.locator('.paper-title')).toHaveAttribute('lang', 'en');
	// Each name is English; the separators between them are Japanese (no English "and").
	await expect(page.locator('.authors bdi[lang="en"]').nth(10)).toHaveText('Cedric Dos Santos');
	await expect(page.locator('.authors')).toContainText('Yasuhiro Nakashima、Yukio Kobayashi');
	await expect(page.locator('.authors')).not.toContainText(/\sand\s/);
});

test('the switch round-trips en → ja → en to the same page and anchor', async ({ page }) => {
	await page.goto('/endpoints/#cr-crh-phase-2');
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/endpoints\/#cr-crh-phase-2$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('tr#cr-crh-phase-2')).toBeInViewport();
	await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/endpoints\/#cr-crh-phase-2$/);
	expect(new URL(page.url()).pathname).toBe('/endpoints/');
	await expect(page.locator('tr#cr-crh-phase-2')).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switch still leads to the same page in the other language', async ({ page }) => {
		test.setTimeout(180_000); // fourteen page loads on a shared machine
		for (const p of PAGES) {
			await page.goto(p.en);
			await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
			expect(new URL(page.url()).pathname).toBe(p.ja);
			await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
			expect(new URL(page.url()).pathname).toBe(p.en);
		}
	});
});

/**
 * The numbers (integers and decimals) in the result, interval and printed cells of each row, in
 * order, from the cells' own text (not the explanatory notes inside them).
 */
async function tableNumbers(page: Page): Promise<Record<string, Record<string, string[]>>> {
	return page.locator('table.endpoints tbody tr').evaluateAll((rows) =>
		Object.fromEntries(
			rows.map((tr) => [
				tr.id,
				Object.fromEntries(
					['result', 'ci', 'printed'].map((cell) => {
						const td = tr.querySelector(`td[data-cell="${cell}"]`);
						const text = [...(td?.childNodes ?? [])]
							.filter((n) => n.nodeType === Node.TEXT_NODE)
							.map((n) => n.textContent)
							.join('');
						return [cell, text.match(/\d+(?:\.\d+)?/g) ?? []];
					}),
				),
			]),
		),
	);
}

test('every permanent anchor shows the same numbers on /endpoints/ and /ja/endpoints/', async ({ page }) => {
	await page.goto('/endpoints/');
	const en = await tableNumbers(page);
	await page.goto('/ja/endpoints/');
	const ja = await tableNumbers(page);
	expect(Object.keys(ja).sort()).toEqual([...ANCHORS].sort());
	for (const anchor of ANCHORS) expect(ja[anchor], anchor).toEqual(en[anchor]);
	// Only overall survival ("not estimable") has no number; the others have several each.
	expect(Object.values(en).flatMap((r) => Object.values(r).flat()).length).toBeGreaterThan(30);
	// Golden values (counts from the abstract, interval from SciPy), so both cannot be wrong together.
	expect(ja['cr-crh-phase-2']).toEqual({ result: ['8', '21', '38.1'], ci: ['18.1', '61.6'], printed: ['38'] });
});

test('key figures and inline results on /ja/ carry the same numbers as on /', async ({ page }) => {
	const read = async (path: string) => {
		await page.goto(path);
		return page.locator('[data-key-figure] .value, .result').evaluateAll((els) =>
			els.map(
				(e) =>
					(e.textContent ?? '')
						.match(/\d+(?:\.\d+)?/g)
						?.sort()
						.join(' ') ?? '',
			),
		);
	};
	const en = await read('/');
	const ja = await read('/ja/');
	expect(ja).toEqual(en);
	expect(ja.length).toBeGreaterThan(5);
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
	expect(cjk.length, `fonts used: ${fonts.map((f) => f.familyName).join(', ')}`).toBeGreaterThan(0);
	expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(japaneseChars);
	await page.screenshot({ path: testInfo.outputPath('ja-overview.png'), fullPage: false });
});

test('the Japanese design page shows the same schedule with Japanese labels and units', async ({ page }) => {
	await page.goto('/ja/design/');
	const schedule = page.getByRole('table', { name: /投与スケジュール/ });
	await expect(schedule).toContainText('ブリナツモマブ');
	await expect(schedule.getByRole('row', { name: /サイクル1/ })).toContainText('9 μg/日');
	await expect(schedule.getByRole('row', { name: /サイクル1/ })).toContainText('28 μg/日');
	await expect(schedule.getByRole('row', { name: /サイクル2–5/ })).toContainText('休薬');
	// Dates from the registry record, formatted for Japanese readers.
	await expect(page.locator('dl.facts')).toContainText('2015年6月4日');
});

// --- The context page: the comparison of studies ------------------------------------------------

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** What /context/ and /ja/context/ must share: every number of the comparison, and where the chart draws it. */
async function comparison(page: Page) {
	return page.evaluate(() => {
		const own = (el: Element | null) =>
			[...(el?.childNodes ?? [])]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent)
				.join('');
		const nums = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];
		const rows = [...document.querySelectorAll('table.chart-data tbody tr')].map((tr) => ({
			id: tr.getAttribute('data-row'),
			result: nums(own(tr.querySelector('[data-cell="result"]'))),
			ci: own(tr.querySelector('[data-cell="ci"]')).trim(),
		}));
		const drawn = [...document.querySelectorAll('svg.forest g.row')].map((g) => ({
			id: g.getAttribute('data-row'),
			point: g.querySelector('rect.point')?.getAttribute('x'),
			ci: [g.querySelector('line.ci')?.getAttribute('x1'), g.querySelector('line.ci')?.getAttribute('x2')],
		}));
		const studies = [...document.querySelectorAll('table.study-comparison tbody tr')].map((tr) => ({
			id: tr.getAttribute('data-study'),
			patients: nums(tr.querySelector('td.num')?.textContent ?? ''),
		}));
		const excluded = [...document.querySelectorAll('[data-excluded]')].map((li) => ({
			id: li.getAttribute('data-excluded'),
			result: nums(li.querySelector('[data-cell="result"]')?.textContent ?? ''),
		}));
		const headings = [...document.querySelectorAll('main h2[id], main h3[id]')].map((h) => h.id);
		return { rows, drawn, studies, excluded, headings };
	});
}

test('/ja/context/ shows the same numbers, intervals and chart as /context/, with the same anchors', async ({ page }) => {
	await page.goto('/context/');
	const en = await comparison(page);
	await page.goto('/ja/context/');
	const ja = await comparison(page);
	expect(ja).toEqual(en);
	// Golden values, so both cannot be wrong together: 8/21 with the exact interval from SciPy
	// (tests/unit/cases/clopper-pearson.yml); MT103-211 43% (36–50), a review table's values (register §3b).
	expect(ja.rows.find((r) => r.id === 'kiyoi-2020/cr-crh-phase-2')).toEqual({
		id: 'kiyoi-2020/cr-crh-phase-2',
		result: ['8', '21', '38.1'],
		ci: '18.1%–61.6%',
	});
	expect(ja.rows.find((r) => r.id === 'mt103-211-2015/cr-crh')?.ci).toBe('36%–50%');
	expect(ja.rows).toHaveLength(6);
	expect(ja.excluded).toHaveLength(5);
	expect(ja.studies.find((s) => s.id === 'tower-2017')?.patients).toEqual(['405', '271', '134']);
	expect(ja.headings).toContain('why-small-studies-give-wide-intervals');
	// The inline results in the prose carry the same numbers too.
	const inline = async (path: string) => {
		await page.goto(path);
		return page.locator('main .result').evaluateAll((els) =>
			els.map((e) =>
				(e.textContent ?? '')
					.match(/\d+(?:\.\d+)?/g)
					?.sort()
					.join(' '),
			),
		);
	};
	expect(await inline('/ja/context/')).toEqual(await inline('/context/'));
});

test('/ja/context/ labels its tables, chart and refusals in Japanese; English names and sources are marked lang="en"', async ({ page }) => {
	await page.goto('/ja/context/');
	const chart = page.locator('svg.forest');
	await expect(chart).toHaveAttribute('role', 'img');
	const name = (await chart.locator('title').textContent()) ?? '';
	expect(name).toMatch(JAPANESE);
	expect(name).toContain('信頼区間');
	const description = (await chart.locator('desc').textContent()) ?? '';
	expect(description).toMatch(JAPANESE);
	expect(description).not.toMatch(/\b(response rates|one per row|CI)\b/);
	expect(numbersIn(description)).toEqual(expect.arrayContaining(['8', '21', '38.1', '18.1', '61.6']));
	await expect(chart.locator('.axis-label')).toHaveText(JAPANESE);
	for (const table of ['table.study-comparison', 'table.chart-data']) {
		const head = await page.locator(`${table} caption, ${table} thead th`).allTextContents();
		expect(head.length).toBeGreaterThan(5);
		for (const text of head) expect(text, text).toMatch(JAPANESE);
	}
	// Row labels from the content's Japanese blocks; the chart's study labels are the table's.
	for (const label of await page.locator('svg.forest text.label').allTextContents()) expect(label).toMatch(JAPANESE);
	for (const cell of await page.locator('table.study-comparison tbody td:not(.num):not([lang])').allTextContents())
		expect(cell).toMatch(JAPANESE);
	// Refusals: the same reasons, in Japanese, and nothing left in English.
	const refusals = await page.locator('[data-excluded]').allTextContents();
	for (const text of refusals) {
		expect(text).toMatch(JAPANESE);
		expect(text).not.toMatch(/\b(Not comparable|they count|different responses|vs)\b/);
	}
	await expect(page.locator('[data-excluded="tower-2017/cr-12-weeks-blinatumomab"]')).toContainText('CR・CRh');
	// Doses are worded in Japanese from the regimens (no English left in the cell).
	const dose = page.locator('tr[data-study="tower-2017"] td').last();
	await expect(dose).not.toHaveAttribute('lang', 'en');
	await expect(dose).toContainText('［ブリナツモマブ群］サイクル1：第1週は9 μg/日');
	await expect(dose).not.toContainText(/[A-Za-z]{2,}/);
	// English inside the Japanese page says so: journals and source labels; locators are Japanese.
	await expect(page.locator('tr[data-study="tower-2017"] th .cell-note')).toHaveAttribute('lang', 'en');
	const source = page.locator('table.chart-data tr[data-row="mt103-211-2015/cr-crh"] td').last();
	await expect(source.locator('[lang="en"]').first()).toContainText('S20');
	await expect(source.locator('.cell-note')).toContainText('表3、行 "NCT01466179 (MT103-211)"');
	// The featured paper links to the Japanese overview; the others to their Japanese publication pages.
	await expect(page.locator('tr[data-study="kiyoi-2020"] th a')).toHaveAttribute('href', '/ja/');
	await expect(page.locator('tr[data-study="tower-2017"] th a')).toHaveAttribute('href', '/ja/publications/tower-2017/');
	await expect(page.locator('tr[data-study="tower-2017"] th a')).not.toHaveAttribute('hreflang', 'en');
});

test('the switch keeps the reader on the same section of the context page', async ({ page }) => {
	await page.goto('/context/#why-small-studies-give-wide-intervals');
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/context\/#why-small-studies-give-wide-intervals$/);
	await expect(page.locator('#why-small-studies-give-wide-intervals')).toBeInViewport();
	await expect(page.locator('#why-small-studies-give-wide-intervals')).toHaveText(JAPANESE);
});

// --- Publication pages: /ja/publications/<id>/ for every content/publications/<id>.yaml -------

const PUBLICATIONS = readdirSync('content/publications')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));
// The paper the site is about (README): its publication page's canonical address is the overview.
const FEATURED = 'kiyoi-2020';
const titleOf = (id: string) => (parse(readFileSync(`content/publications/${id}.yaml`, 'utf8')) as { title: string }).title;
const hreflang = (page: Page, lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
const absolute = (path: string) => new RegExp(`^https?://[^/]+${path}$`);

test('every publication has a Japanese page', () => {
	expect(PUBLICATIONS.length).toBeGreaterThanOrEqual(5);
	expect(PUBLICATIONS).toContain(FEATURED);
});

for (const id of PUBLICATIONS) {
	const en = `/publications/${id}/`;
	const ja = `/ja/publications/${id}/`;
	test(`${ja} is Japanese, marks the English title, and links its English page both ways`, async ({ page }) => {
		const response = await page.goto(ja);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
		await expect(page.locator('.translation-note')).toContainText('英語版が正');
		await expect(page.getByRole('heading', { level: 2, name: '評価項目' })).toBeVisible();
		await expect(page.locator('.paper-title')).toHaveAttribute('lang', 'en');
		await expect(page.locator('.paper-title')).toHaveText(titleOf(id));
		await expect(page.getByRole('navigation', { name: 'サイト' }).getByRole('link', { name: '評価項目' })).toHaveAttribute(
			'href',
			'/ja/endpoints/',
		);
		await expect(page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', en);
		// hreflang names the canonical pages: the featured paper's is the overview in each language.
		const [enAlt, jaAlt] = id === FEATURED ? ['/', '/ja/'] : [en, ja];
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', absolute(jaAlt));
		await expect(hreflang(page, 'en')).toHaveAttribute('href', absolute(enAlt));
		await expect(hreflang(page, 'ja')).toHaveAttribute('href', absolute(jaAlt));
		await expect(hreflang(page, 'x-default')).toHaveAttribute('href', absolute(enAlt));

		await page.goto(en);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' })).toHaveAttribute('href', ja);
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', absolute(enAlt));
		await expect(hreflang(page, 'ja')).toHaveAttribute('href', absolute(jaAlt));
		await expect(hreflang(page, 'en')).toHaveAttribute('href', absolute(enAlt));
	});
}

test('each Japanese publication page shows the same numbers as its English page', async ({ page }) => {
	test.setTimeout(120_000); // ten page loads on a shared machine
	let rows = 0;
	for (const id of PUBLICATIONS) {
		await page.goto(`/publications/${id}/`);
		const en = await tableNumbers(page);
		await page.goto(`/ja/publications/${id}/`);
		const ja = await tableNumbers(page);
		expect(Object.keys(ja), id).toEqual(Object.keys(en));
		expect(ja, id).toEqual(en);
		rows += Object.keys(en).length;
	}
	expect(rows).toBeGreaterThan(20);
});

test('Japanese publication pages use Japanese labels from content, English names marked as English', async ({ page }) => {
	// TOWER: two arms, a hazard ratio, authors known only in a catalogue's order.
	await page.goto('/ja/publications/tower-2017/');
	const table = page.locator('table.endpoints');
	await expect(table.locator('tr#os-hazard-ratio')).toContainText('ハザード比');
	await expect(table.locator('tr#os-chemotherapy td').first()).toHaveText('化学療法群');
	await expect(table).not.toContainText('Chemotherapy arm');
	const authors = page.locator('.authors');
	await expect(authors).not.toHaveAttribute('lang', 'en');
	await expect(authors.locator('bdi[lang="en"]').last()).toHaveText('H. Dombret');
	await expect(authors).not.toContainText(/\sand\s/);
	await expect(page.locator('.venue span[lang="en"]')).toHaveText('N Engl J Med');
	// A link to a page that has no Japanese version yet leads to the English page and says so.
	const context = page.getByRole('link', { name: /比較のページ/ });
	await expect(context).toHaveAttribute('href', /^\/(ja\/)?context\/$/);
	if ((await context.getAttribute('href')) === '/context/') {
		await expect(context).toHaveAttribute('hreflang', 'en');
		await expect(context).toContainText('（英語）');
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switch leads between a publication page and its Japanese page', async ({ page }) => {
		for (const id of [FEATURED, 'tower-2017']) {
			await page.goto(`/publications/${id}/`);
			await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
			expect(new URL(page.url()).pathname).toBe(`/ja/publications/${id}/`);
			await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
			expect(new URL(page.url()).pathname).toBe(`/publications/${id}/`);
		}
	});
});
