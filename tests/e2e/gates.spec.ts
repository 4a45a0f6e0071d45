import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page, expect, test } from '@playwright/test';
import { axeViolations, keyboardFindings, layoutShift, watchLayoutShift } from '../gates/browser.ts';
import { BROKEN_PAGE } from '../gates/broken-page.ts';
import { headersFor, parseHeaders } from '../gates/headers.ts';
import { TEMPLATES, TEMPLATE_PAGES } from './templates.ts';

// Browser gates on one page of each template (tests/e2e/templates.ts), in both languages:
// accessibility (axe) with both colour schemes covered, keyboard focus, no request to another
// origin, no CSP violation with the _headers policy applied, no layout shift. axe on every page,
// in both schemes, runs in `npm run test:a11y:all`. Each gate is also run on a deliberately broken
// page (served under the same origin) to show that it can fail.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const HEADER_RULES = parseHeaders(readFileSync(`${DIST}/_headers`, 'utf8'));

/** Serves every response with the headers public/_headers gives its path, as a static host would. */
async function withStaticHostHeaders(page: Page) {
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(HEADER_RULES, url.pathname) } });
	});
}

/** Records requests that leave the page's origin, and console errors (CSP violations are logged there). */
function watchRequestsAndConsole(page: Page, origin: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (/^https?:$/.test(u.protocol) && u.origin !== origin) foreign.push(r.url());
	});
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { foreign, errors };
}

// axe: each template's English page in the light scheme and its Japanese page in the dark one (the
// 404 page, which holds both languages, in both), so every template, both languages and both
// schemes are covered.
const AXE_RUNS = TEMPLATES.flatMap((t) =>
	t.ja
		? [
				{ path: t.en, scheme: 'light' as const },
				{ path: t.ja, scheme: 'dark' as const },
			]
		: [
				{ path: t.en, scheme: 'light' as const },
				{ path: t.en, scheme: 'dark' as const },
			],
);

for (const { path, scheme } of AXE_RUNS) {
	test(`axe on ${path} (${scheme}): no WCAG 2.2 A/AA violations`, async ({ page }) => {
		test.setTimeout(90_000); // axe walks every node; the shared 2-core machine can be slow
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(path);
		const violations = await axeViolations(page);
		expect(violations, violations.join('\n')).toEqual([]);
	});
}

for (const path of TEMPLATE_PAGES) {
	test.describe(`gates on ${path}`, () => {
		test('keyboard: every interactive element is reached with Tab and visibly focused', async ({ page }) => {
			await page.goto(path);
			const findings = await keyboardFindings(page);
			expect(findings, findings.join('\n')).toEqual([]);
		});

		test('security: no request leaves the origin; no CSP violation with _headers applied', async ({ page, baseURL }) => {
			await withStaticHostHeaders(page);
			const { foreign, errors } = watchRequestsAndConsole(page, new URL(baseURL!).origin);
			const response = await page.goto(path);
			expect(response?.headers()['x-content-type-options']).toBe('nosniff');
			// Network idle, not just load: the search pages fetch Pagefind (code, index, WebAssembly)
			// after load, and those requests must pass the policy too. Then stop serving, so that no
			// request still in flight outlives the test (Playwright reports that as an error).
			await page.waitForLoadState('networkidle');
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([]);
			expect(errors, `console errors (CSP violations among them):\n${errors.join('\n')}`).toEqual([]);
		});

		test('budgets: no layout shift from late content', async ({ page }) => {
			await watchLayoutShift(page);
			await page.goto(path);
			const cls = await layoutShift(page);
			expect(cls, `cumulative layout shift is ${cls.toFixed(4)}; it must be 0`).toBe(0);
		});
	});
}

test.describe('the browser gates fail on a broken page', () => {
	test.beforeEach(async ({ page }) => {
		await page.route('**/__broken/', (route) => route.fulfill({ contentType: 'text/html', body: BROKEN_PAGE }));
	});

	test('axe reports missing lang, missing alt and low contrast', async ({ page }) => {
		await page.goto('/__broken/');
		const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
		expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
	});

	test('the keyboard gate reports an element without a focus indicator', async ({ page }) => {
		await page.goto('/__broken/');
		expect(await keyboardFindings(page)).toEqual([expect.stringContaining('"No focus ring" has no visible focus indicator')]);
	});

	test('the origin gate sees a request to another origin', async ({ page, baseURL }) => {
		await page.route('http://example.invalid/**', (route) => route.abort());
		const { foreign } = watchRequestsAndConsole(page, new URL(baseURL!).origin);
		await page.goto('/__broken/');
		await page.waitForLoadState('load');
		expect(foreign).toEqual(['http://example.invalid/pixel.png']);
	});

	test('the CSP of a real page blocks an inline script, and the console shows it', async ({ page, baseURL }) => {
		const { errors } = watchRequestsAndConsole(page, new URL(baseURL!).origin);
		await page.route('**/design/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</main>', '<script>document.title = "ran"</script></main>');
			await route.fulfill({ response, body: html });
		});
		await page.goto('/design/');
		await expect(page).not.toHaveTitle('ran');
		expect(errors.join('\n')).toMatch(/Content Security Policy/);
	});

	test('the layout-shift gate measures a shift from late content', async ({ page }) => {
		await watchLayoutShift(page);
		await page.goto('/__broken/');
		expect(await layoutShift(page, 800)).toBeGreaterThan(0);
	});
});
