import type { Check, Finding } from '../walk/walk.ts';
import { readPublicUrls } from '../gates/public-urls.ts';
import { measureAnchor, measurePage } from './measure.ts';
import { VIEWPORT_HEIGHT, WIDTHS, anchorFindings, findingLine, groupByRule, pageFindings, unmarkedFigures } from './rules.ts';
import { BROKEN_LAYOUT_PAGES, CONTROL_LAYOUT_PAGES } from './fixtures.ts';

// The layout gate (`npm run test:layout`, in `npm test`): every built page at each width in WIDTHS,
// and every permanent anchor of tests/gates/public-urls.json followed at each width. A page is
// loaded once, at the narrowest width, and resized to the others (what a reader who turns a phone
// or widens a window gets). A page's anchors are one job: the page is loaded with its first anchor
// at the narrowest width (a new navigation, as from a link on another site); every other anchor, and
// every anchor at the other widths, is then followed by a same-page navigation (location.hash, as a
// link within the page; the browser runs the same scroll-to-fragment steps). One page.evaluate per
// page (or anchor) and width reads the geometry (measure.ts); rules.ts judges it. Findings name
// their width: "390 px [rule] …".

/** Figures whose labels could be checked only against each other (no data-mark): reported as notes. */
const unmarked = new Set<string>();

/** Every page, then `page#first-anchor` for each built page with permanent anchors (one job for all its anchors). */
export function layoutPages(paths: string[], urls = readPublicUrls()): string[] {
	const built = new Set(paths);
	const anchored = Object.entries(urls).filter(([path, ids]) => built.has(path) && ids.length > 0);
	return [...paths, ...anchored.map(([path, ids]) => `${path}#${ids[0]}`)];
}

/** The anchors a `page#first` job follows: the first, then the page's other permanent anchors. */
export function anchorsToFollow(job: string, urls = readPublicUrls()): string[] {
	const [path, first] = [job.slice(0, job.indexOf('#')), decodeURIComponent(job.slice(job.indexOf('#') + 1))];
	return [first, ...(urls[path] ?? []).filter((id) => id !== first)];
}

type Widths = readonly (typeof WIDTHS)[number][];

export const layoutCheck: Check<Widths> = {
	name: 'layout',
	variants: [WIDTHS],
	label: (widths) => `${widths.join(', ')} px`,
	context: (widths) => ({ viewport: { width: widths[0] ?? WIDTHS[0], height: VIEWPORT_HEIGHT }, colorScheme: 'light' }),
	pages: (paths) => layoutPages(paths),
	async run(page, job) {
		const anchors = job.path.includes('#') ? anchorsToFollow(job.path) : [];
		const out: string[] = [];
		for (const [i, width] of job.variant.entries()) {
			if (i > 0) await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
			for (const [k, id] of anchors.entries()) {
				// The first anchor at the first width was the page's own navigation; every other one is followed within the page.
				if (i > 0 || k > 0) await page.evaluate((hash) => void ((location.hash = ''), (location.hash = hash)), id);
				out.push(...anchorFindings(await page.evaluate(measureAnchor, id)).map((f) => findingLine(width, f)));
			}
			if (anchors.length) continue;
			const measured = await page.evaluate(measurePage);
			if (!job.path.startsWith('/__walk-canary/')) for (const svg of unmarkedFigures(measured)) unmarked.add(`${job.path} ${svg}`);
			out.push(...pageFindings(measured).map((f) => findingLine(width, f)));
		}
		return out;
	},
	canary: BROKEN_LAYOUT_PAGES,
	controls: CONTROL_LAYOUT_PAGES,
	format: (findings: Finding[]) => groupByRule(findings),
	notes: () =>
		unmarked.size
			? [
					`${unmarked.size} figure(s) mark none of their bars or points with data-mark, so their labels were checked against each other only, not against the marks: ${[...unmarked].sort().join(', ')}`,
				]
			: [],
};
