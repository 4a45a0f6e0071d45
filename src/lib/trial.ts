import { publicationYear } from '../schemas/publication.ts';
import type { Trial } from '../schemas/trial.ts';
import type { ContentSet } from './content-set.ts';
import { formatLongDate } from './dates.ts';
import { t, t as dictionary } from '../i18n/index.ts';
import { provenanceInLang, sourceLabel, translated, translatedList } from './localize.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** A term and its description for a definition list. */
export interface Term {
	term: string;
	value: string;
	/** Set when the value stays in another language than the page (an English official title). */
	lang?: Lang | undefined;
}

/** The registry facts of a trial as a definition list. */
export function trialFacts(trial: Trial, lang: Lang = DEFAULT_LANG): Term[] {
	const w = t(lang);
	const word = (x: string) => w.trialWords[x] ?? x;
	const d = trial.design;
	const dates = trial.dates;
	const out: (Term | false)[] = [
		{ term: w.termRegistration, value: `${trial.registration.registry} ${trial.registration.id}` },
		!!trial.acronym && { term: w.termName, value: w.studyName(trial.acronym) },
		{ term: w.termOfficialTitle, value: trial.officialTitle, lang: 'en' },
		{ term: w.termSponsor, value: trial.sponsor, lang: 'en' },
		trial.collaborators.length > 0 && { term: w.termCollaborator, value: trial.collaborators.join('; '), lang: 'en' },
		!!trial.protocolNumber && { term: w.termProtocol, value: trial.protocolNumber },
		{ term: w.termPhase, value: trial.phases.map(word).join(' / ') },
		{
			term: w.termDesign,
			value: [d.type, d.allocation, d.model, d.masking].map(word).join(w.listSeparator) + w.designPurpose(word(d.purpose)),
		},
		{ term: w.termStatus, value: word(trial.status) },
		{ term: w.termCountry, value: trial.countries.map((c) => w.countryNames[c] ?? c).join(w.listSeparator) },
		{ term: w.termEnrolment, value: w.enrolmentValue(trial.enrolment.actual) },
		!!dates.firstPosted && { term: w.termFirstPosted, value: formatLongDate(dates.firstPosted, lang) },
		!!dates.start && { term: w.termStart, value: formatLongDate(dates.start, lang) },
		!!dates.primaryCompletion && { term: w.termPrimaryCompletion, value: formatLongDate(dates.primaryCompletion, lang) },
		!!dates.completion && { term: w.termCompletion, value: formatLongDate(dates.completion, lang) },
	];
	return out.filter((x): x is Term => x !== false);
}

/** The trial's enrolment split into groups, sizes resolved from publications where linked. */
export function enrolmentGroups(
	set: ContentSet,
	t: Trial,
	lang: Lang = DEFAULT_LANG,
	file = 'content/trials',
): { label: string; n: number; from: string; publication?: string }[] {
	const words = dictionary(lang);
	return (t.enrolment.breakdown ?? []).map((g, i) => {
		const label = translated(g, 'label', lang, { file, field: `enrolment.breakdown[${i}]` });
		if ('n' in g) {
			const source = set.sources.find((x) => x.id === g.source.source.id);
			const locator = provenanceInLang(g.source, lang, { file, field: `enrolment.breakdown[${i}].source` }).locator;
			return { label, n: g.n, from: `${source ? sourceLabel(source.data, lang) : g.source.source.id}${words.listSeparator}${locator}` };
		}
		const pub = set.publications.find((p) => p.id === g.publication.id);
		const n = pub?.data.population?.parts.find((p) => p.id === g.part)?.n;
		if (n === undefined) throw new Error(`enrolment group "${g.label}": no part "${g.part}" in ${g.publication.id}`);
		const journal = pub && set.journals.find((j) => j.id === pub.data.journal.id);
		const year = pub && publicationYear(pub.data);
		// e.g. "Int J Hematol 2020": the paper, by journal and year (its page is linked by `publication`).
		const where = journal ? [journal.data.title ?? journal.data.abbreviation, year].filter(Boolean).join(' ') : '';
		const name = pub ? translated(pub.data, 'shortTitle', lang, { file: pub.filePath ?? 'content/publications', field: '' }) : '';
		return { label, n, from: where || name, publication: g.publication.id };
	});
}

/** The trial's key eligibility criteria in a language (`eligibility`, or `ja: { eligibility }`). */
export function eligibility(trial: Trial, lang: Lang = DEFAULT_LANG, file = 'content/trials'): string[] {
	return trial.eligibility ? translatedList(trial, 'eligibility', lang, { file, field: '' }) : [];
}
