import { type Publication, publicationYear } from '../schemas/publication.ts';
import { type Comparability, comparability, comparabilityReasons } from './comparability.ts';
import { type ContentSet, byId, fileOf } from './content-set.ts';
import type { ForestInput } from './charts/forest.ts';
import { type EndpointView, type StudyView, buildStudyView, endpointPartLabel, outcomeLabel } from './study.ts';
import { ciText, isSecondarySummary, percentText, populationText, resultText } from './endpoint-text.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { inLang } from './localize.ts';
import { studyDoseText } from './regimen-text.ts';
import { publicationPath } from './site-pages.ts';
import { SPECIAL_PARTS } from '../schemas/publication.ts';
import { journalName } from '../schemas/journal.ts';

/** Publications in the order pages list them: the featured one first, then by year and id. */
export function publicationOrder(set: ContentSet, featured: string): string[] {
	const year = (p: Publication) => publicationYear(p) ?? 0;
	return set.publications
		.map((e) => e.id)
		.sort((a, b) => {
			if (a === featured) return -1;
			if (b === featured) return 1;
			const pa = byId(set, 'publications', a).data;
			const pb = byId(set, 'publications', b).data;
			return year(pa) - year(pb) || a.localeCompare(b);
		});
}

/** A text with the language it is written in (a Japanese page marks English names lang="en"). */
export interface LangText {
	text: string;
	lang: Lang;
}

/**
 * The name of a study in tables and charts, in a language: the English short title (or title), or
 * the Japanese `ja.shortTitle`, which the Japanese edition needs (without it the build fails,
 * naming file and field).
 */
export function studyLabel(view: StudyView, lang: Lang = DEFAULT_LANG): LangText {
	const en = view.publication.shortTitle ?? view.publication.title;
	return { text: inLang(lang, en, view.publication.ja?.shortTitle, { file: view.file, field: 'ja.shortTitle' }), lang };
}

/** The name of a study in tables and charts, as text. */
export const studyName = (view: StudyView, lang: Lang = DEFAULT_LANG) => studyLabel(view, lang).text;

/** "Int J Hematol 2020", "Cancer Science 2020" (journal names stay in English). */
export function shortCitation(view: StudyView): string {
	const year = publicationYear(view.publication);
	return [journalName(view.journal.data), year].filter(Boolean).join(' ');
}

/**
 * Where a study's name links: its publication page in the page's language (the featured paper's
 * is the overview). Every publication has a page in every language (src/lib/site-pages.ts).
 */
export function studyHref(id: string, featured: string, lang: Lang = DEFAULT_LANG): { path: string; lang: Lang } {
	return { path: publicationPath(id, lang, featured), lang };
}

/** One row of the study comparison table. */
export interface StudyRow {
	id: string;
	name: LangText;
	/** Journal and year; always English. */
	citation: string;
	phase: string;
	allocation: string;
	ageGroup: string;
	setting: string;
	/** The doses in words in the row's language, from the study's regimens; `undefined` when it names none. */
	dose: string | undefined;
	patients: string;
	/** How the patients split into parts or arms ("Blinatumomab arm: 271; Chemotherapy arm: 134"). */
	patientsDetail: string;
}

/** The studies side by side: design, population and dose, with unknowns said as such, in a language. */
export function studyRows(set: ContentSet, featured: string, lang: Lang = DEFAULT_LANG): StudyRow[] {
	const d = t(lang);
	return publicationOrder(set, featured).map((id) => {
		const view = buildStudyView(set, id);
		const p = view.publication;
		const design = p.design;
		const pop = p.population;
		const where = (field: string) => ({ file: view.file, field });
		return {
			id,
			name: studyLabel(view, lang),
			citation: shortCitation(view),
			phase: design ? inLang(lang, design.phase, design.ja?.phase, where('design.ja.phase')) : d.notRecorded,
			allocation: design ? d.allocationLabels[design.allocation] : d.notRecorded,
			ageGroup: design ? d.ageGroupLabels[design.ageGroup] : d.notRecorded,
			setting: design?.setting ? inLang(lang, design.setting, design.ja?.setting, where('design.ja.setting')) : d.settingNotStated,
			dose: studyDoseText(view, lang),
			patients: pop ? String(pop.enrolled) : d.patientsNotConfirmed,
			patientsDetail:
				pop && pop.parts.length > 1
					? d.patientsByPart(
							pop.parts.map((x) => ({ label: inLang(lang, x.label, x.ja?.label, where(`population.parts.${x.id}.ja.label`)), n: x.n })),
						)
					: '',
		};
	});
}

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
	const label = inLang(lang, ref.data.label, ref.data.ja?.label, { file: fileOf('outcomes', ref), field: 'ja.label' });
	return { reference: { id: ref.id, label }, included, excluded };
}

/** The chart rows of the comparison, in the language the rows were made in. */
export function forestInputs(rows: ComparedEndpoint[], lang: Lang = DEFAULT_LANG): ForestInput[] {
	return rows.map((r) => ({
		id: r.ev.id,
		label: r.study.text,
		labelLang: r.study.lang,
		detail: `${r.ev.data.part in SPECIAL_PARTS ? populationText(r.ev, lang) : r.group}${r.secondary ? t(lang).forestReviewTable : ''}`,
		estimate: r.estimate,
		lower: r.lower,
		upper: r.upper,
		ciKind: r.ciKind,
		secondary: r.secondary,
		featured: r.featured,
	}));
}
