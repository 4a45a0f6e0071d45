import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { type Endpoint, JAPANESE, type Outcome, type Publication, expectedNumbers, numbersIn } from '../helpers/content-files.ts';
import { exactInterval } from '../helpers/reference-stats.ts';
import { type ParsedSite, ownText } from './dom.ts';

// The comparison page (/context/, /ja/context/) for any content: every response-rate endpoint of
// every publication is either on the chart or listed as left out; what the chart shows is alike;
// each row shows its endpoint's numbers and is drawn where its numbers are; every publication has
// its row in the table of studies. And, on the Japanese page, the words are Japanese and what
// stays English says so.

export const CONTEXT_PAGES = ['/context/', '/ja/context/'];

const sameCriteria = (a: Outcome['criteria'], b: Outcome['criteria']) =>
	!!a &&
	!!b &&
	[...a.components].sort().join() === [...b.components].sort().join() &&
	a.window.weeks === b.window.weeks &&
	a.among === b.among;

/** The estimate and interval a chart row draws, in percent, from content. */
function drawn(e: Endpoint): { estimate: number; lower: number; upper: number } | undefined {
	const m = e.measure;
	if (m.kind === 'proportion') {
		const ci = exactInterval(m.events, m.denominator);
		return { estimate: (m.events / m.denominator) * 100, lower: ci.lower * 100, upper: ci.upper * 100 };
	}
	if (m.kind === 'reported-percent' && m.ci) return { estimate: m.percent, lower: m.ci.lower, upper: m.ci.upper };
	return undefined;
}

export function checkComparison(site: ParsedSite, publications: Publication[], endpoints: Endpoint[], outcomes: Outcome[]): string[] {
	const bad: string[] = [];
	const outcome = new Map(outcomes.map((o) => [o.id, o]));
	const responses = endpoints.filter((e) => outcome.get(e.outcome)?.criteria);
	for (const path of CONTEXT_PAGES) {
		if (!site.has(path)) {
			bad.push(`${path} was not built`);
			continue;
		}
		const $ = site.doc(path);
		const charted = $('table.chart-data tbody tr')
			.map((_, tr) => $(tr).attr('data-row'))
			.get();
		const left = $('[data-excluded]')
			.map((_, li) => $(li).attr('data-excluded'))
			.get();
		// Every response rate is on the chart or said to be left out, once.
		for (const e of responses) {
			const n = charted.filter((id) => id === e.id).length + left.filter((id) => id === e.id).length;
			if (n !== 1)
				bad.push(`${path}: ${e.id} (a response rate) is ${n ? `shown ${n} times` : 'neither on the chart nor listed as left out'}`);
		}
		for (const id of [...charted, ...left])
			if (!responses.some((e) => e.id === id)) bad.push(`${path}: ${id} is not a response-rate endpoint of content`);
		// The chart compares like with like, and leaves out nothing alike that has an interval.
		const chartEndpoints = charted.map((id) => endpoints.find((e) => e.id === id)).filter((e): e is Endpoint => !!e);
		const criteria = chartEndpoints.map((e) => outcome.get(e.outcome)?.criteria);
		if (criteria.some((c) => !sameCriteria(c, criteria[0]))) bad.push(`${path}: the chart mixes outcomes with different definitions`);
		for (const id of left) {
			const e = endpoints.find((x) => x.id === id);
			if (e && sameCriteria(outcome.get(e.outcome)?.criteria, criteria[0]) && drawn(e))
				bad.push(`${path}: ${id} matches the chart's definition and has an interval, but is left out`);
		}
		// Each row and each left-out result shows its endpoint's numbers.
		for (const e of chartEndpoints) {
			const row = $(`table.chart-data tr[data-row="${e.id}"]`);
			const want = expectedNumbers(e.measure);
			const result = numbersIn(ownText($, row.find('td[data-cell="result"]').get(0)));
			const ci = numbersIn(ownText($, row.find('td[data-cell="ci"]').get(0)));
			if (result.join() !== want.result.join())
				bad.push(`${path}: chart row ${e.id} shows ${result.join(' ')}, want ${want.result.join(' ')}`);
			if (ci.join() !== want.ci.join()) bad.push(`${path}: chart row ${e.id} interval ${ci.join(' ')}, want ${want.ci.join(' ')}`);
		}
		for (const id of left) {
			const e = endpoints.find((x) => x.id === id);
			const shown = numbersIn($(`[data-excluded="${id}"] [data-cell="result"]`).text());
			if (e && shown.join() !== expectedNumbers(e.measure).result.join()) bad.push(`${path}: left-out ${id} shows ${shown.join(' ')}`);
		}
		bad.push(...checkChartGeometry($, path, chartEndpoints));
		// The chart's description (its text for screen readers) gives every row's numbers.
		const desc = numbersIn($('svg.forest desc').text());
		for (const e of chartEndpoints) {
			const want = expectedNumbers(e.measure);
			const missing = [...want.result, ...want.ci].filter((n) => !desc.includes(n));
			if (missing.length) bad.push(`${path}: the chart's description does not give ${e.id}'s ${missing.join(', ')}`);
		}
		// Its title names what it compares: the outcome of its rows.
		const label = (o: Outcome | undefined) => (path.startsWith('/ja/') ? o?.ja?.label : o?.label) ?? '';
		const charted0 = outcome.get(chartEndpoints[0]?.outcome ?? '');
		if (charted0 && !$('svg.forest title').text().includes(label(charted0)))
			bad.push(`${path}: the chart's title does not name its outcome, "${label(charted0)}"`);
		// The table of studies has every publication, with its enrolment when content has one.
		const studies = $('table.study-comparison tbody tr')
			.map((_, tr) => $(tr).attr('data-study'))
			.get();
		for (const p of publications) {
			if (!studies.includes(p.id)) bad.push(`${path}: the table of studies has no row for ${p.id}`);
			const shown = numbersIn($(`tr[data-study="${p.id}"] td.num`).text());
			const want = [p.population?.enrolled, ...(p.population?.parts ?? []).map((x) => x.n)].filter((n) => n !== undefined).map(String);
			if (want.some((n) => !shown.includes(n)))
				bad.push(`${path}: the row of ${p.id} shows ${shown.join(' ') || 'no number'}, want ${want.join(' ')}`);
		}
	}
	return bad;
}

