import { type Design, type Publication, publicationYear } from '../schemas/publication.ts';
import { type Comparability, comparability } from './comparability.ts';
import { type ContentSet, byId } from './content-set.ts';
import type { ForestInput } from './charts/forest.ts';
import { type EndpointView, type StudyView, buildStudyView } from './study.ts';
import { ciText, isSecondarySummary, percentText, resultText } from './endpoint-text.ts';
import { SPECIAL_PARTS } from '../schemas/publication.ts';
import { journalName } from '../schemas/journal.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { inLang } from './localize.ts';

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

/** The name of a study in tables and charts, in a language (Japanese needs `ja.shortTitle`). */
export const studyName = (view: StudyView, lang: Lang = DEFAULT_LANG) =>
	inLang(lang, view.publication.shortTitle ?? view.publication.title, view.publication.ja?.shortTitle, { file: view.file, field: 'ja.shortTitle' });

/** "Int J Hematol 2020", "Cancer Science 2020". */
export function shortCitation(view: StudyView): string {
	const year = publicationYear(view.publication);
	return [journalName(view.journal.data), year].filter(Boolean).join(' ');
}

export const ALLOCATION_LABELS: Record<Design['allocation'], string> = {
	'single-arm': 'Single-arm (no comparison group)',
	randomised: 'Randomised against a comparison arm',
};
export const AGE_LABELS: Record<Design['ageGroup'], string> = {
	adults: 'Adults',
	children: 'Children',
	'adults-and-children': 'Adults and children',
};

/** One row of the study comparison table. */
export interface StudyRow {
	id: string;
	name: string;
	citation: string;
	phase: string;
	allocation: string;
	ageGroup: string;
	setting: string;
	dose: string;
	patients: string;
	/** How the patients split into parts or arms ("Blinatumomab arm: 271; Chemotherapy arm: 134"). */
	patientsDetail: string;
}

/** The studies side by side: design, population and dose, with unknowns said as such. */
export function studyRows(set: ContentSet, featured: string): StudyRow[] {
	return publicationOrder(set, featured).map((id) => {
		const view = buildStudyView(set, id);
		const p = view.publication;
		const d = p.design;
		const pop = p.population;
		return {
			id,
			name: studyName(view),
			citation: shortCitation(view),
			phase: d?.phase ?? 'not recorded',
			allocation: d ? ALLOCATION_LABELS[d.allocation] : 'not recorded',
			ageGroup: d ? AGE_LABELS[d.ageGroup] : 'not recorded',
			setting: d?.setting ?? 'not stated in the sources read',
			dose: d?.dose ?? 'not recorded',
			patients: pop ? String(pop.enrolled) : 'not confirmed by the sources read',
			patientsDetail: pop && pop.parts.length > 1 ? pop.parts.map((x) => `${x.label}: ${x.n}`).join('; ') : '',
		};
	});
}

/** A response endpoint on the comparison: included with its interval, or left out with the reasons. */
export interface ComparedEndpoint {
	publication: string;
	study: string;
	ev: EndpointView;
	label: string;
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
	study: string;
	ev: EndpointView;
	label: string;
	result: string;
	reasons: string[];
}

/**
 * Every response endpoint of every publication, checked against the reference outcome by the
 * comparability rule: those that match (and have an interval) go on the chart; the others are
 * listed with the reasons the rule gives. The code, not the page, decides what is compared.
 */
export function responseComparison(
	set: ContentSet,
	featured: string,
	referenceOutcome: string
): { reference: { id: string; label: string }; included: ComparedEndpoint[]; excluded: ExcludedEndpoint[] } {
	const ref = byId(set, 'outcomes', referenceOutcome);
	const included: ComparedEndpoint[] = [];
	const excluded: ExcludedEndpoint[] = [];
	for (const id of publicationOrder(set, featured)) {
		const view = buildStudyView(set, id);
		for (const ev of view.endpoints) {
			if (!ev.outcome.data.criteria && ev.outcome.id !== ref.id) continue; // not a response rate
			const m = ev.data.measure;
			const base = { publication: id, study: studyName(view), ev, label: `${studyName(view)} · ${ev.partLabel}`, result: resultText(ev) };
			const c: Comparability = comparability(ref, ev.outcome);
			if (!c.comparable) {
				excluded.push({ ...base, reasons: c.reasons });
				continue;
			}
			let interval: { estimate: number; lower: number; upper: number; ciKind: 'exact' | 'printed' } | undefined;
			if (m.kind === 'proportion') {
				interval = { estimate: ev.stats!.fraction * 100, lower: ev.stats!.ci.lower * 100, upper: ev.stats!.ci.upper * 100, ciKind: 'exact' };
			} else if (m.kind === 'reported-percent' && m.ci) {
				interval = { estimate: m.percent, lower: m.ci.lower, upper: m.ci.upper, ciKind: 'printed' };
			}
			if (!interval) {
				excluded.push({ ...base, reasons: ['no counts and no interval are known, so it cannot be drawn with an interval'] });
				continue;
			}
			included.push({
				...base,
				...interval,
				result: m.kind === 'proportion' ? resultText(ev) : percentText(ev),
				ci: ciText(ev),
				secondary: isSecondarySummary(ev.source.sourceEntry.data),
				featured: id === featured,
			});
		}
	}
	return { reference: { id: ref.id, label: ref.data.label }, included, excluded };
}

/** The chart rows of the comparison. */
export function forestInputs(rows: ComparedEndpoint[]): ForestInput[] {
	return rows.map((r) => ({
		id: r.ev.id,
		label: r.study,
		detail: `${r.ev.data.part in SPECIAL_PARTS ? r.ev.data.population : r.ev.partLabel}${r.secondary ? ' · review table' : ''}`,
		estimate: r.estimate,
		lower: r.lower,
		upper: r.upper,
		ciKind: r.ciKind,
		secondary: r.secondary,
		featured: r.featured,
	}));
}
