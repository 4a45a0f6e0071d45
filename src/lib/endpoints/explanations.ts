import type { Source } from '../../schemas/source.ts';
import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from '../i18n.ts';
import { sourceLabel, translated } from '../localize.ts';
import { type EndpointView, endpointPartLabel } from '../study.ts';

/**
 * What a reader must know beside an endpoint's number, in words generated from the content: who was
 * counted, how a count or denominator the source did not print was worked out, which arms a
 * comparison is between, and whether the number is someone else's summary.
 */

/**
 * A source that summarises a study in its own way (a review table, a conference report) rather
 * than reproducing the study's own report. Aggregator copies of an abstract are not summaries.
 */
export const isSecondarySummary = (source: Source) => source.kind === 'review-article' || source.kind === 'press-release';

/** The endpoint's population in a language. */
export function populationText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	return translated(ev.data, 'population', lang, { file: ev.file, field: '' });
}

/** The endpoint's caveat in a language, when it has one. */
export function noteText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string | undefined {
	return ev.data.note === undefined ? undefined : translated(ev.data as { note: string }, 'note', lang, { file: ev.file, field: '' });
}

/** A basis note (of a derived denominator or count), after the generated sentence. */
function basisNote(basis: { note?: string | undefined }, lang: Lang, file: string, field: string): string {
	if (basis.note === undefined) return '';
	return `${t(lang).wordSpace}${translated(basis as { note: string }, 'note', lang, { file, field })}`;
}

/**
 * Why a denominator the paper did not print is what it is, generated from the numbers.
 * e.g. "Denominator derived: the abstract prints 3 (38%) without a denominator; 8 is the only
 * number of patients up to 21 for which 3 rounds to 38%."
 */
export function denominatorExplanation(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.denominatorBasis) return '';
	const extra = basisNote(m.denominatorBasis, lang, ev.file, 'measure.denominatorBasis');
	if (m.denominatorBasis.method === 'part-size') return `${d.denominatorAssumed(m.denominator, endpointPartLabel(ev, lang))}${extra}`;
	const printed = m.printed ? `${m.events} (${m.printed.percent.toFixed(m.printed.decimals)}%)` : String(m.events);
	return `${d.denominatorDerived(printed, m.denominator, ev.partSize, m.events)}${extra}`;
}

/**
 * Why an event count the source did not print is what it is, generated from the numbers.
 * e.g. "Count derived: the abstract gives only 56% of 9; 5 is the only count out of 9 that rounds
 * to that percentage."
 */
export function eventsExplanation(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	const m = ev.data.measure;
	if (m.kind !== 'proportion' || !m.eventsBasis) return '';
	const extra = basisNote(m.eventsBasis, lang, ev.file, 'measure.eventsBasis');
	if (m.eventsBasis.method === 'stated-in-words') return `${d.eventsInWords}${extra}`;
	const printed = m.printed ? `${m.printed.percent.toFixed(m.printed.decimals)}%` : d.aPercentage;
	return `${d.eventsDerived(printed, m.denominator, m.events)}${extra}`;
}

/** The P value of an arm comparison in words: "Compared with Chemotherapy: P < 0.001". */
export function comparisonText(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	const c = ev.data.comparison;
	if (!c) return '';
	return t(lang).comparedWith(ev.armLabel(c.against, lang), c.p ? `P ${c.p.relation} ${c.p.value}` : undefined);
}

/** Role in words. */
export function roleLabel(role: EndpointView['data']['role'], lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	return { primary: d.rolePrimary, secondary: d.roleSecondary, safety: d.roleSafety, reported: d.roleReported }[role];
}

/** Every caveat of an endpoint, in the order a table shows them. */
export function endpointNotes(ev: EndpointView, lang: Lang = DEFAULT_LANG): string[] {
	const d = t(lang);
	const m = ev.data.measure;
	const notes: string[] = [];
	if (m.kind === 'proportion' && m.denominatorBasis) notes.push(denominatorExplanation(ev, lang));
	if (m.kind === 'proportion' && m.eventsBasis) notes.push(eventsExplanation(ev, lang));
	if (ev.data.comparison) notes.push(comparisonText(ev, lang));
	if (m.kind === 'hazard-ratio') notes.push(d.hazardRatioArms(ev.armLabel(m.treatment, lang), ev.armLabel(m.control, lang)));
	if (isSecondarySummary(ev.source.sourceEntry.data)) notes.push(d.secondarySourceNote(sourceLabel(ev.source.sourceEntry.data, lang)));
	const note = noteText(ev, lang);
	if (note) notes.push(note);
	return notes;
}
