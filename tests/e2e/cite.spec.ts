import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { ContentSet } from '../../src/lib/content-set.ts';
import { FEATURED_PUBLICATION } from '../../src/site.ts';
import { loadContent } from '../helpers/load-content.ts';
import { expectedImport, READERS } from '../unit/citation/readback.ts';

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

test('the overview sends readers to /cite/ for every format and shows no BibTeX block (it stays light)', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('pre')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Cite the paper' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'citation page' })).toHaveAttribute('href', '/cite/');
});

/** The live region of the citation block that holds the text with this id. */
const statusOf = (page: Page, id: string) => page.locator(`[data-cite-block]:has(#${id}) [data-cite-status]`);

test('copy buttons copy the exact text, by keyboard, and announce it beside the button', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/cite/');
	const button = page.getByRole('button', { name: 'Copy BibTeX (LaTeX with BibTeX or natbib)' });
	// Folded in its group: one action (the summary) shows it.
	await expect(button).toBeHidden();
	await page.locator('details:has(#cite-kiyoi-2020-bibtex) > summary').click();
	await expect(button).toBeVisible();
	await button.focus();
	await page.keyboard.press('Enter');
	const status = statusOf(page, 'cite-kiyoi-2020-bibtex');
	await expect(status).toHaveText(/Copied BibTeX/);
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await expect(status).toHaveAttribute('role', 'status');
	const clipboard = await page.evaluate(() => navigator.clipboard.readText());
	expect(clipboard).toBe(await (await request.get('/cite/kiyoi-2020.bib')).text());
	// The message is beside the button that was pressed, not somewhere else on the page.
	const b = (await button.boundingBox())!;
	const m = (await status.boundingBox())!;
	expect(Math.abs(m.y + m.height / 2 - (b.y + b.height / 2)), 'vertical distance, button to message').toBeLessThan(80);
	expect(Math.abs(m.x - (b.x + b.width)), 'horizontal distance, button to message').toBeLessThan(400);
	// Pressing another button (RIS, in the same group) moves the message there: one message on the page at a time.
	await page.getByRole('button', { name: /^Copy RIS/ }).click();
	await expect(statusOf(page, 'cite-kiyoi-2020-ris')).toHaveText(/Copied RIS/);
	await expect(status).toBeEmpty();
	await expect(page.locator('[data-cite-status]:not(:empty)')).toHaveCount(1);
});

test('/cite/ folds its formats: far shorter than with every group open, and every format named in a visible summary', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/cite/');
	const height = () => page.evaluate(() => document.documentElement.scrollHeight);
	const folded = await height();
	const groups = page.locator('main details.cite-group');
	expect(await groups.count()).toBeGreaterThanOrEqual(5);
	// Every citation text is either in view or inside a group whose summary is in view: one action away.
	for (const id of await page.locator('main pre.cite-text').evaluateAll((pres) => pres.map((p) => p.id))) {
		const text = page.locator(`[id="${id}"]`);
		if (await text.isVisible()) continue;
		await expect(page.locator(`details:has([id="${id}"]) > summary`).first(), id).toBeVisible();
	}
	// Each group's summary names the formats it holds.
	await expect(page.locator('#cite-kiyoi-2020-files > summary')).toContainText('BibTeX');
	await expect(page.locator('#cite-kiyoi-2020-files > summary')).toContainText('RIS');
	await expect(page.locator('#cite-kiyoi-2020-formatted > summary')).toContainText('Vancouver');
	await groups.evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const unfolded = await height();
	expect(folded, `folded ${folded} px, unfolded ${unfolded} px`).toBeLessThan(unfolded * 0.6);
});

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });
		test('a link to a text inside a folded group opens the group and shows the text', async ({ page }) => {
			await page.goto('/cite/#cite-kiyoi-2020-ris');
			await expect(page.locator('#cite-kiyoi-2020-files')).toHaveAttribute('open', '');
			await expect(page.locator('#cite-kiyoi-2020-ris')).toBeInViewport();
		});
	});
}

