import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';

// Search results wait for Pagefind's index and WebAssembly: more than the default 5 s on a busy machine.
const SEARCH_WAIT = { timeout: 20_000 };

// Japanese segmentation, before the Japanese edition exists: a fixture page made only in this test
// (it is not on the site and states nothing about the study) is indexed with the same Pagefind
// the build uses; the built search page, switched to lang="ja", then searches that index.
// The query sits in the middle of a run of Japanese text with no spaces, so it is found only if
// Pagefind segments Japanese words (a plain prefix match on the run would miss it).
const FIXTURE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>検索試験用の架空ページ</title></head>
<body><main data-pagefind-body><h1>検索試験用の架空ページ</h1>
<p>この架空の文書は日本語の検索を試すためだけにあり、その中ほどにブリナツモマブという語を含みます。</p></main></body></html>`;

let dir: string;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pagefind-ja-'));
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('pagefind.createIndex failed');
	await index.addHTMLFile({ url: '/fixture-ja/', content: FIXTURE });
	const { errors } = await index.writeFiles({ outputPath: dir });
	expect(errors).toEqual([]);
	await pagefind.close();
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('search on a Japanese page finds ブリナツモマブ inside unspaced Japanese text', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => {
		const file = new URL(route.request().url()).pathname.replace(/^\/pagefind\//, '');
		const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
		return route.fulfill({ body: readFileSync(join(dir, file)), contentType: type });
	});
	await page.route('**/search/', async (route) => {
		const res = await route.fetch();
		const body = (await res.text()).replace('<html lang="en"', '<html lang="ja"');
		return route.fulfill({ response: res, body });
	});
	await page.goto('/search/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await page.locator('[data-search-page] input').fill('ブリナツモマブ');
	await expect(page.locator('[data-search-page] a[href]').first()).toHaveAttribute('href', '/fixture-ja/', SEARCH_WAIT);
	// A word that is not in the fixture finds nothing (so the match above is not a catch-all).
	await page.locator('[data-search-page] input').fill('イマチニブ');
	await expect(page.locator('[data-search-page] a[href="/fixture-ja/"]')).toHaveCount(0);
});
