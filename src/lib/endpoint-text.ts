import type { EndpointView, StudyView } from './study.ts';
import { endpointPartLabel, outcomeLabel } from './study.ts';
import type { Source } from '../schemas/source.ts';

/**
 * A source that summarises a study in its own way (a review table, a conference report) rather
 * than reproducing the study's own report. Aggregator copies of an abstract are not summaries.
 */
export const isSecondarySummary = (source: Source) => source.kind === 'review-article' || source.kind === 'press-release';
import { formatInterval, formatPercent, formatRange } from './stats/format.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { inLang, provenanceInLang, sourceLabel } from './localize.ts';

type Unit = 'days' | 'weeks' | 'months' | 'years';

/** "5 months", "1 month", "4.0 months" with decimals (en); "5か月" (ja). */
export function formatDuration(value: number, unit: Unit, lang: Lang = DEFAULT_LANG, decimals?: number): string {
	return t(lang).duration(value, unit, decimals === undefined ? String(value) : value.toFixed(decimals));
}

/** A reported percentage as printed: "43%", "86.5%". */
const reportedPercent = (percent: number, decimals: number) => `${percent.toFixed(decimals)}%`;

/**
 * The headline result: "8/21 (38.1%)", "43% (counts not known)", "Hazard ratio 0.71",
 * "Median 5 months", "Median not estimable"; ja "8/21例 (38.1%)".
 */
export function resultText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind === 'proportion') return `${d.countSlash(m.events, m.denominator)} (${formatPercent(ev.stats!.fraction)})`;
	if (m.kind === 'reported-percent') return `${reportedPercent(m.percent, m.decimals)}${d.countsNotKnown}`;
	if (m.kind === 'hazard-ratio') return d.hazardRatioValue(m.estimate);
	if (m.estimate === 'not-estimable') return `${d.medianCap} ${d.notEstimable}`;
	return `${d.medianCap} ${formatDuration(m.estimate, m.unit, lang, m.decimals)}`;
}

/** Events and denominator in words: "8 of 21"; ja "21例中8例". Empty for time-to-event endpoints. */
export function countText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const m = ev.data.measure;
	return m.kind === 'proportion' ? t(lang).countOf(m.events, m.denominator) : '';
}

/** The computed percentage, "38.1%", or the median for time-to-event endpoints. */
export function percentText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return formatPercent(ev.stats!.fraction);
	if (m.kind === 'reported-percent') return reportedPercent(m.percent, m.decimals);
	if (m.kind === 'hazard-ratio') return String(m.estimate);
	return m.estimate === 'not-estimable' ? t(lang).notEstimable : formatDuration(m.estimate, m.unit, lang, m.decimals);
}

/**
 * The 95% interval: computed exactly for proportions ("18.1%–61.6%"), as printed for medians
 * ("3.5–6.4 months"), or an empty string when there is none.
 */
export function ciText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const m = ev.data.measure;
	if (m.kind === 'proportion') return formatInterval(ev.stats!.ci);
	if (m.kind === 'reported-percent') return m.ci ? `${m.ci.lower}%–${m.ci.upper}%` : '';
	if (m.kind === 'hazard-ratio') return formatRange(m.ci.lower, m.ci.upper);
	if (!m.ci) return '';
	// The unit word follows the upper bound: "3.5–6.4 months", "3.5–6.4か月".
	return `${formatRange(m.ci.lower, m.ci.upper).replace(/[\d.]+$/, '')}${formatDuration(m.ci.upper, m.unit, lang)}`;
}

/** What the paper printed: "38%", "5 (95% CI 3.5–6.4) months", "not estimable", or "no percentage printed". */
export function printedText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind === 'proportion') {
		if (!m.printed) return m.events === 0 ? d.noneReported : d.noPercentPrinted;
		return `${m.printed.percent.toFixed(m.printed.decimals)}%`;
	}
	if (m.kind === 'reported-percent') {
		return `${reportedPercent(m.percent, m.decimals)}${m.ci ? `${d.openParen}${d.percentCI} ${m.ci.lower}–${m.ci.upper}${d.closeParen}` : ''}`;
	}
	if (m.kind === 'hazard-ratio') {
		const p = m.p ? `${d.pSeparator}P ${m.p.relation} ${m.p.value}` : '';
		return `${m.estimate}${d.openParen}${d.percentCI} ${formatRange(m.ci.lower, m.ci.upper)}${d.closeParen}${p}`;
	}
	if (m.estimate === 'not-estimable') return d.notEstimable;
	const ci = m.ci ? ` (${d.percentCI} ${formatRange(m.ci.lower, m.ci.upper)})` : '';
	const shown = m.decimals === undefined ? String(m.estimate) : m.estimate.toFixed(m.decimals);
	const unit = formatDuration(m.estimate, m.unit, lang, m.decimals).replace(shown, '').trim();
	return lang === 'en' ? `${shown}${ci} ${unit}` : `${shown}${unit}${ci}`;
}

