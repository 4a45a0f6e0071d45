import type { EndpointView, StudyView } from './study.ts';
import type { Source } from '../schemas/source.ts';

/**
 * A source that summarises a study in its own way (a review table, a conference report) rather
 * than reproducing the study's own report. Aggregator copies of an abstract are not summaries.
 */
export const isSecondarySummary = (source: Source) => source.kind === 'review-article' || source.kind === 'press-release';
import { formatInterval, formatPercent, formatRange } from './stats/format.ts';

const UNIT_SINGULAR: Record<string, string> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/** "5 months", "1 month". */
export function formatDuration(value: number, unit: string, decimals?: number): string {
	return `${decimals === undefined ? value : value.toFixed(decimals)} ${value === 1 ? (UNIT_SINGULAR[unit] ?? unit) : unit}`;
}

/** A reported percentage as printed: "43%", "86.5%". */
const reportedPercent = (percent: number, decimals: number) => `${percent.toFixed(decimals)}%`;

/** The headline result: "8/21 (38.1%)", "43% (reported)", "HR 0.71", "median 5 months", "not estimable". */
export function resultText(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return `${m.events}/${m.denominator} (${formatPercent(ev.stats!.fraction)})`;
	if (m.kind === 'reported-percent') return `${reportedPercent(m.percent, m.decimals)} (counts not known)`;
	if (m.kind === 'hazard-ratio') return `Hazard ratio ${m.estimate}`;
	if (m.estimate === 'not-estimable') return 'Median not estimable';
	return `Median ${formatDuration(m.estimate, m.unit, m.decimals)}`;
}

/** Events and denominator in words: "8 of 21". Empty for time-to-event endpoints. */
export function countText(ev: EndpointView): string {
	const m = ev.data.measure;
	return m.kind === 'proportion' ? `${m.events} of ${m.denominator}` : '';
}

/** The computed percentage, "38.1%", or the median for time-to-event endpoints. */
export function percentText(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return formatPercent(ev.stats!.fraction);
	if (m.kind === 'reported-percent') return reportedPercent(m.percent, m.decimals);
	if (m.kind === 'hazard-ratio') return String(m.estimate);
	return m.estimate === 'not-estimable' ? 'not estimable' : formatDuration(m.estimate, m.unit, m.decimals);
}

/**
 * The 95% interval: computed exactly for proportions ("18.1%–61.6%"), as printed for medians
 * ("3.5–6.4 months"), or an empty string when there is none.
 */
export function ciText(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return formatInterval(ev.stats!.ci);
	if (m.kind === 'reported-percent') return m.ci ? `${m.ci.lower}%–${m.ci.upper}%` : '';
	if (m.kind === 'hazard-ratio') return formatRange(m.ci.lower, m.ci.upper);
	return m.ci ? `${formatRange(m.ci.lower, m.ci.upper)} ${m.unit}` : '';
}

/** What the paper printed: "38%", "5 (95% CI 3.5–6.4) months", "not estimable", or "no percentage printed". */
export function printedText(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') {
		if (!m.printed) return m.events === 0 ? 'none reported (no percentage printed)' : 'no percentage printed';
		return `${m.printed.percent.toFixed(m.printed.decimals)}%`;
	}
	if (m.kind === 'reported-percent') {
		return `${reportedPercent(m.percent, m.decimals)}${m.ci ? ` (95% CI ${m.ci.lower}–${m.ci.upper})` : ''}`;
	}
	if (m.kind === 'hazard-ratio') {
		return `${m.estimate} (95% CI ${formatRange(m.ci.lower, m.ci.upper)})${m.p ? `; P ${m.p.relation} ${m.p.value}` : ''}`;
	}
	if (m.estimate === 'not-estimable') return 'not estimable';
	const ci = m.ci ? ` (95% CI ${formatRange(m.ci.lower, m.ci.upper)})` : '';
	return `${m.decimals === undefined ? m.estimate : m.estimate.toFixed(m.decimals)}${ci} ${m.unit}`;
}

