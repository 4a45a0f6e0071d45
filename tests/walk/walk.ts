import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright';
import { PREVIEW_PORT, launchOptions } from '../setup/chromium.ts';
import { listFiles, publicPath } from '../gates/site.ts';

// Site walks: one check on every page of the built site (dist/), in one browser, several pages at
// a time. `npm run test:a11y:all` (tests/a11y/run.ts) walks axe over every page in both colour
// schemes; a layout check (every page at several widths) is another `Check` with widths as its
// variants. A check only says what to do on one loaded page; the walk serves dist/, opens the
// browser once, loads each page in each variant, runs the check, and reports.
//
// Every check also runs first on a deliberately broken page (its `canary`) and must find something
// there, so that a walk that finds nothing on the site means the check ran.

/** One page in one variant (a colour scheme, a width). */
export interface Job<V> {
	path: string;
	variant: V;
}

// Methods, not function-typed properties: a Check<'light' | 'dark'> is then also a Check<unknown> for runWalks.
export interface Check<V> {
	/** Names the check in the report: "axe". */
	name: string;
	/** What each page is loaded in: colour schemes, viewport widths, … */
	variants: readonly V[];
	/** A variant as the report names it: "dark", "390 px". */
	label(variant: V): string;
	/** Browser context options for a variant (colour scheme, viewport, locale). */
	context?(variant: V): BrowserContextOptions;
	/** The pages to walk, from every page of the build (all of them when absent). */
	pages?(paths: string[]): string[];
	/** Runs on a page that has loaded; returns what is wrong, one line each (empty when all is well). */
	run(page: Page, job: Job<V>): Promise<string[]>;
	/**
	 * Deliberately broken pages on which the check must find something (each finding what its
	 * `expect` matches, when given), and the variant to load each in.
	 */
	canary: Canary<V> | Canary<V>[];
	/** Pages on which the check must find nothing: what it allows (an exemption, a tolerance) stays allowed. */
	controls?: Canary<V>[];
	/** Longest time for one page, in ms (default 120 s). */
	timeout?: number;
	/** The findings as text for the report (one line each under its page and variant when absent). */
	format?(findings: Finding[]): string;
	/** Lines the report ends with that are not findings (what the check could not look at). */
	notes?(): string[];
}

/** A page served at a made-up address of the site's origin, for a check's self-test. */
export interface Canary<V> {
	html: string;
	variant: V;
	/** Loaded with this fragment ("#row"). */
	fragment?: string;
	/** A finding on the page must match this. */
	expect?: RegExp;
}

export interface Finding {
	path: string;
	variant: string;
	message: string;
}

export interface WalkReport {
	check: string;
	pages: number;
	variants: string[];
	jobs: number;
	findings: Finding[];
	ms: number;
	/** The slowest page loads and checks, for the log. */
	slowest: { path: string; variant: string; ms: number }[];
}

/** A served build and a browser, shared by every walk of one run. */
export interface Site {
	baseURL: string;
	browser: Browser;
	/** Every page of the build, as public paths ("/", "/ja/design/", "/404.html"). */
	paths: string[];
	close: () => Promise<void>;
}

/** Every HTML page in an output folder, as public paths. */
export const builtPaths = (dist: string): string[] =>
	listFiles(dist)
		.filter((f) => f.endsWith('.html'))
		.map((f) => publicPath('/', f));

/**
 * Serves `dist` with `astro preview` (the server the Playwright tests use) and launches Chromium.
 * Set `baseURL` to walk a site that is already served instead.
 */
export async function openSite(options: { root?: string; port?: number; baseURL?: string } = {}): Promise<Site> {
	const root = options.root ?? process.cwd();
	const paths = builtPaths(join(root, 'dist'));
	if (paths.length === 0) throw new Error(`no pages in ${join(root, 'dist')}: run npm run build first`);
	let stopServer = async () => {};
	let baseURL = options.baseURL;
	if (!baseURL) {
		const port = options.port ?? PREVIEW_PORT;
		// Imported here, not at the top: loading Astro takes a moment and a walk of a served site needs none of it.
		const { preview } = await import('astro');
		const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
		stopServer = () => server.stop();
		baseURL = `http://127.0.0.1:${server.port}`;
	}
	const browser = await chromium.launch(launchOptions);
	return {
		baseURL,
		browser,
		paths,
		close: async () => {
			await browser.close();
			await stopServer();
		},
	};
}

