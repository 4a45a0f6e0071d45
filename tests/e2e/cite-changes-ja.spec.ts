import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

// The Japanese editions of /cite/ and /changes/. The paper's citations are compared with the English
// page and with the files the site serves; the changelog with content/changes.yaml itself; the
// interface text only for being Japanese and not the English text.

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const KANA = /[\u3040-\u30ff]/;

/** The live region beside the copy button of the citation text with this id. */
const statusOf = (page: Page, id: string) => page.locator(`[data-cite-block]:has(#${id}) [data-cite-status]`);

/** The status message without the block's own label (which is Japanese too), so what remains is the message's wording. */
async function wording(page: Page, labelId: string): Promise<string> {
	const label = ((await page.locator(`#${labelId}`).textContent()) ?? '').trim();
	const message = (await statusOf(page, labelId.replace(/-label$/, '')).textContent()) ?? '';
	expect(message).toContain(label);
	return message.replace(label, '');
}

/** The paper block's citation texts by element id, on one page. */
async function paperCitations(page: Page, path: string): Promise<Record<string, string>> {
	await page.goto(path);
	return page
		.locator('section[aria-labelledby="cite-kiyoi-2020-title"] pre[id]')
		.evaluateAll((pres) => Object.fromEntries(pres.map((p) => [p.id, p.textContent ?? ''])));
}

test('/ja/cite/ shows the same citations of the paper as /cite/, and the same files', async ({ page, request }) => {
	const en = await paperCitations(page, '/cite/');
	const ja = await paperCitations(page, '/ja/cite/');
	// Five reference styles, four files and the Wikipedia template.
	expect(Object.keys(en).length).toBeGreaterThanOrEqual(10);
	expect(ja).toEqual(en);
	const bib = await (await request.get('/cite/kiyoi-2020.bib')).text();
	expect(bib).toContain('@article{kiyoi2020,');
	expect(ja['cite-kiyoi-2020-bibtex']).toBe(bib);
	// The paper is English: its citations are marked so inside the Japanese page.
	await expect(page.locator('#cite-kiyoi-2020-bibtex')).toHaveAttribute('lang', 'en');
	await expect(page.locator('a[href="/cite/kiyoi-2020.bib"][download]').first()).toBeVisible();
	// Headings and labels around them are Japanese, not the English ones.
	const heading = page.getByRole('heading', { level: 2 }).first();
	await expect(heading).toHaveText(JAPANESE);
	await expect(heading).not.toHaveText('Cite the paper');
	await expect(page.locator('#cite-kiyoi-2020-bibtex-label')).toHaveText(JAPANESE);
	await expect(page.getByRole('main')).not.toContainText('Formatted references');
	await expect(page.getByRole('main')).not.toContainText('Download');
});

test('the copy button on /ja/cite/ copies the BibTeX and announces it in Japanese', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const bib = await (await request.get('/cite/kiyoi-2020.bib')).text();
	// The English announcement, to tell the two apart.
	await page.goto('/cite/#cite-kiyoi-2020-bibtex');
	await page.locator('button[data-copy="cite-kiyoi-2020-bibtex"]').click();
	const status = statusOf(page, 'cite-kiyoi-2020-bibtex');
	await expect(status).toHaveText(/BibTeX/);
	const english = (await status.textContent()) ?? '';

	await page.goto('/ja/cite/');
	// The files are folded in their group; its summary opens it.
	await page.locator('#cite-kiyoi-2020-files > summary').click();
	const button = page.getByRole('button', { name: /BibTeX/ }).first();
	await expect(button).toBeVisible();
	await expect(button).toHaveAccessibleName(KANA);
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(/BibTeX/);
	await expect(status).not.toHaveText(english);
	const said = await wording(page, 'cite-kiyoi-2020-bibtex-label');
	expect(said).toMatch(KANA);
	expect(said).not.toMatch(/[A-Za-z]/);
	await expect(status).toHaveAttribute('aria-live', 'polite');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
});

test('when the clipboard refuses, /ja/cite/ selects the text and says so in Japanese', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const bib = await (await request.get('/cite/kiyoi-2020.bib')).text();
	await page.goto('/ja/cite/#cite-kiyoi-2020-bibtex');
	const button = page.locator('button[data-copy="cite-kiyoi-2020-bibtex"]');
	const status = statusOf(page, 'cite-kiyoi-2020-bibtex');
	await button.click();
	await expect(status).toHaveText(/BibTeX/);
	const copied = (await status.textContent()) ?? '';

	await page.addInitScript(() => {
		Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
	});
	await page.reload();
	await button.click();
	await expect(status).not.toHaveText(copied);
	await expect(status).toHaveText(/BibTeX/);
	// Its own wording, in Japanese; the keys to press are the only Latin letters in it.
	const said = await wording(page, 'cite-kiyoi-2020-bibtex-label');
	expect(said).toMatch(KANA);
	expect(said.replace(/Ctrl|Cmd|Mac|C/g, '')).not.toMatch(/[A-Za-z]/);
	// The selection as the browser renders it: the file's final newline is not part of it.
	expect(await page.evaluate(() => window.getSelection()?.toString().trimEnd())).toBe(bib.trimEnd());
});