/** One sentence-ready summary: "8 of 21 (38.1%; 95% CI 18.1%–61.6%)", "median 5 months (95% CI 3.5–6.4 months)". */
export function summaryText(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return `${countText(ev)} (${percentText(ev)}; 95% CI ${ciText(ev)})`;
	if (m.kind === 'reported-percent') return `${percentText(ev)}${m.ci ? ` (95% CI ${ciText(ev)})` : ''}`;
	if (m.kind === 'hazard-ratio') return `hazard ratio ${m.estimate} (95% CI ${ciText(ev)})`;
	if (m.estimate === 'not-estimable') return 'not estimable';
	return `median ${percentText(ev)}${m.ci ? ` (95% CI ${ciText(ev)})` : ''}`;
}

/**
 * Why a denominator the paper did not print is what it is, generated from the numbers.
 * e.g. "Denominator derived: the abstract prints 3 (38%) without a denominator; 8 is the only
 * number of patients up to 21 for which 3 rounds to 38%."
 */
export function denominatorExplanation(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.denominatorBasis) return '';
	const extra = m.denominatorBasis.note ? ` ${m.denominatorBasis.note}` : '';
	if (m.denominatorBasis.method === 'part-size') {
		return `Denominator assumed: the abstract does not print one; ${m.denominator} is the number of patients in ${ev.partLabel}.${extra}`;
	}
	const printed = m.printed ? `${m.events} (${m.printed.percent.toFixed(m.printed.decimals)}%)` : String(m.events);
	const ceiling = ev.partSize !== undefined ? ` up to ${ev.partSize}` : '';
	return `Denominator derived: the abstract prints ${printed} without a denominator; ${m.denominator} is the only number of patients${ceiling} for which ${m.events} rounds to that percentage.${extra}`;
}

/**
 * Why an event count the source did not print is what it is, generated from the numbers.
 * e.g. "Count derived: the abstract gives only 56% of 9; 5 is the only count out of 9 that rounds
 * to that percentage."
 */
export function eventsExplanation(ev: EndpointView): string {
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.eventsBasis) return '';
	const extra = m.eventsBasis.note ? ` ${m.eventsBasis.note}` : '';
	if (m.eventsBasis.method === 'stated-in-words') {
		return `Count derived: the source states it in words, not as a number.${extra}`;
	}
	const printed = m.printed ? `${m.printed.percent.toFixed(m.printed.decimals)}%` : 'a percentage';
	return `Count derived: the source gives only ${printed} of ${m.denominator}; ${m.events} is the only count out of ${m.denominator} that rounds to that percentage.${extra}`;
}

/** The P value of an arm comparison in words: "P < 0.001 vs Chemotherapy". */
export function comparisonText(ev: EndpointView, armLabel: (part: string) => string): string {
	const c = ev.data.comparison;
	if (!c) return '';
	return `Compared with ${armLabel(c.against)}${c.p ? `: P ${c.p.relation} ${c.p.value}` : ''}`;
}

/** Role in words. */
export const ROLE_LABELS = {
	primary: 'Primary',
	secondary: 'Secondary',
	safety: 'Safety',
	reported: 'Reported (role not stated)',
} as const;

/** A row of the endpoint summary table: every cell as text, plus the anchor and notes. */
export interface EndpointRow {
	anchor: string;
	label: string;
	definition: string;
	part: string;
	role: string;
	population: string;
	result: string;
	ci: string;
	ciKind: 'exact' | 'printed' | 'none';
	/** The numbers come from someone else's summary (e.g. a review table), not the study's report. */
	secondary: boolean;
	printed: string;
	sourceLabel: string;
	sourceUrl?: string | undefined;
	locator: string;
	notes: string[];
}

