import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Job, defaultConcurrency, forEachJob, jobsFor, openSite } from '../walk/walk.ts';
import { screenshotName } from './names.ts';
import { VIEWPORT_HEIGHT } from './rules.ts';

// `npm run screenshots`: a full-page PNG of every built page at 390 and 1280 px, in the light and the
// dark colour scheme, into screenshots/ (ignored by git), for reviewing a change by eye. Built on the
// site walk (tests/walk/walk.ts): one browser, several pages at a time. Build first.
// Options: --concurrency N, --only <part of a path> (then earlier screenshots are kept).

type Shot = { width: 390 | 1280; scheme: 'light' | 'dark' };
const SHOTS: Shot[] = [390, 1280].flatMap((width) =>
	(['light', 'dark'] as const).map((scheme) => ({ width: width as Shot['width'], scheme })),
);
const OUT = join(process.cwd(), 'screenshots');

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const only = arg('only');
const concurrency = Number(arg('concurrency') ?? process.env.WALK_CONCURRENCY ?? defaultConcurrency());

if (!only) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const start = Date.now();
const site = await openSite({ baseURL: process.env.WALK_BASE_URL });
const failed: string[] = [];
let taken = 0;
try {
	const jobs: Job<Shot>[] = jobsFor(site.paths, SHOTS, only);
	await forEachJob(
		site,
		jobs,
		{
			label: (s) => `${s.width} ${s.scheme}`,
			context: (s) => ({ viewport: { width: s.width, height: VIEWPORT_HEIGHT }, colorScheme: s.scheme }),
			concurrency,
		},
		async (context, job) => {
			const page = await context.newPage();
			try {
				await page.goto(site.baseURL + job.path);
				await page.evaluate(() => document.fonts.ready);
				await page.screenshot({ path: join(OUT, screenshotName(job.path, job.variant.width, job.variant.scheme)), fullPage: true });
				taken++;
			} catch (e) {
				failed.push(`${job.path} (${job.variant.width} px, ${job.variant.scheme}): ${(e as Error).message.split('\n')[0]}`);
			} finally {
				await page.close();
			}
		},
	);
} finally {
	await site.close();
}
console.log(
	`screenshots: ${taken} PNGs of ${new Set(site.paths).size} pages in screenshots/ in ${((Date.now() - start) / 1000).toFixed(1)} s`,
);
for (const f of failed) console.log(`  failed: ${f}`);
process.exitCode = failed.length ? 1 : 0;