/** Rejects after `ms` with a message saying what took too long. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Loads one page and runs the check on it; a crash or a failed load is a finding too. */
async function runJob<V>(check: Check<V>, context: BrowserContext, baseURL: string, job: Job<V>): Promise<string[]> {
	const page = await context.newPage();
	try {
		return await withTimeout(
			(async () => {
				const response = await page.goto(baseURL + job.path);
				// The 404 page is served with its own status for unknown paths; loaded by name it is a page like the others.
				if (!response || response.status() !== 200) return [`the page did not load (HTTP ${response?.status() ?? 'no response'})`];
				return check.run(page, job);
			})(),
			check.timeout ?? 120_000,
			`${check.name} on ${job.path} (${check.label(job.variant)})`,
		);
	} catch (e) {
		return [`the check failed to run: ${(e as Error).message.split('\n')[0]}`];
	} finally {
		await page.close().catch(() => {});
	}
}

/**
 * Shows that the check finds something on each of its broken pages (what it is expected to find)
 * and nothing on its control pages; throws when it does not.
 */
async function runCanary<V>(check: Check<V>, site: Site): Promise<void> {
	const canaries = Array.isArray(check.canary) ? check.canary : [check.canary];
	const pages = [...canaries.map((c) => ({ ...c, control: false })), ...(check.controls ?? []).map((c) => ({ ...c, control: true }))];
	const problems: string[] = [];
	// A few at a time, like the walk itself: a busy machine loads a dozen pages at once too slowly.
	let next = 0;
	const worker = async () => {
		while (next < pages.length) {
			const i = next++;
			await visit(pages[i]!, i);
		}
	};
	const visit = async (c: (typeof pages)[number], i: number) => {
		const context = await site.browser.newContext(check.context?.(c.variant));
		try {
			await context.route(`**/__walk-canary/${i}/`, (route) => route.fulfill({ contentType: 'text/html', body: c.html }));
			const path = `/__walk-canary/${i}/${c.fragment ?? ''}`;
			const findings = await runJob(check, context, site.baseURL, { path, variant: c.variant });
			const name = `${c.control ? 'control' : 'broken'} page ${i + 1}${c.expect ? ` (${c.expect.source})` : ''}`;
			if (c.control) {
				if (findings.length > 0)
					problems.push(`${check.name}: on its ${name}, which breaks no rule, the check found: ${findings.join('; ')}`);
			} else if (findings.length === 0 || findings.every((f) => f.startsWith('the check failed to run'))) {
				problems.push(
					`${check.name}: the check found nothing wrong on its deliberately ${name}${findings.length ? ` (${findings.join('; ')})` : ''}, so a clean walk would prove nothing`,
				);
			} else if (c.expect && !findings.some((f) => c.expect!.test(f))) {
				problems.push(`${check.name}: on its deliberately ${name} the check did not find what it should; it found: ${findings.join('; ')}`);
			}
		} finally {
			await context.close();
		}
	};
	await Promise.all(Array.from({ length: Math.min(defaultConcurrency(), pages.length) }, worker));
	if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * Runs `visit` on every job, `concurrency` at a time, each worker with one browser context per
 * variant (made by `context`). The pool under every walk, and under `npm run screenshots`.
 */
export async function forEachJob<V>(
	site: Site,
	jobs: Job<V>[],
	options: { label: (variant: V) => string; context?: (variant: V) => BrowserContextOptions; concurrency?: number },
	visit: (context: BrowserContext, job: Job<V>) => Promise<void>,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		const contexts = new Map<string, BrowserContext>();
		try {
			while (next < jobs.length) {
				const job = jobs[next++]!;
				const label = options.label(job.variant);
				if (!contexts.has(label)) contexts.set(label, await site.browser.newContext(options.context?.(job.variant)));
				await visit(contexts.get(label)!, job);
			}
		} finally {
			await Promise.all([...contexts.values()].map((c) => c.close()));
		}
	};
	const n = Math.max(1, Math.min(options.concurrency ?? defaultConcurrency(), jobs.length));
	await Promise.all(Array.from({ length: n }, worker));
}

