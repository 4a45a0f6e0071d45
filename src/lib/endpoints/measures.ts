import type { Endpoint } from '../../schemas/endpoint.ts';
import { type Dict, t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { formatInterval, formatPercent, formatRange } from '../stats/format.ts';
import type { EndpointView } from '../study.ts';

/**
 * How each kind of measure is written, in ONE table: every text a page, a table, a tile or a data
 * file shows for an endpoint comes from here, so that they cannot disagree. Word order and
 * punctuation come from the dictionary of the language.
 */

type Measure = Endpoint['measure'];
type Kind = Measure['kind'];
type Of<K extends Kind> = Extract<Measure, { kind: K }>;
type Unit = 'days' | 'weeks' | 'months' | 'years';

/** "5 months", "1 month", "4.0 months" with decimals (en); "5か月" (ja). */
export function formatDuration(value: number, unit: Unit, lang: Lang = DEFAULT_LANG, decimals?: number): string {
	return t(lang).duration(value, unit, decimals === undefined ? String(value) : value.toFixed(decimals));
}

/** A percentage as the source printed it: "43%", "86.5%". */
const printedPercent = (percent: number, decimals: number) => `${percent.toFixed(decimals)}%`;

/** The texts of one kind of measure. `ev` carries the computed statistics of proportions. */
interface MeasureText<M extends Measure> {
	/** The headline result: "8/21 (38.1%)", "43% (counts not known)", "Hazard ratio 0.71", "Median 5 months". */
	result: (m: M, ev: EndpointView, d: Dict, lang: Lang) => string;
	/** Events and denominator in words, "8 of 21"; empty when there are no counts. */
	count: (m: M, d: Dict) => string;
	/** The estimate alone: "38.1%", "43%", "0.71", "5 months", "not estimable". */
	estimate: (m: M, ev: EndpointView, d: Dict, lang: Lang) => string;
	/** The 95% interval: computed ("18.1%–61.6%") or as printed ("3.5–6.4 months"); empty when none. */
	ci: (m: M, ev: EndpointView, d: Dict, lang: Lang) => string;
	/** Computed on this site (exact), as the source printed it, or none. */
	ciKind: (m: M) => 'exact' | 'printed' | 'none';
	/** What the source printed: "38%", "5 (95% CI 3.5–6.4) months", "not estimable". */
	printed: (m: M, d: Dict, lang: Lang) => string;
	/** One sentence-ready summary: "8 of 21 (38.1%; 95% CI 18.1%–61.6%)". */
	summary: (m: M, ev: EndpointView, d: Dict, lang: Lang) => string;
	/** A key-figure tile: the big value and the line under it. */
	tile: (m: M, ev: EndpointView, d: Dict, lang: Lang) => { value: string; detail: string };
}

const stats = (ev: EndpointView) => {
	if (!ev.stats) throw new Error(`${ev.file}: a proportion without computed statistics`);
	return ev.stats;
};
const withCi = (d: Dict, text: string, ci: string) => (ci ? `${text}${d.openParen}${d.percentCI} ${ci}${d.closeParen}` : text);

const proportion: MeasureText<Of<'proportion'>> = {
	result: (m, ev, d) => `${d.countSlash(m.events, m.denominator)} (${formatPercent(stats(ev).fraction)})`,
	count: (m, d) => d.countOf(m.events, m.denominator),
	estimate: (_m, ev) => formatPercent(stats(ev).fraction),
	ci: (_m, ev) => formatInterval(stats(ev).ci),
	ciKind: () => 'exact',
	printed: (m, d) =>
		m.printed ? printedPercent(m.printed.percent, m.printed.decimals) : m.events === 0 ? d.noneReported : d.noPercentPrinted,
	summary: (m, ev, d) =>
		`${d.countOf(m.events, m.denominator)}${d.openParen}${formatPercent(stats(ev).fraction)}${d.pSeparator}${d.percentCI} ${formatInterval(stats(ev).ci)}${d.closeParen}`,
	tile: (m, ev, d) => ({
		value: formatPercent(stats(ev).fraction),
		detail: `${d.countOf(m.events, m.denominator)} · ${d.percentCI} ${formatInterval(stats(ev).ci)}`,
	}),
};

const reportedPercentCi = (m: Of<'reported-percent'>) => (m.ci ? `${m.ci.lower}%–${m.ci.upper}%` : '');
const reportedPercent: MeasureText<Of<'reported-percent'>> = {
	result: (m, _ev, d) => `${printedPercent(m.percent, m.decimals)}${d.countsNotKnown}`,
	count: () => '',
	estimate: (m) => printedPercent(m.percent, m.decimals),
	ci: (m) => reportedPercentCi(m),
	ciKind: (m) => (m.ci ? 'printed' : 'none'),
	printed: (m, d) =>
		`${printedPercent(m.percent, m.decimals)}${m.ci ? `${d.openParen}${d.percentCI} ${m.ci.lower}–${m.ci.upper}${d.closeParen}` : ''}`,
	summary: (m, _ev, d) => withCi(d, printedPercent(m.percent, m.decimals), reportedPercentCi(m)),
	tile: (m, _ev, d) => ({
		value: printedPercent(m.percent, m.decimals),
		detail: m.ci ? d.ciAsPrintedDetail(`${d.percentCI} ${reportedPercentCi(m)}`) : d.ciAsPrinted,
	}),
};

const hazardRatio: MeasureText<Of<'hazard-ratio'>> = {
	result: (m, _ev, d) => d.hazardRatioValue(m.estimate),
	count: () => '',
	estimate: (m) => String(m.estimate),
	ci: (m) => formatRange(m.ci.lower, m.ci.upper),
	ciKind: () => 'printed',
	printed: (m, d) =>
		`${m.estimate}${d.openParen}${d.percentCI} ${formatRange(m.ci.lower, m.ci.upper)}${d.closeParen}${m.p ? `${d.pSeparator}P ${m.p.relation} ${m.p.value}` : ''}`,
	summary: (m, _ev, d) => withCi(d, d.hazardRatioValue(m.estimate, false), formatRange(m.ci.lower, m.ci.upper)),
	tile: (m, _ev, d) => ({
		value: String(m.estimate),
		detail: d.ciAsPrintedDetail(`${d.percentCI} ${formatRange(m.ci.lower, m.ci.upper)}`),
	}),
};

const medianCi = (m: Of<'time-to-event'>, lang: Lang) =>
	// The unit word follows the upper bound: "3.5–6.4 months", "3.5–6.4か月".
	m.ci ? `${formatRange(m.ci.lower, m.ci.upper).replace(/[\d.]+$/, '')}${formatDuration(m.ci.upper, m.unit, lang)}` : '';
const medianValue = (m: Of<'time-to-event'>, d: Dict, lang: Lang) =>
	m.estimate === 'not-estimable' ? d.notEstimable : formatDuration(m.estimate, m.unit, lang, m.decimals);
const timeToEvent: MeasureText<Of<'time-to-event'>> = {
	result: (m, _ev, d, lang) => `${d.medianCap} ${medianValue(m, d, lang)}`,
	count: () => '',
	estimate: (m, _ev, d, lang) => medianValue(m, d, lang),
	ci: (m, _ev, _d, lang) => medianCi(m, lang),
	ciKind: (m) => (m.ci ? 'printed' : 'none'),
	printed: (m, d, lang) => {
		if (m.estimate === 'not-estimable') return d.notEstimable;
		const shown = m.decimals === undefined ? String(m.estimate) : m.estimate.toFixed(m.decimals);
		const unit = formatDuration(m.estimate, m.unit, lang, m.decimals).replace(shown, '').trim();
		return d.printedMedian(shown, unit, m.ci ? `${d.openParen}${d.percentCI} ${formatRange(m.ci.lower, m.ci.upper)}${d.closeParen}` : '');
	},
	summary: (m, _ev, d, lang) =>
		m.estimate === 'not-estimable' ? d.notEstimable : withCi(d, `${d.median}${d.wordSpace}${medianValue(m, d, lang)}`, medianCi(m, lang)),
	tile: (m, _ev, d, lang) => ({
		value: m.estimate === 'not-estimable' ? d.notEstimableCap : formatDuration(m.estimate, m.unit, lang, m.decimals),
		detail: [d.median, m.n ? d.nEquals(m.n) : '', m.ci ? `${d.percentCI} ${medianCi(m, lang)}` : ''].filter(Boolean).join(' · '),
	}),
};

/** The table: one entry per measure kind. */
const MEASURE_TEXT: { [K in Kind]: MeasureText<Of<K>> } = {
	proportion,
	'reported-percent': reportedPercent,
	'hazard-ratio': hazardRatio,
	'time-to-event': timeToEvent,
};

const textsOf = (ev: EndpointView) => MEASURE_TEXT[ev.data.measure.kind] as MeasureText<Measure>;

/** The headline result: "8/21 (38.1%)", "43% (counts not known)", "Hazard ratio 0.71", "Median 5 months"; ja "8/21例 (38.1%)". */
export const resultText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).result(ev.data.measure, ev, t(lang), lang);
/** Events and denominator in words: "8 of 21"; ja "21例中8例". Empty without counts. */
const countText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).count(ev.data.measure, t(lang));
/** The estimate: "38.1%", or the median ("5 months", "not estimable"). */
export const percentText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).estimate(ev.data.measure, ev, t(lang), lang);
/** The 95% interval: computed exactly for proportions ("18.1%–61.6%"), as printed otherwise, or "". */
export const ciText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).ci(ev.data.measure, ev, t(lang), lang);
/** Whether the interval was computed here (exact), printed by the source, or is missing. */
export const ciKind = (ev: EndpointView) => textsOf(ev).ciKind(ev.data.measure);
/** What the source printed: "38%", "5 (95% CI 3.5–6.4) months", "not estimable", "no percentage printed". */
export const printedText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).printed(ev.data.measure, t(lang), lang);
/** One sentence-ready summary: "8 of 21 (38.1%; 95% CI 18.1%–61.6%)", "median 5 months (95% CI 3.5–6.4 months)". */
export const summaryText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).summary(ev.data.measure, ev, t(lang), lang);
/** A key-figure tile's value and detail line. */
export const tileText = (ev: EndpointView, lang: Lang = DEFAULT_LANG) => textsOf(ev).tile(ev.data.measure, ev, t(lang), lang);

/**
 * A result as a natural frequency, for readers without medical training: "8 of 21 people"; ja
 * "21人中8人". Only a count has one; anything else (a median, a review's percentage) throws, so a
 * page cannot print an empty sentence.
 */
export function peopleText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const m = ev.data.measure;
	if (m.kind !== 'proportion') throw new Error(`${ev.file}: <Result show="people"> needs counts, and this endpoint is a ${m.kind}`);
	return t(lang).peopleOf(m.events, m.denominator);
}

/** The texts an MDX page may print for an endpoint (`<Result show="…">`). */
export type EndpointTextKind = 'summary' | 'count' | 'percent' | 'ci' | 'printed' | 'result' | 'people';

/** One of the endpoint's texts by kind. */
export function endpointText(ev: EndpointView, kind: EndpointTextKind, lang: Lang = DEFAULT_LANG): string {
	const fns = {
		summary: summaryText,
		count: countText,
		percent: percentText,
		ci: ciText,
		printed: printedText,
		result: resultText,
		people: peopleText,
	};
	return fns[kind](ev, lang);
}