/** One sentence-ready summary: "8 of 21 (38.1%; 95% CI 18.1%–61.6%)", "median 5 months (95% CI 3.5–6.4 months)". */
export function summaryText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	const [open, sep, close] = lang === 'en' ? [' (', '; ', ')'] : ['（', '、', '）'];
	if (m.kind === 'proportion')
		return `${countText(ev, lang)}${open}${percentText(ev, lang)}${sep}${d.percentCI} ${ciText(ev, lang)}${close}`;
	if (m.kind === 'reported-percent') return `${percentText(ev, lang)}${m.ci ? `${open}${d.percentCI} ${ciText(ev, lang)}${close}` : ''}`;
	if (m.kind === 'hazard-ratio') return `${d.hazardRatioValue(m.estimate, false)}${open}${d.percentCI} ${ciText(ev, lang)}${close}`;
	if (m.estimate === 'not-estimable') return d.notEstimable;
	const space = lang === 'en' ? ' ' : '';
	return `${d.median}${space}${percentText(ev, lang)}${m.ci ? `${open}${d.percentCI} ${ciText(ev, lang)}${close}` : ''}`;
}

/** The endpoint's population in a language. */
export function populationText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	return inLang(lang, ev.data.population, ev.data.ja?.population, { file: ev.file, field: 'ja.population' });
}

/** The endpoint's caveat in a language, when it has one. */
export function noteText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string | undefined {
	if (!ev.data.note) return undefined;
	return inLang(lang, ev.data.note, ev.data.ja?.note, { file: ev.file, field: 'ja.note' });
}

/**
 * Why a denominator the paper did not print is what it is, generated from the numbers.
 * e.g. "Denominator derived: the abstract prints 3 (38%) without a denominator; 8 is the only
 * number of patients up to 21 for which 3 rounds to 38%."
 */
export function denominatorExplanation(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.denominatorBasis) return '';
	const note =
		m.denominatorBasis.note &&
		inLang(lang, m.denominatorBasis.note, ev.data.ja?.denominatorNote, { file: ev.file, field: 'ja.denominatorNote' });
	const extra = note ? `${lang === 'en' ? ' ' : ''}${note}` : '';
	if (m.denominatorBasis.method === 'part-size') {
		return `${d.denominatorAssumed(m.denominator, endpointPartLabel(ev, lang))}${extra}`;
	}
	const printed = m.printed ? `${m.events} (${m.printed.percent.toFixed(m.printed.decimals)}%)` : String(m.events);
	return `${d.denominatorDerived(printed, m.denominator, ev.partSize, m.events)}${extra}`;
}

/**
 * Why an event count the source did not print is what it is, generated from the numbers.
 * e.g. "Count derived: the abstract gives only 56% of 9; 5 is the only count out of 9 that rounds
 * to that percentage."
 */
export function eventsExplanation(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.eventsBasis) return '';
	// The note is English-only content: a Japanese page shows it only through an \`inLang\` text.
	const note =
		m.eventsBasis.note &&
		inLang(lang, m.eventsBasis.note, undefined, { file: ev.file, field: 'measure.eventsBasis.note (no Japanese version)' });
	const extra = note ? `${lang === 'en' ? ' ' : ''}${note}` : '';
	if (m.eventsBasis.method === 'stated-in-words') return `${d.eventsInWords}${extra}`;
	const printed = m.printed ? `${m.printed.percent.toFixed(m.printed.decimals)}%` : d.aPercentage;
	return `${d.eventsDerived(printed, m.denominator, m.events)}${extra}`;
}

/** The P value of an arm comparison in words: "Compared with Chemotherapy: P < 0.001". */
export function comparisonText(ev: EndpointView, armLabel: (part: string, lang?: Lang) => string, lang: Lang = DEFAULT_LANG): string {
	const c = ev.data.comparison;
	if (!c) return '';
	return t(lang).comparedWith(armLabel(c.against, lang), c.p ? `P ${c.p.relation} ${c.p.value}` : undefined);
}

/** Role in words. */
export function roleLabel(role: EndpointView['data']['role'], lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	return { primary: d.rolePrimary, secondary: d.roleSecondary, safety: d.roleSafety, reported: d.roleReported }[role];
}

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

