import { isSpecialPart } from '../../schemas/publication.ts';
import { t } from '../../i18n/index.ts';
import type { ForestInput } from '../charts/forest.ts';
import { type Comparability, comparability, comparabilityReasons } from '../comparability.ts';
import { type ContentSet, byId, fileOf } from '../content-set.ts';
import { isSecondarySummary, populationText } from '../endpoints/explanations.ts';
import { ciText, percentText, resultText } from '../endpoints/measures.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { translated } from '../localize.ts';
import { type EndpointView, buildStudyView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { type LangText, publicationOrder, studyLabel } from './studies.ts';

// Response rates of every study set against the featured paper's primary outcome: what the
// comparability rule accepts goes on the forest chart, the rest is listed with its reasons.

/** A response endpoint on the comparison: included with its interval, or left out with the reasons. */
export interface ComparedEndpoint {
	publication: string;
	study: LangText;
	ev: EndpointView;
	/** The part or arm, in the page's language. */
	group: string;
	result: string;
	ci: string;
	ciKind: 'exact' | 'printed';
	secondary: boolean;
	featured: boolean;
	/** The estimate and interval in percent, for the chart. */
	estimate: number;
	lower: number;
	upper: number;
}

export interface ExcludedEndpoint {
	publication: string;
	study: LangText;
	ev: EndpointView;
	/** The outcome's label, in the page's language. */
	outcome: string;
	group: string;
	result: string;
	/** Why the comparability rule refused it, in the page's language. */
	reasons: string[];
}

/**
 * Every response endpoint of every publication, checked against the reference outcome by the
 * comparability rule: those that match (and have an interval) go on the chart; the others are
 * listed with the reasons the rule gives. The code, not the page, decides what is compared; the
 * language only changes the words (the same endpoints, numbers and reasons in every language).
 */
export function responseComparison(
	set: ContentSet,
	featured: string,
	referenceOutcome: string,
	lang: Lang = DEFAULT_LANG,
): { reference: { id: string; label: string }; included: ComparedEndpoint[]; excluded: ExcludedEndpoint[] } {
	const ref = byId(set, 'outcomes', referenceOutcome);
	const included: ComparedEndpoint[] = [];
	const excluded: ExcludedEndpoint[] = [];
	for (const id of publicationOrder(set, featured)) {
		const view = buildStudyView(set, id);
		for (const ev of view.endpoints) {
			if (!ev.outcome.data.criteria && ev.outcome.id !== ref.id) continue; // not a response rate
			const m = ev.data.measure;
			const base = { publication: id, study: studyLabel(view, lang), ev, group: endpointPartLabel(ev, lang), result: resultText(ev, lang) };
			const c: Comparability = comparability(ref, ev.outcome);
			if (!c.comparable) {
				excluded.push({ ...base, outcome: outcomeLabel(ev, lang), reasons: comparabilityReasons(c, lang) });
				continue;
			}
			let interval: { estimate: number; lower: number; upper: number; ciKind: 'exact' | 'printed' } | undefined;
			if (m.kind === 'proportion') {
				interval = {
					estimate: ev.stats!.fraction * 100,
					lower: ev.stats!.ci.lower * 100,
					upper: ev.stats!.ci.upper * 100,
					ciKind: 'exact',
				};
			} else if (m.kind === 'reported-percent' && m.ci) {
				interval = { estimate: m.percent, lower: m.ci.lower, upper: m.ci.upper, ciKind: 'printed' };
			}
			if (!interval) {
				excluded.push({ ...base, outcome: outcomeLabel(ev, lang), reasons: [t(lang).reasonNoInterval] });
				continue;
			}
			included.push({
				...base,
				...interval,
				result: m.kind === 'proportion' ? resultText(ev, lang) : percentText(ev, lang),
				ci: ciText(ev, lang),
				secondary: isSecondarySummary(ev.source.sourceEntry.data),
				featured: id === featured,
			});
		}
	}
	const label = translated(ref.data, 'label', lang, { file: fileOf('outcomes', ref), field: '', entry: ref.id });
	return { reference: { id: ref.id, label }, included, excluded };
}

/** The chart rows of the comparison, in the language the rows were made in. */
export function forestInputs(rows: ComparedEndpoint[], lang: Lang = DEFAULT_LANG): ForestInput[] {
	return rows.map((r) => ({
		id: r.ev.id,
		label: r.study.text,
		labelLang: r.study.lang,
		detail: `${isSpecialPart(r.ev.data.part) ? populationText(r.ev, lang) : r.group}${r.secondary ? t(lang).forestReviewTable : ''}`,
		estimate: r.estimate,
		lower: r.lower,
		upper: r.upper,
		ciKind: r.ciKind,
		secondary: r.secondary,
		featured: r.featured,
	}));
}
