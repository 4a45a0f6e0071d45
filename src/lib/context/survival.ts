import { t } from '../../i18n/index.ts';
import { isSpecialPart } from '../../schemas/publication.ts';
import type { ContentSet } from '../content-set.ts';
import { type Caveat, endpointCaveats } from '../endpoints/caveats.ts';
import { isSecondarySummary, populationText } from '../endpoints/explanations.ts';
import { summaryText } from '../endpoints/measures.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { provenanceInLang, sourceLabel } from '../localize.ts';
import { type EndpointView, buildStudyView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { type LangText, publicationOrder, studyLabel } from './studies.ts';

/** One survival result of one study, with why it can or cannot be set beside the featured paper's. */
export interface SurvivalRow {
	publication: string;
	study: LangText;
	ev: EndpointView;
	outcome: string;
	group: string;
	population: string;
	/** The part is "overall" or "not-stated": its population says all there is to say. */
	special: boolean;
	/** "median 7.7 months", "hazard ratio 0.71 (95% CI 0.55–0.93)", "not estimable". */
	result: string;
	source: string;
	locator: string;
	caveats: Caveat[];
	/** Why this number cannot simply be set beside the featured paper's (empty: nothing stops it). */
	reasons: string[];
	featured: boolean;
}

/**
 * Every survival result of every study (medians and hazard ratios: the measures that are times, or
 * compare times), in the pages' order, each with the reasons, from the data, why it cannot simply be
 * read against the featured paper's overall survival: a different outcome (RFS counts relapses, and
 * among responders), a median that is not estimable on either side, a hazard ratio (a comparison of
 * two randomised arms, which a single-arm study does not have), patients that are not stated, or a
 * review's rounded value.
 */
export function survivalComparison(set: ContentSet, featured: string, referenceOutcome: string, lang: Lang = DEFAULT_LANG): SurvivalRow[] {
	const d = t(lang);
	const featuredView = buildStudyView(set, featured);
	const reference = featuredView.endpoints.find((e) => e.outcome.id === referenceOutcome && e.data.measure.kind === 'time-to-event');
	const referenceEstimable = reference?.data.measure.kind === 'time-to-event' && reference.data.measure.estimate !== 'not-estimable';
	const rows: SurvivalRow[] = [];
	for (const id of publicationOrder(set, featured)) {
		const view = buildStudyView(set, id);
		for (const ev of view.endpoints) {
			const m = ev.data.measure;
			if (m.kind !== 'time-to-event' && m.kind !== 'hazard-ratio') continue;
			const reasons: string[] = [];
			const isReference = ev === reference || ev.id === reference?.id;
			if (!isReference) {
				if (m.kind === 'hazard-ratio') reasons.push(d.survivalReasonHazardRatio);
				else if (reference && ev.outcome.id !== reference.outcome.id)
					reasons.push(d.survivalReasonOutcome(outcomeLabel(ev, lang), outcomeLabel(reference, lang)));
				if (m.kind === 'time-to-event' && reference && !referenceEstimable)
					reasons.push(d.survivalReasonReferenceNotEstimable(outcomeLabel(reference, lang)));
			}
			if (m.kind === 'time-to-event' && m.estimate === 'not-estimable') reasons.push(d.survivalReasonNotEstimable);
			if (ev.data.part === 'not-stated') reasons.push(d.survivalReasonPatientsNotStated);
			if (isSecondarySummary(ev.source.sourceEntry.data)) reasons.push(d.survivalReasonReview);
			rows.push({
				publication: id,
				study: studyLabel(view, lang),
				ev,
				outcome: outcomeLabel(ev, lang),
				group: endpointPartLabel(ev, lang),
				population: populationText(ev, lang),
				special: isSpecialPart(ev.data.part),
				result: summaryText(ev, lang),
				source: sourceLabel(ev.source.sourceEntry.data, lang),
				locator: provenanceInLang(ev.source, lang, ev.source.where).locator,
				caveats: endpointCaveats(ev, lang),
				reasons,
				featured: id === featured,
			});
		}
	}
	return rows;
}
