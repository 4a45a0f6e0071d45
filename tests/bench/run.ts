// `npm run bench`: build times and page weights (a benchmark, not a test: it prints, it does not fail).
// - the real site's build time;
// - build time and cost per publication for generated content sets of 10, 100 and 1,000
//   publications with their endpoints (tests/bench/generate.ts; checked with the site's schemas
//   first), to show that the cost per publication stays flat (the last marginal cost over the
//   first, target ≤ 1.2), with how many sharing images each build rendered or reused
//   (BENCH_OG_CACHE=cold empties the image cache before every build);
// - every page's gzip weight and requests, and the overview against its target.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUDGETS, weighPage } from '../gates/budgets.ts';
import { fileReader, readBuiltSite } from '../gates/site.ts';
import { loadContent } from '../helpers/load-content.ts';
import { ROOT, astroBuildAsync } from '../helpers/project-copy.ts';
import { generateContent } from './generate.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
/**
 * The sharing-image cache the builds use (src/lib/og/cache.ts). "warm" (the default): one folder
 * kept between bench runs, as a host keeps the cache between deploys (the first run renders every
 * image; a second run reuses them). "cold": an empty folder for every build, so every image is
 * rendered, as in a first build on a new machine.
 */
const CACHE_MODE = process.env.BENCH_OG_CACHE === 'cold' ? 'cold' : 'warm';
const WARM_CACHE = join(ROOT, 'node_modules', '.astro', 'og-images-bench');
/** The overview's target, and what a Starlight page with the same content weighs (measured by the issue's author). */
const OVERVIEW_TARGET = { bytes: 12 * 1024, requests: 3 };
const STARLIGHT = { bytes: 50 * 1024, requests: 10 };

const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const pngsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0);

async function timedBuild(outDir: string, env: Record<string, string> = {}) {
	const cache = CACHE_MODE === 'cold' ? mkdtempSync(join(tmp, 'og-cache-')) : WARM_CACHE;
	const cachedBefore = pngsIn(cache);
	const start = performance.now();
	const { status, output } = await astroBuildAsync(ROOT, ['--outDir', outDir], { ...env, OG_CACHE_DIR: cache });
	const ms = performance.now() - start;
	if (status !== 0) throw new Error(`build failed:\n${output}`);
	// Each image the build rendered added one file to the cache; the others were reused.
	const rendered = pngsIn(cache) - cachedBefore;
	// The machine may be shared: the 1-minute load average at the end says how busy it was.
	const load = loadavg()[0]!.toFixed(1);
	return { ms, pages: readBuiltSite(outDir).pages.length, images: pngsIn(join(outDir, 'og')), rendered, load };
}

function table(head: string[], rows: (string | number)[][]) {
	const cells = [head, ...rows].map((r) => r.map(String));
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log([line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n'));
}

try {
	console.log(`Benchmark on ${new Date().toISOString()} (Node ${process.version})\n`);
	const realOut = join(tmp, 'real');
	const real = await timedBuild(realOut);
	const realPublications = (await loadContent('content')).set.publications.length;

	const images = (b: { images: number; rendered: number }) => `${b.images} (${b.rendered} rendered)`;
	const rows: (string | number)[][] = [['real site', realPublications, real.pages, images(real), s(real.ms), '', real.load]];
	const timings: { n: number; ms: number }[] = [];
	for (const n of SIZES) {
		const content = join(tmp, `content-${n}`);
		generateContent(content, n);
		const { issues, set } = await loadContent(content);
		if (issues.length)
			throw new Error(
				`generated content for ${n} does not pass the schemas:\n${issues
					.slice(0, 5)
					.map((i) => `${i.file}: ${i.field}: ${i.message}`)
					.join('\n')}`,
			);
		const built = await timedBuild(join(tmp, `out-${n}`), { CONTENT_DIR: content });
		timings.push({ n, ms: built.ms });
		rows.push([
			`generated`,
			set.publications.length,
			built.pages,
			images(built),
			s(built.ms),
			`${((built.ms - real.ms) / n).toFixed(1)} ms`,
			built.load,
		]);
		rmSync(content, { recursive: true, force: true });
	}
	console.log(
		`Build time (one build each, wall clock; sharing-image cache ${CACHE_MODE === 'cold' ? 'empty for every build' : `kept in ${WARM_CACHE}`})\n`,
	);
	table(
		['content', 'publications', 'pages', 'sharing images', 'build', 'cost per generated publication', `load (${cpus().length} cores)`],
		rows,
	);
	if (timings.length >= 3) {
		const marginal = timings.slice(1).map((t, i) => (t.ms - timings[i]!.ms) / (t.n - timings[i]!.n));
		const ratio = marginal.at(-1)! / marginal[0]!;
		const verdict = marginal.some((m) => m <= 0)
			? 'the differences are within timing noise: use larger sizes'
			: ratio <= 1.2
				? 'the marginal cost is flat (target ≤ 1.2)'
				: 'the marginal cost grows (target ≤ 1.2): look for work repeated per publication or per page';
		console.log(
			`\nMarginal cost per publication: ${marginal.map((m, i) => `${timings[i]!.n}→${timings[i + 1]!.n}: ${m.toFixed(1)} ms`).join(', ')}.` +
				` Ratio last/first ${ratio.toFixed(2)}: ${verdict}.`,
		);
	}

	const site = readBuiltSite(realOut);
	const read = fileReader(realOut);
	const weights = site.pages.map((p) => weighPage(p, read));
	console.log(
		'\nPage weight on load (gzip level 9; budget per page: ' + `${kb(BUDGETS.totalBytes)} in all, ${kb(BUDGETS.jsBytes)} of JavaScript)\n`,
	);
	table(
		['page', 'HTML', 'CSS', 'JS', 'total', 'requests'],
		weights.map((w) => [w.path, kb(w.htmlBytes), kb(w.cssBytes), kb(w.jsBytes), kb(w.totalBytes), w.requests]),
	);
	const overview = weights.find((w) => w.path === '/');
	if (overview) {
		const ok = overview.totalBytes <= OVERVIEW_TARGET.bytes && overview.requests <= OVERVIEW_TARGET.requests;
		console.log(
			`\nOverview: ${kb(overview.totalBytes)} in ${overview.requests} requests; target ≤ ${kb(OVERVIEW_TARGET.bytes)} in ≤ ${OVERVIEW_TARGET.requests} (${ok ? 'met' : 'NOT met'}).` +
				` A Starlight page with the same content: about ${kb(STARLIGHT.bytes)} in ${STARLIGHT.requests} requests.`,
		);
	}
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
