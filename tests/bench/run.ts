// `npm run bench`: build times and page weights (a benchmark, not a test: it prints, it does not fail).
// - the real site's build time;
// - build time and cost per publication for generated content sets of 10, 100 and 1,000
//   publications with their endpoints (tests/bench/generate.ts; checked with the site's schemas
//   first), to show that the cost per publication stays flat (the last marginal cost over the
//   first, target ≤ 1.2), with how many sharing images each build rendered or reused
//   (BENCH_OG_CACHE=cold empties the image cache before every build; BENCH_RUNS=3 builds each
//   set three times and keeps the fastest times);
// - every page's gzip weight and requests, and the overview against its target.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUDGETS, weighPage } from '../gates/budgets.ts';
import { fileReader, readBuiltSite } from '../gates/site.ts';
import { loadContent } from '../helpers/load-content.ts';
import { ROOT, astroBuildAsync } from '../helpers/project-copy.ts';
import { generateContent } from './generate.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
/** Builds per content set; the fastest wall-clock and CPU times are kept (the machine may be shared). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
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

/**
 * CPU time (user + system) used so far by this process's finished children and their own children
 * (the build and Pagefind), in ms, from /proc/self/stat (cutime and cstime, in ticks of 1/100 s);
 * undefined where there is no /proc. Unlike wall-clock time it hardly depends on what else the
 * machine is doing.
 */
function childrenCpuMs(): number | undefined {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3, "state"
		return (Number(fields[13]) + Number(fields[14])) * 10;
	} catch {
		return undefined;
	}
}

const pngsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0);

/** RUNS builds of one content set: the fastest times, and how many images the first build rendered. */
async function timedBuilds(outDir: string, env: Record<string, string> = {}) {
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await timedBuild(outDir, env));
	const cpuTimes = runs.map((r) => r.cpuMs).filter((c) => c !== undefined);
	return {
		...runs[0]!,
		ms: Math.min(...runs.map((r) => r.ms)),
		cpuMs: cpuTimes.length === runs.length ? Math.min(...cpuTimes) : undefined,
		load: runs.map((r) => r.load).join(', '),
	};
}

async function timedBuild(outDir: string, env: Record<string, string> = {}) {
	const cache = CACHE_MODE === 'cold' ? mkdtempSync(join(tmp, 'og-cache-')) : WARM_CACHE;
	const cachedBefore = pngsIn(cache);
	const start = performance.now();
	const cpuStart = childrenCpuMs();
	const { status, output } = await astroBuildAsync(ROOT, ['--outDir', outDir], { ...env, OG_CACHE_DIR: cache });
	const ms = performance.now() - start;
	const cpuEnd = childrenCpuMs();
	const cpuMs = cpuStart === undefined || cpuEnd === undefined ? undefined : cpuEnd - cpuStart;
	if (status !== 0) throw new Error(`build failed:\n${output}`);
	// Each image the build rendered added one file to the cache; the others were reused.
	const rendered = pngsIn(cache) - cachedBefore;
	// The machine may be shared: the 1-minute load average at the end says how busy it was.
	const load = loadavg()[0]!.toFixed(1);
	return { ms, cpuMs, pages: readBuiltSite(outDir).pages.length, images: pngsIn(join(outDir, 'og')), rendered, load };
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
	const real = await timedBuilds(realOut);
	const realPublications = loadContent('content').set.publications.length;

	const images = (b: { images: number; rendered: number }) => `${b.images} (${b.rendered} rendered)`;
	const cpu = (b: { cpuMs?: number | undefined }) => (b.cpuMs === undefined ? '–' : s(b.cpuMs));
	const rows: (string | number)[][] = [['real site', realPublications, real.pages, images(real), s(real.ms), cpu(real), '', real.load]];
	const timings: { n: number; ms: number; cpuMs?: number | undefined }[] = [];
	for (const n of SIZES) {
		const content = join(tmp, `content-${n}`);
		generateContent(content, n);
		const { issues, set } = loadContent(content);
		if (issues.length)
			throw new Error(
				`generated content for ${n} does not pass the schemas:\n${issues
					.slice(0, 5)
					.map((i) => `${i.file}: ${i.field}: ${i.message}`)
					.join('\n')}`,
			);
		const built = await timedBuilds(join(tmp, `out-${n}`), { CONTENT_DIR: content });
		timings.push({ n, ms: built.ms, cpuMs: built.cpuMs });
		rows.push([
			`generated`,
			set.publications.length,
			built.pages,
			images(built),
			s(built.ms),
			cpu(built),
			`${((built.ms - real.ms) / n).toFixed(1)} ms`,
			built.load,
		]);
		rmSync(content, { recursive: true, force: true });
	}
	console.log(
		`Build time (${RUNS === 1 ? 'one build each' : `fastest of ${RUNS} builds each`}, wall clock; sharing-image cache ${CACHE_MODE === 'cold' ? 'empty for every build' : `kept in ${WARM_CACHE}`})\n`,
	);
	table(
		[
			'content',
			'publications',
			'pages',
			RUNS === 1 ? 'sharing images' : 'sharing images (first build)',
			'build',
			'CPU time',
			'cost per generated publication',
			`load (${cpus().length} cores)`,
		],
		rows,
	);
	if (timings.length >= 3) {
		const report = (what: string, cost: (t: (typeof timings)[number]) => number | undefined) => {
			if (timings.some((t) => cost(t) === undefined)) return;
			const marginal = timings.slice(1).map((t, i) => (cost(t)! - cost(timings[i]!)!) / (t.n - timings[i]!.n));
			const ratio = marginal.at(-1)! / marginal[0]!;
			const verdict = marginal.some((m) => m <= 0)
				? 'the differences are within timing noise: use larger sizes'
				: ratio <= 1.2
					? 'the marginal cost is flat (target ≤ 1.2)'
					: 'the marginal cost grows (target ≤ 1.2): look for work repeated per publication or per page';
			console.log(
				`Marginal ${what} per publication: ${marginal.map((m, i) => `${timings[i]!.n}→${timings[i + 1]!.n}: ${m.toFixed(1)} ms`).join(', ')}.` +
					` Ratio last/first ${ratio.toFixed(2)}: ${verdict}.`,
			);
		};
		console.log('');
		report('build time', (t) => t.ms);
		report('CPU time', (t) => t.cpuMs);
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
