import type { CheerioAPI } from 'cheerio';
import { type Endpoint, type Publication, endpointTablePages, expectedNumbers, numbersIn } from '../helpers/content-files.ts';
import { type ParsedSite, counterpart, langOfPath, ownText } from './dom.ts';
import { pairedPaths } from './page-checks.ts';

// Numbers on pages, for any content: every endpoint of every publication shows, on each page of
// its table in both languages, the numbers worked out from its counts and printed values
// (content-files.ts `expectedNumbers`, exact intervals from tests/helpers/reference-stats.ts);
// key figures and inline results show only their endpoint's numbers; and every page says the same
// numbers in English and in Japanese.

const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');
const show = (a: string[]) => `[${a.join(', ')}]`;

/** The numbers of a row's cell, from the cell's own text (not the notes inside it). */
const cellNumbers = ($: CheerioAPI, row: ReturnType<CheerioAPI>, cell: string) =>
	numbersIn(ownText($, row.find(`td[data-cell="${cell}"]`).get(0)));

/** Every endpoint has its row, in `order`, on each page of its publication's table, with its numbers. */
export function checkEndpointRows(site: ParsedSite, publications: Publication[], endpoints: Endpoint[]): string[] {
	const bad: string[] = [];
	for (const pub of publications) {
		const own = endpoints.filter((e) => e.publication === pub.id);
		for (const path of endpointTablePages(pub.id)) {
			if (!site.has(path)) {
				bad.push(`${path} (the table of ${pub.id}) was not built`);
				continue;
			}
			const $ = site.doc(path);
			const rows = $('table.endpoints tbody tr');
			const ids = rows.map((_, tr) => $(tr).attr('id')).get();
			if (
				!same(
					ids,
					own.map((e) => e.anchor),
				)
			)
				bad.push(`${path}: rows ${show(ids)}, want the endpoints of ${pub.id} in order ${show(own.map((e) => e.anchor))}`);
			for (const e of own) {
				const row = rows.filter((_, tr) => $(tr).attr('id') === e.anchor);
				if (row.length !== 1) continue;
				const want = expectedNumbers(e.measure);
				const result = cellNumbers($, row, 'result');
				const ci = cellNumbers($, row, 'ci');
				const printed = numbersIn(row.find('td[data-cell="printed"]').text());
				if (!same(result, want.result)) bad.push(`${path}#${e.anchor}: result ${show(result)}, want ${show(want.result)}`);
				if (!same(ci, want.ci)) bad.push(`${path}#${e.anchor}: interval ${show(ci)}, want ${show(want.ci)}`);
				const missing = want.printed.filter((n) => !printed.includes(n));
				if (missing.length) bad.push(`${path}#${e.anchor}: the printed value does not show ${show(missing)}`);
				if (row.find(`a[href="#${e.anchor}"]`).length !== 1) bad.push(`${path}#${e.anchor}: the row has no link to its own anchor`);
				// A count worked out from a printed percentage is explained beside it, from its numbers.
				const m = e.measure;
				if (m.kind === 'proportion' && m.printed && [m.denominatorBasis?.method, m.eventsBasis?.method].includes('inferred-from-percent')) {
					const explained = row
						.find('th .cell-note')
						.toArray()
						.some((n) => [m.events, m.denominator, m.printed!.percent].every((x) => numbersIn($(n).text()).includes(String(x))));
					if (!explained)
						bad.push(
							`${path}#${e.anchor}: the derived count is not explained from its numbers (${m.events}, ${m.denominator}, ${m.printed.percent}%)`,
						);
				}
			}
		}
	}
	return bad;
}

const endpointOf = (endpoints: Endpoint[], featured: string, ref: string | undefined) =>
	endpoints.find((e) => e.id === (ref?.includes('/') ? ref : `${featured}/${ref}`));

/**
 * Key figures (`[data-key-figure]`) and inline results (`.result[data-endpoint]`) on every page show
 * only numbers of their endpoint (and "95" of "95% CI"); a key figure of a proportion shows its
 * percentage and interval. The overview has a key figure for every endpoint of the featured paper.
 */
