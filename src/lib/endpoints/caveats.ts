import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { provenanceInLang, sourceLabel } from '../localize.ts';
import type { EndpointView } from '../study.ts';
import { denominatorExplanation, eventsExplanation, isSecondarySummary } from './explanations.ts';

/**
 * What a reader must know before trusting a number as the study's own count, wherever the number
 * appears (a table row, a key-figure tile, a chart row, a sentence): a denominator assumed or worked
 * out rather than printed, a count worked out from a percentage, a value from someone else's summary,
 * or a definition matched by reading a source rather than printed by it. Every component that shows
 * an endpoint's number shows its caveats' short labels beside it (with the full text one step away),
 * and a gate over the built site checks that none is left out.
 */
type CaveatKind = 'denominator-assumed' | 'denominator-derived' | 'count-derived' | 'secondary-source' | 'definition-matched';

export interface Caveat {
	kind: CaveatKind;
	/** A few words to show beside the number: "assumed denominator". */
	short: string;
	/** The full explanation, generated from the content. */
	text: string;
}

/** Every caveat of an endpoint, in a language, in a fixed order. */
export function endpointCaveats(ev: EndpointView, lang: Lang = DEFAULT_LANG): Caveat[] {
	const d = t(lang);
	const m = ev.data.measure;
	const out: Caveat[] = [];
	if (m.kind === 'proportion' && m.denominatorBasis) {
		const kind = m.denominatorBasis.method === 'part-size' ? 'denominator-assumed' : 'denominator-derived';
		out.push({ kind, short: d.caveatShort[kind], text: denominatorExplanation(ev, lang) });
	}
	if (m.kind === 'proportion' && m.eventsBasis) {
		out.push({ kind: 'count-derived', short: d.caveatShort['count-derived'], text: eventsExplanation(ev, lang) });
	}
	const source = ev.source.sourceEntry.data;
	if (isSecondarySummary(source)) {
		out.push({
			kind: 'secondary-source',
			short: d.caveatShort['secondary-source'],
			text: d.secondarySourceNote(sourceLabel(source, lang)),
		});
	}
	const basis = ev.data.unstated?.basis;
	if (basis && ev.unstatedBasis) {
		const said = provenanceInLang(basis, lang, ev.unstatedBasis.where);
		out.push({
			kind: 'definition-matched',
			short: d.caveatShort['definition-matched'],
			text: d.definitionMatched(
				ev.data.unstated!.criteria.map((c) => d.criterionNames[c]),
				sourceLabel(ev.unstatedBasis.sourceEntry.data, lang),
				said.note ?? '',
			),
		});
	}
	return out;
}