test('following a link to a folded text on the same page opens its group (hashchange)', async ({ page }) => {
	await page.goto('/cite/');
	await expect(page.locator('#cite-site-biblatex')).toBeHidden();
	await page.evaluate(() => (location.hash = '#cite-site-biblatex'));
	await expect(page.locator('#cite-site-biblatex')).toBeVisible();
	await expect(page.locator('#cite-site-biblatex')).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('all citation text is readable, one click away, and the copy buttons stay hidden', async ({ page }) => {
		await page.goto('/cite/');
		await expect(page.locator('#cite-kiyoi-2020-apa')).toContainText('Kiyoi, H., Morris, J. D.');
		await expect(page.locator('#cite-kiyoi-2020-american-medical-association')).toContainText('Cancer Sci. 2020;111(4):1314-1323.');
		await expect(page.locator('#cite-kiyoi-2020-wikipedia')).toContainText('{{cite journal |vauthors=Kiyoi H, Morris JD');
		// The files are listed in view; each group opens with a click, without a script.
		await expect(page.locator('.cite-files').first().getByRole('link', { name: 'RIS', exact: true })).toBeVisible();
		for (const id of ['cite-kiyoi-2020-formatted', 'cite-kiyoi-2020-files', 'cite-site-formatted'])
			await page.locator(`#${id} > summary`).click();
		await expect(page.locator('#cite-kiyoi-2020-apa')).toBeVisible();
		await expect(page.getByRole('link', { name: /Download.*RIS/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Cite this website' })).toBeVisible();
		await expect(page.locator('#cite-site-apa')).toContainText('Retrieved');
		await expect(page.locator('#cite-site-apa')).toBeVisible();
	});
});

let content: ContentSet;
test.beforeAll(async () => {
	content = loadContent('content').set;
});

const SUFFIXES = Object.keys(READERS);
const DIST = join(process.cwd(), 'dist');

/** Every HTML page of the built site, as its public path ("/design/"). */
function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.html')) out.push(`/${relative(DIST, p)}`.replace(/index\.html$/, ''));
		}
	};
	walk(DIST);
	return out.sort();
}

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]+)"/);
const metaAll = (html: string, name: string) =>
	[...headOf(html).matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));

