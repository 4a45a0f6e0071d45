import { describe, expect, test } from 'vitest';
import { FEATURED, endpoints, publications } from '../helpers/content-files.ts';
import { parseSite, problems, withPage } from './dom.ts';
import { checkEndpointRows, checkFigures, checkSameInBothLanguages } from './number-checks.ts';

// Numbers on pages (tests/gates/number-checks.ts) for whatever content holds, then each check on a
// copy of the build with one number broken.

const site = parseSite(process.env.GATES_DIST ?? 'dist');
const pubs = publications();
const eps = endpoints();
const featured = pubs.find((p) => p.id === FEATURED)!;
const enrolled = [featured.population?.enrolled, ...(featured.population?.parts ?? []).map((p) => p.n)].filter(
	(n): n is number => n !== undefined,
);

const parts = new Map(pubs.flatMap((p) => (p.population?.parts ?? []).map((x) => [`${p.id}/${x.id}`, x.n ?? 0] as const)));

describe('numbers on every page', () => {
	test('every endpoint of every publication shows its counts, computed percentage and exact interval, and its printed value, on its pages in both languages', () => {
		const found = checkEndpointRows(site, pubs, eps);
		expect(found, problems(found)).toEqual([]);
	});
	test('key figures and inline results show their endpoint’s numbers; the overview has one for every endpoint', () => {
		const found = checkFigures(site, FEATURED, eps, enrolled, parts);
		expect(found, problems(found)).toEqual([]);
	});
	test('every page shows the same numbers, chart positions and section anchors in English and in Japanese', () => {
		const found = checkSameInBothLanguages(site);
		expect(found, problems(found)).toEqual([]);
	});
});

describe('each number check fails on a build with one number broken', () => {
	const first = eps.find((e) => e.publication !== FEATURED && e.measure.kind === 'proportion') ?? eps[0]!;
	const p = `/ja/publications/${first.publication}/`;
	test('an interval that is not the exact one', () => {
		const broken = withPage(site, p, ($) => {
			const cell = $(`tr#${first.anchor} td[data-cell="ci"]`);
			// The interval's first number, inside its kept-together run (Keep.astro).
			cell.html(cell.html()!.replace(/^(<span class="nw">)?[\d.]+/, '$11.0'));
		});
		expect(checkEndpointRows(broken, pubs, eps)).toEqual([expect.stringMatching(new RegExp(`^${p}#${first.anchor}: interval \\[1\\.0, `))]);
	});
	test('a derived denominator without its explanation', () => {
		const derived = eps.find(
			(e) =>
				e.publication === FEATURED && e.measure.kind === 'proportion' && e.measure.denominatorBasis?.method === 'inferred-from-percent',
		)!;
		const broken = withPage(site, '/ja/endpoints/', ($) => void $(`tr#${derived.anchor} th .cell-note`).remove());
		expect(checkEndpointRows(broken, pubs, eps)).toEqual([
			expect.stringMatching(new RegExp(`^/ja/endpoints/#${derived.anchor}: the derived count is not explained`)),
		]);
	});
	test('a missing row', () => {
		const broken = withPage(site, p, ($) => void $(`tr#${first.anchor}`).remove());
		expect(checkEndpointRows(broken, pubs, eps)).toEqual([expect.stringContaining(`${p}: rows [`)]);
	});
	test('an inline result with another endpoint’s number', () => {
		const broken = withPage(site, '/context/', ($) => void $('.result[data-endpoint]').first().text('9 of 21'));
		expect(checkFigures(broken, FEATURED, eps, enrolled, parts)).toEqual([
			expect.stringMatching(/^\/context\/: the figure of .* shows \[9\]/),
		]);
	});
	test('key figures that lead with a phase 1b rate, or a primary endpoint not marked as one', () => {
		const lead = eps
			.filter((e) => e.publication === FEATURED && e.role === 'primary')
			.sort((a, b) => (parts.get(`${b.publication}/${b.part}`) ?? 0) - (parts.get(`${a.publication}/${a.part}`) ?? 0))[0]!;
		const reordered = withPage(site, '/', ($) => void $('ul.key-figures').append($(`[data-key-figure="${lead.anchor}"]`)));
		expect(checkFigures(reordered, FEATURED, eps, enrolled, parts)).toEqual([
			expect.stringMatching(
				new RegExp(`^/: the key figures lead with .*, not the primary endpoint of the largest part \\(${lead.anchor}\\)`),
			),
		]);
		const unmarked = withPage(site, '/ja/', ($) => void $(`[data-key-figure="${lead.anchor}"] .role`).remove());
		expect(checkFigures(unmarked, FEATURED, eps, enrolled, parts)).toEqual([
			expect.stringMatching(new RegExp(`^/ja/: the key figure of ${lead.anchor} is not marked primary`)),
		]);
	});
	test('a Japanese page with a number of its own', () => {
		const broken = withPage(site, '/ja/endpoints/', ($) => {
			const cell = $('table.endpoints td[data-cell="result"]').last();
			cell.text(`${cell.text()} 7`);
		});
		expect(checkSameInBothLanguages(broken)).toEqual([expect.stringMatching(/^\/ja\/endpoints\/ says .* where \/endpoints\/ says/)]);
	});
	test('a section anchor that the other language does not have', () => {
		const broken = withPage(site, '/ja/context/', ($) => void $('main h2[id]').first().attr('id', 'renamed'));
		expect(checkSameInBothLanguages(broken)).toEqual([expect.stringMatching(/^\/ja\/context\/: section anchors/)]);
	});
});