test('"cite this website" on /ja/cite/ cites the Japanese edition: its title, its /ja/ address, language ja', async ({ page }) => {
	await page.goto('/ja/');
	const jaTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await page.goto('/');
	const enTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

	const biblatex = async (path: string) => {
		await page.goto(path);
		const text = (await page.locator('#cite-site-biblatex').textContent()) ?? '';
		const field = (name: string) => new RegExp(`\\n\\s*${name}\\s*=\\s*\\{(.*)\\},?\\n`).exec(text)?.[1];
		return { text, key: /^@online\{([^,]+),/.exec(text)?.[1], title: field('title'), url: field('url'), langid: field('langid') };
	};
	const ja = await biblatex('/ja/cite/');
	expect(ja.title?.replace(/[{}]/g, '')).toBe(jaTitle);
	expect(new URL(ja.url!).pathname).toBe('/ja/');
	expect(ja.langid).toBe('japanese');
	await expect(page.locator('#cite-site-apa')).toContainText(jaTitle);
	await expect(page.locator('#cite-site-apa')).toContainText('/ja/');
	await expect(page.locator('time').first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);

	const en = await biblatex('/cite/');
	expect(en.title?.replace(/[{}]/g, '')).toBe(enTitle);
	expect(new URL(en.url!).pathname).toBe('/');
	expect(en.langid).toBe('english');
	expect(ja.key).not.toBe(en.key);
});

test('/ja/cite/ says in Japanese that Japanese Wikipedia uses the same {{cite journal}} template', async ({ page }) => {
	await page.goto('/ja/cite/');
	const note = page.getByRole('main').locator('p', { hasText: '{{cite journal}}' });
	await expect(note).toHaveCount(1);
	await expect(note).toHaveText(KANA);
	await expect(page.locator('#cite-kiyoi-2020-wikipedia')).toHaveText(/^\{\{cite journal \|/);
});

interface ChangeEntry {
	id: string;
	date: string;
	summary: string;
	ja: { summary: string };
}
const CHANGES = parse(readFileSync('content/changes.yaml', 'utf8')) as ChangeEntry[];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('/ja/changes/ lists every changelog entry with its Japanese summary, and names Japanese pages', async ({ page }) => {
	await page.goto('/changes/');
	const enIds = await page.locator('ol.changelog > li').evaluateAll((lis) => lis.map((li) => li.id));
	await page.goto('/ja/changes/');
	const items = page.locator('ol.changelog > li');
	expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(enIds);
	expect(enIds.sort()).toEqual(CHANGES.map((c) => `change-${c.id}`).sort());
	for (const c of CHANGES) {
		const item = page.locator(`li[id="change-${c.id}"]`);
		await expect(item.locator('p').nth(1)).toHaveText(squash(c.ja.summary));
		await expect(item).not.toContainText(squash(c.summary));
		await expect(item.locator(`time[datetime="${c.date}"]`)).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
		const links = item.locator('.changelog-affects a');
		expect(await links.count()).toBeGreaterThan(0);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/ja\//);
		for (const text of await links.allTextContents()) expect(text).toMatch(JAPANESE);
	}
	// The newest entry first: the first publication is the oldest.
	await expect(items.last()).toHaveId('change-2026-11-24-first-publication');
});

test('Japanese pages show the review date in Japanese and lead to /ja/changes/', async ({ page }) => {
	// content/changes.yaml: the first publication on 2026-11-24 is the newest review entry.
	for (const path of ['/ja/', '/ja/cite/', '/ja/changes/']) {
		await page.goto(path);
		const footer = page.getByRole('contentinfo');
		await expect(footer.locator('time[datetime="2026-11-24"]')).toHaveText('2026年11月24日');
		const link = footer.locator('a[href="/ja/changes/"]');
		await expect(link).toHaveCount(1);
		await expect(link).toHaveText(JAPANESE);
	}
});

test('the language switch keeps the anchor between /cite/ and /ja/cite/', async ({ page }) => {
	await page.goto('/cite/#cite-site-title');
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/cite\/#cite-site-title$/);
	await expect(page.locator('#cite-site-title')).toBeInViewport();
});

test('the Japanese overview sends readers to /ja/cite/ for citations and shows no BibTeX block (it stays light)', async ({ page }) => {
	await page.goto('/ja/');
	await expect(page.locator('pre')).toHaveCount(0);
	await expect(page.locator('#cite-the-paper')).toHaveText(JAPANESE);
	await expect(page.getByRole('main').locator('a[href="/ja/cite/"]')).toHaveText(JAPANESE);
});

test('/ja/cite/ keeps the monospace font in its BibTeX, RIS and JSON blocks, as /cite/ does', async ({ page }) => {
	const fonts = async (path: string) => {
		await page.goto(path);
		return page.evaluate(() =>
			Object.fromEntries(
				['cite-kiyoi-2020-bibtex', 'cite-kiyoi-2020-ris', 'cite-kiyoi-2020-csl-json', 'cite-kiyoi-2020-apa'].map((id) => [
					id,
					getComputedStyle(document.querySelector(`[id="${id}"] code`)!).fontFamily,
				]),
			),
		);
	};
	const en = await fonts('/cite/');
	const ja = await fonts('/ja/cite/');
	for (const id of ['cite-kiyoi-2020-bibtex', 'cite-kiyoi-2020-ris', 'cite-kiyoi-2020-csl-json']) {
		expect(ja[id], id).toMatch(/monospace\s*$/);
		expect(ja[id], id).toBe(en[id]);
	}
	// A formatted reference reads as text, in the body type, in both editions.
	expect(en['cite-kiyoi-2020-apa']).not.toMatch(/monospace/);
	expect(ja['cite-kiyoi-2020-apa']).not.toMatch(/monospace/);
});