/** Each drawing of the chart (wide and narrow) draws each row (in the table's order) where its numbers are: one linear scale for every point and interval end. */
function checkChartGeometry($: CheerioAPI, path: string, rows: Endpoint[]): string[] {
	const svgs = $('svg.forest').toArray();
	if (svgs.length !== 2) return [`${path}: ${svgs.length} drawings of the chart, want a wide and a narrow one`];
	return svgs.flatMap((svg) => checkDrawing($, `${path} (${$(svg).attr('data-layout')})`, $(svg), rows));
}

function checkDrawing($: CheerioAPI, path: string, svg: Cheerio<Element>, rows: Endpoint[]): string[] {
	const bad: string[] = [];
	const g = svg.find('g.row');
	const order = g.map((_, el) => $(el).attr('data-row')).get();
	if (order.join() !== rows.map((e) => e.id).join())
		return [`${path}: the chart draws ${order.join(', ')}, the table lists ${rows.map((e) => e.id).join(', ')}`];
	const points: { value: number; x: number; what: string }[] = [];
	g.each((i, el) => {
		const d = drawn(rows[i]!);
		if (!d) return;
		// The square is centred on its estimate.
		const rect = $(el).find('rect.point');
		const centre = Number(rect.attr('x')) + Number(rect.attr('width')) / 2;
		const line = $(el).find('line.ci');
		points.push(
			{ value: d.estimate, x: centre, what: `${rows[i]!.id} estimate` },
			{ value: d.lower, x: Number(line.attr('x1')), what: `${rows[i]!.id} lower bound` },
			{ value: d.upper, x: Number(line.attr('x2')), what: `${rows[i]!.id} upper bound` },
		);
	});
	const [a, b] = [points.reduce((m, p) => (p.value < m.value ? p : m)), points.reduce((m, p) => (p.value > m.value ? p : m))];
	if (!a || !b || a.value === b.value) return bad;
	const scale = (b.x - a.x) / (b.value - a.value);
	for (const p of points) {
		const expected = a.x + (p.value - a.value) * scale;
		if (!(Math.abs(expected - p.x) <= 1))
			bad.push(`${path}: the chart draws the ${p.what} (${p.value.toFixed(1)}) at x = ${p.x}, the scale puts it at ${expected.toFixed(1)}`);
	}
	return bad;
}

/** The Japanese comparison page labels its chart, tables and refusals in Japanese; English names and sources are marked lang="en". */
export function checkComparisonInJapanese(site: ParsedSite, publications: Publication[], featured: string): string[] {
	const path = '/ja/context/';
	if (!site.has(path)) return [`${path} was not built`];
	const $ = site.doc(path);
	const bad: string[] = [];
	const japanese = (what: string, text: string) => {
		if (!JAPANESE.test(text)) bad.push(`${path}: ${what} is not Japanese: "${text.trim().slice(0, 80)}"`);
	};
	const chart = $('svg.forest');
	japanese('the chart title', chart.find('title').text());
	japanese('the chart description', chart.find('desc').text());
	if (/\b(response rates|one per row|CI)\b/.test(chart.find('desc').text())) bad.push(`${path}: the chart description has English words`);
	chart.find('.axis-label').each((_, el) => japanese('an axis label', $(el).text()));
	chart.find('text.label').each((_, el) => japanese('a chart row label', $(el).text()));
	for (const table of ['table.study-comparison', 'table.chart-data'])
		$(`${table} caption, ${table} thead th`).each((_, el) => japanese(`a heading of ${table}`, $(el).text()));
	$('table.study-comparison tbody td:not(.num):not([lang])').each((_, el) => japanese('a cell of the study table', $(el).text()));
	$('[data-excluded]').each((_, li) => {
		japanese(`the refusal of ${$(li).attr('data-excluded')}`, $(li).text());
		if (/\b(Not comparable|they count|different responses|vs)\b/.test($(li).text()))
			bad.push(`${path}: the refusal of ${$(li).attr('data-excluded')} has English words`);
	});
	for (const p of publications) {
		const row = $(`tr[data-study="${p.id}"]`);
		// Doses are worded in Japanese from the regimens: no English words (units such as μg are not words).
		const dose = row.find('td').last();
		if (dose.attr('lang') === 'en' || /[A-Za-z]{2,}/.test(dose.text()))
			bad.push(`${path}: the dose of ${p.id} is not in Japanese: "${dose.text()}"`);
		if (row.find('th .cell-note').attr('lang') !== 'en') bad.push(`${path}: the journal of ${p.id} is not marked lang="en"`);
		const href = row.find('th a').attr('href');
		const want = p.id === featured ? '/ja/' : `/ja/publications/${p.id}/`;
		if (href !== want) bad.push(`${path}: the study ${p.id} links ${href}, want ${want}`);
	}
	$('table.chart-data tbody tr').each((_, tr) => {
		const source = $(tr).find('td').last().find('[lang="en"]').first().text();
		if (!/S\d+/.test(source)) bad.push(`${path}: the source of ${$(tr).attr('data-row')} is not named in an element marked lang="en"`);
	});
	return bad;
}