/** The rows of the endpoint summary table, in the order the content gives. */
export function endpointRows(endpoints: EndpointView[]): EndpointRow[] {
	return endpoints.map((ev) => {
		const m = ev.data.measure;
		const notes: string[] = [];
		if (m.kind === 'proportion' && m.denominatorBasis) notes.push(denominatorExplanation(ev));
		if (m.kind === 'proportion' && m.eventsBasis) notes.push(eventsExplanation(ev));
		if (ev.data.comparison) notes.push(comparisonText(ev, ev.armLabel));
		if (m.kind === 'hazard-ratio') notes.push(`${ev.armLabel(m.treatment)} against ${ev.armLabel(m.control)}.`);
		if (isSecondarySummary(ev.source.sourceEntry.data)) {
			notes.push(`Secondary source: ${ev.source.sourceEntry.data.label} is someone else's summary of the study (rounded values), not the study's own report.`);
		}
		if (ev.data.note) notes.push(ev.data.note);
		return {
			anchor: ev.anchor,
			label: ev.outcome.data.label,
			definition: ev.outcome.data.definition,
			part: ev.partLabel,
			role: ROLE_LABELS[ev.data.role],
			population: ev.data.population,
			result: resultText(ev),
			ci: ciText(ev),
			ciKind: m.kind === 'proportion' ? 'exact' : m.ci ? 'printed' : 'none',
			secondary: isSecondarySummary(ev.source.sourceEntry.data),
			printed: printedText(ev),
			sourceLabel: ev.source.sourceEntry.data.label,
			sourceUrl: ev.source.sourceEntry.data.url,
			locator: ev.source.locator,
			notes,
		};
	});
}

/** The texts an MDX page may print for an endpoint. */
export type EndpointTextKind = 'summary' | 'count' | 'percent' | 'ci' | 'printed' | 'result';

/** One of the endpoint's texts by kind. */
export function endpointText(ev: EndpointView, kind: EndpointTextKind): string {
	switch (kind) {
		case 'summary':
			return summaryText(ev);
		case 'count':
			return countText(ev);
		case 'percent':
			return percentText(ev);
		case 'ci':
			return ciText(ev);
		case 'printed':
			return printedText(ev);
		case 'result':
			return resultText(ev);
	}
}

/** Finds an endpoint by its anchor; an unknown anchor fails the build with the known ones. */
export function findEndpoint(endpoints: EndpointView[], anchor: string): EndpointView {
	const ev = endpoints.find((e) => e.anchor === anchor);
	if (!ev) throw new Error(`Unknown endpoint "${anchor}". Known: ${endpoints.map((e) => e.anchor).join(', ')}`);
	return ev;
}

/** One tile of the key-figures summary. */
export interface KeyFigure {
	label: string;
	value: string;
	detail: string;
	/** Anchor on the endpoints page, when the figure is an endpoint. */
	anchor?: string | undefined;
}

/**
 * The compact summary of a study: enrolment, then each endpoint with its headline value.
 * e.g. { label: 'CR/CRh within two cycles · Phase 2', value: '38.1%', detail: '8 of 21 · 95% CI 18.1%–61.6%' }
 */
export function keyFigures(view: StudyView): KeyFigure[] {
	const out: KeyFigure[] = [];
	const pop = view.publication.population;
	if (pop) {
		out.push({
			label: 'Patients enrolled',
			value: String(pop.enrolled),
			detail: pop.parts.map((p) => `${p.label}: ${p.n}`).join(' · '),
		});
	}
	for (const ev of view.endpoints) {
		const m = ev.data.measure;
		const label = `${ev.outcome.data.label} · ${ev.partLabel}`;
		if (m.kind === 'proportion') {
			out.push({ label, value: percentText(ev), detail: `${countText(ev)} · 95% CI ${ciText(ev)}`, anchor: ev.anchor });
		} else if (m.kind === 'reported-percent' || m.kind === 'hazard-ratio') {
			out.push({ label, value: percentText(ev), detail: m.ci ? `95% CI ${ciText(ev)} (as printed)` : 'as printed', anchor: ev.anchor });
		} else {
			const value = m.estimate === 'not-estimable' ? 'Not estimable' : formatDuration(m.estimate, m.unit, m.decimals);
			const detail = ['median', m.n ? `n = ${m.n}` : '', m.ci ? `95% CI ${ciText(ev)}` : '']
				.filter(Boolean)
				.join(' · ');
			out.push({ label, value, detail, anchor: ev.anchor });
		}
	}
	return out;
}
