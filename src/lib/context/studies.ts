import { journalName } from '../../schemas/journal.ts';
import { type Publication, publicationYear } from '../../schemas/publication.ts';
import { t } from '../../i18n/index.ts';
import { type ContentSet, byId } from '../content-set.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { translated } from '../localize.ts';
import { studyDoseText } from '../regimen-text.ts';
import { publicationPath } from '../site-pages.ts';
import { type StudyView, buildStudyView } from '../study.ts';

// The studies of the site side by side: their order, names and design (the /context/ table).

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

/** The name of a study in tables and charts, in a language: its short title (or the translation of it). */
export function studyLabel(view: StudyView, lang: Lang = DEFAULT_LANG): LangText {
	return { text: translated(view.publication, 'shortTitle', lang, { file: view.file, field: '' }), lang };
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
		const text = <T extends object>(obj: T, key: keyof T & string, field: string) => translated(obj, key, lang, where(field));
		return {
			id,
			name: studyLabel(view, lang),
			citation: shortCitation(view),
			phase: design ? text(design, 'phase', 'design') : d.notRecorded,
			allocation: design ? d.allocationLabels[design.allocation] : d.notRecorded,
			ageGroup: design ? d.ageGroupLabels[design.ageGroup] : d.notRecorded,
			setting: design?.setting ? text(design as { setting: string }, 'setting', 'design') : d.settingNotStated,
			dose: studyDoseText(view, lang),
			patients: pop ? String(pop.enrolled) : d.patientsNotConfirmed,
			patientsDetail:
				pop && pop.parts.length > 1
					? d.patientsByPart(pop.parts.map((x, i) => ({ label: text(x, 'label', `population.parts[${i}]`), n: x.n })))
					: '',
		};
	});
}