test('every citation file of every publication, as served, reads back as its content file says, with the canonical URL of its page', async ({
	request,
}) => {
	expect(content.publications.length).toBeGreaterThan(0);
	for (const { id } of content.publications) {
		// The publication's page names its canonical address (the overview for the featured paper).
		const url = canonicalOf(await (await request.get(`/publications/${id}/`)).text());
		expect(url, id).toMatch(/^https?:\/\//);
		for (const suffix of SUFFIXES) {
			const response = await request.get(`/cite/${id}${suffix}`);
			expect(response.status(), `${id}${suffix}`).toBe(200);
			expect(READERS[suffix]!(await response.text()), `${id}${suffix}`).toEqual(expectedImport(content, id, url!));
		}
	}
});

/** The pages about one publication: the overview and /cite/ (the featured paper) and every publication page, in every language. */
function paperPages(): { path: string; id: string }[] {
	const featured = FEATURED_PUBLICATION;
	const pages = builtPages();
	return [
		...pages.filter((p) => /^\/(ja\/)?(cite\/)?$/.test(p)).map((path) => ({ path, id: featured })),
		...pages.flatMap((path) => {
			const m = /^\/(?:ja\/)?publications\/([^/]+)\/$/.exec(path);
			return m ? [{ path, id: m[1]! }] : [];
		}),
	];
}

test('a page about one publication offers exactly that publication: every field, no description, no abstract, its canonical URL', async ({
	request,
}) => {
	const pages = paperPages();
	expect(pages.length).toBe(4 + 2 * content.publications.length);
	for (const { path, id } of pages) {
		const html = await (await request.get(path)).text();
		const meta = await htmlMetadata.loadFromString(html);
		const canonical = canonicalOf(html)!;
		const want = expectedImport(content, id, canonical);
		const hw = meta.highwirePress as Record<string, string | string[]>;
		const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
		expect(metaAll(html, 'citation_title'), path).toEqual([want.title]);
		expect(list(hw.author), path).toEqual(want.authors);
		expect(
			{
				journal: hw.journal_title,
				abbreviation: hw.journal_abbrev,
				volume: hw.volume,
				issue: hw.issue,
				pages: [hw.firstpage, hw.lastpage].filter(Boolean).join('-') || undefined,
				date: (hw.publication_date as string | undefined)?.replaceAll('/', '-'),
				doi: hw.doi,
				pmid: hw.pmid,
				issns: list(hw.issn),
				language: hw.language,
				url: hw.abstract_html_url,
			},
			path,
		).toEqual({
			journal: want.journal,
			abbreviation: want.journalAbbreviation,
			volume: want.volume,
			issue: want.issue,
			pages: want.pages,
			date: want.date,
			doi: want.doi,
			pmid: want.pmid,
			issns: want.issns,
			language: want.language,
			url: canonical,
		});
		expect(meta.openGraph?.url, path).toBe(canonical);
		// Zotero reads a description (meta or Open Graph) as the abstract; the content holds no abstract.
		expect(headOf(html), path).not.toMatch(/name="description"|property="og:description"|name="twitter:description"|citation_abstract"/);
		if (!want.authors.length) await expect(request.get(path).then((r) => r.text())).resolves.toContain('data-authors-left-out');
	}
});

test('no page offers a COinS item or a paper it is not about; pages that list several publications offer none', async ({ request }) => {
	const about = new Map(paperPages().map((p) => [p.path, p.id]));
	for (const path of builtPages()) {
		const html = await (await request.get(path)).text();
		// Zotero ranks COinS above the citation_* tags, and COinS cannot carry the PMID or both ISSNs.
		expect(html, path).not.toMatch(/class="Z3988"/);
		const titles = metaAll(html, 'citation_title');
		const id = about.get(path);
		expect(titles, path).toEqual(id ? [content.publications.find((p) => p.id === id)!.data.title] : []);
	}
	for (const path of ['/context/', '/ja/context/'])
		expect(metaAll(await (await request.get(path)).text(), 'citation_title'), path).toEqual([]);
});

test('the overview head carries metadata that Citoid reads (Highwire, Dublin Core, JSON-LD, Open Graph)', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const meta = await htmlMetadata.loadFromString(html);
	expect(meta.highwirePress).toMatchObject({
		title: TITLE,
		author: AUTHORS,
		publication_date: '2020/04/01',
		journal_title: 'Cancer Science',
		journal_abbrev: 'Cancer Sci.',
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
	expect(meta.coins).toBeUndefined();
	expect(meta.openGraph).toMatchObject({ type: 'article', site_name: 'Horai study evidence' });
	expect(meta.twitter).toMatchObject({ card: 'summary' });
});

test('/publications/tower-2017/ names no author in its metadata, and tells the reader to complete them from the publisher', async ({
	page,
}) => {
	await page.goto('/publications/tower-2017/');
	const note = page.locator('[data-authors-left-out="order-not-confirmed"]');
	await expect(note).toContainText('order');
	await expect(note).toContainText('publisher');
	await expect(note.locator('a[href^="https://doi.org/"]')).toHaveCount(1);
	await expect(page.locator('meta[name="citation_author"]')).toHaveCount(0);
	await expect(page.locator('meta[name="DC.creator"]')).toHaveCount(0);
});

for (const path of ['/design/', '/context/']) {
	test(`${path} has Open Graph basics and no paper metadata`, async ({ request }) => {
		const meta = await htmlMetadata.loadFromString(await (await request.get(path)).text());
		expect(meta.openGraph).toMatchObject({ type: 'website', url: expect.stringMatching(new RegExp(`${path}$`)) });
		expect(meta.highwirePress).toBeUndefined();
	});
}
