import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { provenanceInLang, sourceLabel, translated } from '../localize.ts';
import { type EndpointView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { type Caveat, endpointCaveats } from './caveats.ts';
import { comparisonText, isSecondarySummary, noteText, populationText, roleLabel, roleSourceText } from './explanations.ts';
import { t } from '../../i18n/index.ts';
import { ciKind, ciText, printedText, resultText } from './measures.ts';
import { fileOf } from '../content-set.ts';

/** A row of the endpoint summary table: every cell as text, plus the anchor and notes. */
export interface EndpointRow {
	/** The endpoint's id ("kiyoi-2020/cr-crh-phase-2"): pages mark every display of its value with it (data-value-of). */
	id: string;
	anchor: string;
	label: string;
	definition: string;
	part: string;
	role: string;
	/** Where the role is stated ("S1, abstract, …"); empty when no source states one. */
	roleSource: string;
	population: string;
	result: string;
	ci: string;
	ciKind: 'exact' | 'printed' | 'none';
	/** The numbers come from someone else's summary (e.g. a review table), not the study's report. */
	secondary: boolean;
	printed: string;
	/** The source that printed it (the numbers' source): "S1", "S20". */
	printedBy: string;
	sourceLabel: string;
	sourceUrl?: string | undefined;
	locator: string;
	notes: string[];
	/** What a reader must know before trusting the number as the study's own count. */
	caveats: Caveat[];
}

/** The rows of the endpoint summary table, in the order the content gives, in a language. */
export function endpointRows(endpoints: EndpointView[], lang: Lang = DEFAULT_LANG): EndpointRow[] {
	return endpoints.map((ev) => ({
		id: ev.id,
		anchor: ev.anchor,
		label: outcomeLabel(ev, lang),
		definition: translated(ev.outcome.data, 'definition', lang, { file: fileOf('outcomes', ev.outcome), field: '', entry: ev.outcome.id }),
		part: endpointPartLabel(ev, lang),
		role: roleLabel(ev.data.role, lang),
		roleSource: roleSourceText(ev, lang),
		population: populationText(ev, lang),
		result: resultText(ev, lang),
		ci: ciText(ev, lang),
		ciKind: ciKind(ev),
		secondary: isSecondarySummary(ev.source.sourceEntry.data),
		printed: printedText(ev, lang),
		printedBy: sourceLabel(ev.source.sourceEntry.data, lang),
		sourceLabel: sourceLabel(ev.source.sourceEntry.data, lang),
		sourceUrl: ev.source.sourceEntry.data.url,
		locator: provenanceInLang(ev.source, lang, ev.source.where).locator,
		notes: endpointNotes(ev, lang),
		caveats: endpointCaveats(ev, lang),
	}));
}

/**
 * Everything a table shows beside an endpoint's number, in order: its caveats' explanations (see
 * caveats.ts), the arms of a comparison, and the content's own note.
 */
function endpointNotes(ev: EndpointView, lang: Lang = DEFAULT_LANG): string[] {
	const d = t(lang);
	const m = ev.data.measure;
	const notes: string[] = endpointCaveats(ev, lang).map((c) => c.text);
	if (ev.data.comparison) notes.push(comparisonText(ev, lang));
	if (m.kind === 'hazard-ratio') notes.push(d.hazardRatioArms(ev.armLabel(m.treatment, lang), ev.armLabel(m.control, lang)));
	const note = noteText(ev, lang);
	if (note) notes.push(note);
	return notes;
}
