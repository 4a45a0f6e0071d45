import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../gates/site.ts';
import { ROOT, type ContentEdit, applyEdit, astroBuildAsync, buildEnv, limit, projectCopy, replaceIn } from '../helpers/project-copy.ts';
import { launchOptions } from '../helpers/browser.ts';

// The build fails closed (issue 9): real builds of copies of the project, as an editor would run
// them. Bad content fails with every file and field named and leaves no dist/ (and no staging
// folder); a warm cache never publishes stale data; a failure while pages render leaves nothing
// half-built; a build without SITE_URL writes no loopback address anywhere; the dev server shows
// content errors in the browser.

interface BadBuild {
	title: string;
	edits: ContentEdit[];
	expect: { file: string; field: string; message: string }[];
}
const groups = parse(readFileSync('tests/fixtures/bad-builds.yml', 'utf8')) as BadBuild[];

const tmp = mkdtempSync(join(tmpdir(), 'fail-closed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Two builds at a time: the machine has two cores.
const slot = limit(2);
const copy = (name: string, edit?: (dir: string) => void) => projectCopy(join(tmp, name), edit);

/** Nothing is left for a deploy step to pick up: no output folder, no staging folder. */
function expectNothingPublished(dir: string, output: string) {
	expect(existsSync(join(dir, 'dist')), `dist/ exists after a failed build:\n${output}`).toBe(false);
	expect(existsSync(join(dir, '.dist.partial')), 'the staging folder was left behind').toBe(false);
	expect(output).toContain('no dist/ was written');
}

describe.concurrent('bad content fails a real build, naming every file and field at once', () => {
	test.each(groups)(
		'$title',
		async (g) => {
			const dir = copy(g.title.replace(/\W+/g, '-'), (d) => g.edits.forEach((e) => applyEdit(join(d, 'content'), e)));
			const { status, output } = await slot(() => astroBuildAsync(dir));
			expect(status, output).not.toBe(0);
			const lines = output.split('\n');
			for (const e of g.expect) {
				const found = lines.some((l) => l.includes(`content/${e.file}`) && l.includes(`: ${e.field}`) && l.includes(e.message));
				expect(found, `no line names content/${e.file}, ${e.field} and "${e.message}":\n${output}`).toBe(true);
			}
			expectNothingPublished(dir, output);
		},
		300_000,
	);
});

describe.concurrent('builds that must publish nothing stale or half-built', () => {
	test('a warm cache: a typo after a good build fails, and the old site is gone; no loopback address without SITE_URL', async () => {
		const dir = copy('warm');
		const good = await slot(() => astroBuildAsync(dir, [], { SITE_URL: '' }));
		expect(good.status, good.output).toBe(0);
		// A build without SITE_URL writes no loopback address into any file, and says what it left out.
		expect(good.output).toContain('SITE_URL is not set');
		const loopback = listFiles(join(dir, 'dist')).filter((f) =>
			/localhost|127\.0\.0\.1/.test(readFileSync(join(dir, 'dist', f), 'latin1')),
		);
		expect(loopback, 'files with a loopback address').toEqual([]);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toContain('rel="canonical"');
		expect(existsSync(join(dir, 'node_modules/.astro/data-store.json')) || existsSync(join(dir, '.astro'))).toBe(true);

		// The mistakes that used to publish the previous build's changelog and sources with exit 0.
		replaceIn(join(dir, 'content/changes.yaml'), '  summary: >-', '  summary: "Unfinished text');
		replaceIn(join(dir, 'content/sources.yaml'), '  label: S2\n', ' label: S2\n');
		const bad = await slot(() => astroBuildAsync(dir, [], { SITE_URL: '' }));
		expect(bad.status, bad.output).not.toBe(0);
		expect(bad.output).toContain('content/changes.yaml:9: (YAML, line 9, column 12): a text in quotes starts here and is never closed');
		expect(bad.output).toMatch(/content\/sources\.yaml:\d+: \(YAML, line \d+/);
		expect(bad.output, 'no false "does not exist" reports after a file that cannot be read').not.toContain('which does not exist');
		expectNothingPublished(dir, bad.output);
	}, 300_000);

	test('a failure while pages render (an MDX syntax error) leaves no dist/ and no half-built pages', async () => {
		const dir = copy('render-fails', (d) => replaceIn(join(d, 'content/pages/design.mdx'), '## ', '<div>\n\n## '));
		const { status, output } = await slot(() => astroBuildAsync(dir));
		expect(status, output).not.toBe(0);
		expectNothingPublished(dir, output);
	}, 300_000);

	test('the unbroken copy builds with SITE_URL and publishes every page, the search index and the sitemap', async () => {
		const dir = copy('unbroken');
		const { status, output } = await slot(() => astroBuildAsync(dir, [], { SITE_URL: 'https://evidence.example.org' }));
		expect(status, output).toBe(0);
		for (const f of ['index.html', 'pagefind/pagefind.js', 'sitemap-index.xml']) expect(existsSync(join(dir, 'dist', f)), f).toBe(true);
		expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://evidence.example.org/">');
		expect(existsSync(join(dir, '.dist.partial'))).toBe(false);
	}, 300_000);
});

test('the dev server shows a content error in the browser, and the page again once it is fixed', async () => {
	const dir = copy('dev');
	const port = 4800 + Math.floor(Math.random() * 100);
	const server: ChildProcess = spawn(
		process.execPath,
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: dir,
			env: buildEnv({ ASTRO_DEV_BACKGROUND: '0' }),
		},
	);
	let log = '';
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	const browser = await chromium.launch(launchOptions);
	try {
		const url = `http://127.0.0.1:${port}/endpoints/`;
		await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 60_000, interval: 500 }).toBe(200);
		const file = join(dir, 'content/endpoints/kiyoi-2020/cr-crh-phase-2.yaml');
		replaceIn(file, 'percent: 38', 'percent: 40');
		const page = await browser.newPage();
		const overlayText = () =>
			page.evaluate(
				() =>
					document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message, pre')?.textContent ??
					document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ??
					'',
			);
		await expect
			.poll(
				async () => {
					await page.goto(url);
					// The overlay is drawn by Vite's client script once the error page has loaded.
					await page
						.locator('vite-error-overlay')
						.waitFor({ state: 'attached', timeout: 5_000 })
						.catch(() => {});
					return overlayText();
				},
				{ timeout: 30_000, interval: 1000 },
			)
			.toContain('content/endpoints/kiyoi-2020/cr-crh-phase-2.yaml');
		expect(await overlayText()).toContain('is 40%, but 8/21 rounds to 38%');
		replaceIn(file, 'percent: 40', 'percent: 38');
		await expect.poll(async () => (await fetch(url)).status, { timeout: 30_000, interval: 500 }).toBe(200);
	} catch (e) {
		throw new Error(`${(e as Error).message}\n--- dev server log ---\n${log}`, { cause: e });
	} finally {
		await browser.close();
		server.kill();
	}
}, 180_000);