/** The rows of the endpoint summary table, in the order the content gives, in a language. */
export function endpointRows(endpoints: EndpointView[], lang: Lang = DEFAULT_LANG): EndpointRow[] {
	const d = t(lang);
	return endpoints.map((ev) => {
		const m = ev.data.measure;
		const notes: string[] = [];
		if (m.kind === 'proportion' && m.denominatorBasis) notes.push(denominatorExplanation(ev, lang));
		if (m.kind === 'proportion' && m.eventsBasis) notes.push(eventsExplanation(ev, lang));
		if (ev.data.comparison) notes.push(comparisonText(ev, ev.armLabel, lang));
		if (m.kind === 'hazard-ratio') notes.push(d.hazardRatioArms(ev.armLabel(m.treatment, lang), ev.armLabel(m.control, lang)));
		if (isSecondarySummary(ev.source.sourceEntry.data)) notes.push(d.secondarySourceNote(sourceLabel(ev.source.sourceEntry.data, lang)));
		const note = noteText(ev, lang);
		if (note) notes.push(note);
		return {
			anchor: ev.anchor,
			label: outcomeLabel(ev, lang),
			definition: inLang(lang, ev.outcome.data.definition, ev.outcome.data.ja?.definition, {
				file: ev.file,
				field: `outcome ${ev.outcome.id}: ja.definition`,
			}),
			part: endpointPartLabel(ev, lang),
			role: roleLabel(ev.data.role, lang),
			population: populationText(ev, lang),
			result: resultText(ev, lang),
			ci: ciText(ev, lang),
			ciKind: m.kind === 'proportion' ? 'exact' : m.ci ? 'printed' : 'none',
			secondary: isSecondarySummary(ev.source.sourceEntry.data),
			printed: printedText(ev, lang),
			sourceLabel: sourceLabel(ev.source.sourceEntry.data, lang),
			sourceUrl: ev.source.sourceEntry.data.url,
			locator: provenanceInLang(ev.source, lang, ev.source.where).locator,
			notes,
		};
	});
}

/** The texts an MDX page may print for an endpoint. */
export type EndpointTextKind = 'summary' | 'count' | 'percent' | 'ci' | 'printed' | 'result';

/** One of the endpoint's texts by kind. */
export function endpointText(ev: EndpointView, kind: EndpointTextKind, lang: Lang = DEFAULT_LANG): string {
	switch (kind) {
		case 'summary':
			return summaryText(ev, lang);
		case 'count':
			return countText(ev, lang);
		case 'percent':
			return percentText(ev, lang);
		case 'ci':
			return ciText(ev, lang);
		case 'printed':
			return printedText(ev, lang);
		case 'result':
			return resultText(ev, lang);
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
export function keyFigures(view: StudyView, lang: Lang = DEFAULT_LANG): KeyFigure[] {
	const d = t(lang);
	const out: KeyFigure[] = [];
	const pop = view.publication.population;
	if (pop) {
		out.push({
			label: d.patientsEnrolled,
			value: String(pop.enrolled),
			detail: pop.parts
				.map((p) => `${inLang(lang, p.label, p.ja?.label, { file: view.file, field: `population.parts.${p.id}.ja.label` })}: ${p.n}`)
				.join(' · '),
		});
	}
	for (const ev of view.endpoints) {
		const m = ev.data.measure;
		const label = `${outcomeLabel(ev, lang)} · ${endpointPartLabel(ev, lang)}`;
		if (m.kind === 'proportion') {
			out.push({
				label,
				value: percentText(ev, lang),
				detail: `${countText(ev, lang)} · ${d.percentCI} ${ciText(ev, lang)}`,
				anchor: ev.anchor,
			});
		} else if (m.kind === 'reported-percent' || m.kind === 'hazard-ratio') {
			out.push({
				label,
				value: percentText(ev, lang),
				detail: m.ci ? d.ciAsPrintedDetail(`${d.percentCI} ${ciText(ev, lang)}`) : d.ciAsPrinted,
				anchor: ev.anchor,
			});
		} else {
			const value = m.estimate === 'not-estimable' ? d.notEstimableCap : formatDuration(m.estimate, m.unit, lang, m.decimals);
			const detail = [d.median, m.n ? d.nEquals(m.n) : '', m.ci ? `${d.percentCI} ${ciText(ev, lang)}` : ''].filter(Boolean).join(' · ');
			out.push({ label, value, detail, anchor: ev.anchor });
		}
	}
	return out;
}