export function checkFigures(
	site: ParsedSite,
	featured: string,
	endpoints: Endpoint[],
	enrolled: number[],
	/** Each part's size by "publication/part", from content. */
	parts: Map<string, number>,
): string[] {
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		$('[data-key-figure], .result[data-endpoint]').each((_, el) => {
			const ref = $(el).attr('data-key-figure') ?? $(el).attr('data-endpoint');
			const text = $(el).is('[data-key-figure]') ? $(el).find('.value, .detail').not('a').text() : $(el).text();
			const shown = numbersIn(text);
			if (ref === 'enrolled') {
				const missing = enrolled.map(String).filter((n) => !shown.includes(n));
				if (missing.length) bad.push(`${path}: the enrolment figure does not show ${show(missing)}`);
				return;
			}
			const e = endpointOf(endpoints, featured, ref);
			if (!e) {
				bad.push(`${path}: a figure names the endpoint "${ref}", which content does not have`);
				return;
			}
			const want = expectedNumbers(e.measure);
			const allowed = new Set([...want.result, ...want.ci, ...want.printed, '95']);
			if (e.measure.kind === 'time-to-event' && e.measure.n) allowed.add(String(e.measure.n));
			const stray = shown.filter((n) => !allowed.has(n));
			if (stray.length) bad.push(`${path}: the figure of ${e.id} shows ${show(stray)}, which are not its numbers ${show([...allowed])}`);
			if ($(el).is('[data-key-figure]') && e.measure.kind === 'proportion') {
				const missing = [want.result[2]!, ...want.ci].filter((n) => !shown.includes(n));
				if (missing.length) bad.push(`${path}: the key figure of ${e.id} does not show ${show(missing)}`);
			}
		});
	}
	for (const path of ['/', '/ja/']) {
		if (!site.has(path)) continue;
		const $ = site.doc(path);
		const figures = $('[data-key-figure]')
			.map((_, el) => $(el).attr('data-key-figure'))
			.get();
		const own = endpoints.filter((e) => e.publication === featured);
		const want = ['enrolled', ...own.map((e) => e.anchor)];
		if (!same([...figures].sort(), [...want].sort())) bad.push(`${path}: key figures ${show(figures)}, want ${show(want)} in some order`);
		// The figures lead with the primary endpoint of the largest part, marked as primary.
		const size = (e: Endpoint) => parts.get(`${e.publication}/${e.part}`) ?? 0;
		const lead = own.filter((e) => e.role === 'primary').sort((a, b) => size(b) - size(a))[0];
		if (lead && figures[0] !== lead.anchor)
			bad.push(`${path}: the key figures lead with ${figures[0]}, not the primary endpoint of the largest part (${lead.anchor})`);
		for (const e of own) {
			const marked =
				$(`[data-key-figure="${e.anchor}"]`).attr('data-role') === 'primary' &&
				$(`[data-key-figure="${e.anchor}"] .role`).text().trim() !== '';
			if (marked !== (e.role === 'primary'))
				bad.push(
					`${path}: the key figure of ${e.anchor} is ${marked ? '' : 'not '}marked primary, but its role is ${e.role ?? 'not given'}`,
				);
		}
	}
	return bad;
}

/** What must read the same, number for number, in both languages of a page. */
const NUMBERED = [
	'[data-key-figure] .value',
	'[data-key-figure] span.detail',
	'main .result',
	'table.endpoints td[data-cell]',
	'table.chart-data td[data-cell]',
	'table.study-comparison td.num',
	'[data-excluded] [data-cell="result"]',
];

/** Every number of a page's figures and tables, in order, by element; and the ids of its sections. */
function numbersOfPage($: CheerioAPI): string[] {
	const out: string[] = [];
	for (const selector of NUMBERED) {
		$(selector).each((_, el) => {
			// Table cells keep their order; prose puts numbers in each language's order ("8 of 21", "21例中8例").
			const cell = selector.includes('td');
			const numbers = numbersIn(cell ? ownText($, el) : $(el).text());
			out.push(`${selector}: ${(cell ? numbers : numbers.sort()).join(' ')}`);
		});
	}
	$('svg.forest g.row').each((_, g) => {
		out.push(
			`chart ${$(g).attr('data-row')}: ${$(g).find('rect.point').attr('x')} ${$(g).find('line.ci').attr('x1')} ${$(g).find('line.ci').attr('x2')}`,
		);
	});
	return out;
}

/** Each page and its other-language page show the same numbers in the same places, and the same section anchors. */
export function checkSameInBothLanguages(site: ParsedSite): string[] {
	const bad: string[] = [];
	for (const en of pairedPaths(site).filter((p) => langOfPath(p) === 'en')) {
		const ja = counterpart(en);
		const [a, b] = [numbersOfPage(site.doc(en)), numbersOfPage(site.doc(ja))];
		if (a.length !== b.length) bad.push(`${ja}: ${b.length} numbered elements, ${en} has ${a.length}`);
		a.forEach((line, i) => {
			if (b[i] !== undefined && b[i] !== line) bad.push(`${ja} says "${b[i]}" where ${en} says "${line}"`);
		});
		const ids = (p: string) =>
			site
				.doc(p)('main h2[id], main h3[id]')
				.map((_, h) => site.doc(p)(h).attr('id'))
				.get();
		if (!same(ids(en), ids(ja))) bad.push(`${ja}: section anchors ${show(ids(ja))}, ${en} has ${show(ids(en))}`);
	}
	return bad;
}
