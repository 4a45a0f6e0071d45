import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { provenanceInLang, sourceLabel, translated } from '../localize.ts';
import { type EndpointView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { endpointNotes, isSecondarySummary, populationText, roleLabel } from './explanations.ts';
import { ciKind, ciText, printedText, resultText } from './measures.ts';
import { fileOf } from '../content-set.ts';

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
	return endpoints.map((ev) => ({
		anchor: ev.anchor,
		label: outcomeLabel(ev, lang),
		definition: translated(ev.outcome.data, 'definition', lang, { file: fileOf('outcomes', ev.outcome), field: '', entry: ev.outcome.id }),
		part: endpointPartLabel(ev, lang),
		role: roleLabel(ev.data.role, lang),
		population: populationText(ev, lang),
		result: resultText(ev, lang),
		ci: ciText(ev, lang),
		ciKind: ciKind(ev),
		secondary: isSecondarySummary(ev.source.sourceEntry.data),
		printed: printedText(ev, lang),
		sourceLabel: sourceLabel(ev.source.sourceEntry.data, lang),
		sourceUrl: ev.source.sourceEntry.data.url,
		locator: provenanceInLang(ev.source, lang, ev.source.where).locator,
		notes: endpointNotes(ev, lang),
	}));
}
