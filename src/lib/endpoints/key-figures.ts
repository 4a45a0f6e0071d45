import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { translated } from '../localize.ts';
import { type StudyView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { type Caveat, endpointCaveats } from './caveats.ts';
import { tileText } from './measures.ts';

/** One tile of the key-figures summary. */
export interface KeyFigure {
	label: string;
	value: string;
	detail: string;
	/** Anchor on the endpoints page, when the figure is an endpoint. */
	anchor?: string | undefined;
	/** The endpoint's id, when the figure is an endpoint (pages mark the value with it). */
	id?: string | undefined;
	/** What a reader must know before trusting the number (src/lib/endpoints/caveats.ts). */
	caveats: Caveat[];
	/** Set on a primary endpoint: the words that mark it ("Primary endpoint"). */
	primary?: string | undefined;
	/** The figure the summary leads with: the primary endpoint of the study's largest part. */
	lead?: boolean | undefined;
	/** A value that is a word rather than a number, explained in words ("not estimable": what that means). */
	explain?: string | undefined;
}

/**
 * The compact summary of a study, led by what it set out to measure: the primary endpoint of its
 * largest part first, then enrolment, then the other primary endpoints, then the rest, larger parts
 * before smaller ones (a rate among five patients never comes before one among twenty-one).
 * e.g. Horai → CR/CRh · Phase 2 (lead, primary), Patients enrolled, Dose-limiting toxicity · Phase 1b
 * (primary), Adverse events · All parts, …, Overall survival (patients not stated)
 */
export function keyFigures(view: StudyView, lang: Lang = DEFAULT_LANG): KeyFigure[] {
	const d = t(lang);
	const pop = view.publication.population;
	const size = (ev: StudyView['endpoints'][number]) => ev.partSize ?? (ev.data.part === 'overall' ? (pop?.enrolled ?? 0) : 0);
	const ranked = view.endpoints
		.map((ev, i) => ({ ev, i }))
		.sort((a, b) => {
			const primary = (x: typeof a) => (x.ev.data.role === 'primary' ? 0 : 1);
			return primary(a) - primary(b) || size(b.ev) - size(a.ev) || a.i - b.i;
		})
		.map((x) => x.ev);
	const tiles: KeyFigure[] = ranked.map((ev) => {
		const m = ev.data.measure;
		const notEstimable = m.kind === 'time-to-event' && m.estimate === 'not-estimable';
		const note = ev.data.note === undefined ? undefined : translated(ev.data, 'note', lang, { file: ev.file, field: '' });
		const part = ev.data.part === 'not-stated' ? d.patientsNotStated : endpointPartLabel(ev, lang);
		const tile = tileText(ev, lang);
		return {
			label: `${outcomeLabel(ev, lang)} · ${part}`,
			...tile,
			...(notEstimable ? { detail: d.medianOf, explain: [d.notEstimableMeaning, note].filter(Boolean).join(d.sentenceSpace) } : {}),
			anchor: ev.anchor,
			id: ev.id,
			caveats: endpointCaveats(ev, lang),
			primary: ev.data.role === 'primary' ? d.primaryEndpoint : undefined,
		};
	});
	const lead = tiles[0]?.primary ? [{ ...tiles[0], lead: true }] : [];
	const rest = tiles.slice(lead.length);
	const enrolled: KeyFigure[] = pop
		? [
				{
					label: d.patientsEnrolled,
					value: String(pop.enrolled),
					caveats: [],
					detail: pop.parts
						.map((p, i) => `${translated(p, 'label', lang, { file: view.file, field: `population.parts[${i}]` })}: ${p.n}`)
						.join(' · '),
				},
			]
		: [];
	return [...lead, ...enrolled, ...rest];
}
