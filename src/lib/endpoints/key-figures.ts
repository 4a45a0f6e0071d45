import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { translated } from '../localize.ts';
import { type StudyView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { tileText } from './measures.ts';

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
				.map((p, i) => `${translated(p, 'label', lang, { file: view.file, field: `population.parts[${i}]` })}: ${p.n}`)
				.join(' · '),
		});
	}
	for (const ev of view.endpoints) {
		out.push({ label: `${outcomeLabel(ev, lang)} · ${endpointPartLabel(ev, lang)}`, ...tileText(ev, lang), anchor: ev.anchor });
	}
	return out;
}