/** Every page of `paths` in every variant, filtered by `--only`. */
export const jobsFor = <V>(paths: string[], variants: readonly V[], only?: string): Job<V>[] =>
	paths.filter((p) => !only || p.includes(only)).flatMap((path) => variants.map((variant) => ({ path, variant })));

/**
 * Runs `check` on every page in every variant, `concurrency` pages at a time, each worker with one
 * browser context per variant. Returns every finding; it does not throw on findings.
 */
export async function walk<V>(site: Site, check: Check<V>, options: { concurrency?: number; only?: string } = {}): Promise<WalkReport> {
	const start = Date.now();
	await runCanary(check, site);
	const jobs = jobsFor(check.pages ? check.pages(site.paths) : site.paths, check.variants, options.only);
	const findings: Finding[] = [];
	const times: { path: string; variant: string; ms: number }[] = [];
	await forEachJob(site, jobs, { label: check.label, context: check.context, concurrency: options.concurrency }, async (context, job) => {
		const label = check.label(job.variant);
		const t0 = Date.now();
		const found = await runJob(check, context, site.baseURL, job);
		times.push({ path: job.path, variant: label, ms: Date.now() - t0 });
		for (const message of found) findings.push({ path: job.path, variant: label, message });
	});
	return {
		check: check.name,
		pages: new Set(jobs.map((j) => j.path)).size,
		variants: check.variants.map(check.label),
		jobs: jobs.length,
		findings: findings.sort((a, b) => a.path.localeCompare(b.path) || a.variant.localeCompare(b.variant)),
		ms: Date.now() - start,
		slowest: times.sort((a, b) => b.ms - a.ms).slice(0, 3),
	};
}

/** Pages at a time: one per core, plus one that loads while the others are checked. */
export const defaultConcurrency = () => availableParallelism() + 1;

/** The report as text: a summary line, then each finding under its page and variant (or as the check formats them). */
export function formatReport(r: WalkReport, concurrency: number, format?: (findings: Finding[]) => string): string {
	const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	const head = `${r.check}: ${r.jobs} page loads (${r.pages} pages × ${r.variants.join(', ')}) in ${seconds(r.ms)}, ${concurrency} at a time`;
	const slow = `  slowest: ${r.slowest.map((s) => `${s.path} (${s.variant}) ${seconds(s.ms)}`).join(', ')}`;
	if (r.findings.length === 0) return `${head}: nothing found\n${slow}`;
	if (format) return `${head}: ${r.findings.length} finding(s)\n${slow}\n${format(r.findings)}`;
	const lines = [`${head}: ${r.findings.length} finding(s)`];
	let last = '';
	for (const f of r.findings) {
		const where = `${f.path} (${f.variant})`;
		if (where !== last) lines.push(`  ${where}`);
		last = where;
		lines.push(`    ${f.message}`);
	}
	return lines.join('\n');
}

/**
 * Runs checks one after another over one served build in one browser, prints their reports and
 * returns the exit code (1 when anything was found). Options from the command line:
 * `--concurrency N` (or WALK_CONCURRENCY) and `--only <part of a path>`.
 */
export async function runWalks(checks: Check<unknown>[], argv = process.argv.slice(2)): Promise<number> {
	const arg = (name: string) => {
		const i = argv.indexOf(`--${name}`);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const concurrency = Number(arg('concurrency') ?? process.env.WALK_CONCURRENCY ?? defaultConcurrency());
	const only = arg('only');
	const site = await openSite({ baseURL: process.env.WALK_BASE_URL });
	let failed = false;
	try {
		for (const check of checks) {
			const report = await walk(site, check, { concurrency, only });
			console.log(formatReport(report, concurrency, check.format?.bind(check)));
			for (const note of check.notes?.() ?? []) console.log(`note: ${note}`);
			if (report.findings.length > 0 || report.jobs === 0) failed = true;
		}
	} finally {
		await site.close();
	}
	return failed ? 1 : 0;
}
