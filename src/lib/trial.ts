import { publicationYear } from '../schemas/publication.ts';
import type { Trial } from '../schemas/trial.ts';
import type { ContentSet } from './content-set.ts';
import { formatLongDate } from './dates.ts';

const PHASE = { 'phase-1': 'Phase 1', 'phase-2': 'Phase 2', 'phase-3': 'Phase 3' } as const;
const WORDS: Record<string, string> = {
	interventional: 'interventional',
	observational: 'observational',
	randomised: 'randomised',
	'non-randomised': 'non-randomised',
	'not-applicable': 'allocation not applicable',
	'single-group': 'single group',
	parallel: 'parallel groups',
	crossover: 'crossover',
	sequential: 'sequential',
	'open-label': 'open label',
	single: 'single-blind',
	double: 'double-blind',
	triple: 'triple-blind',
	quadruple: 'quadruple-blind',
	treatment: 'treatment',
	prevention: 'prevention',
	'supportive-care': 'supportive care',
	other: 'other purpose',
	recruiting: 'Recruiting',
	'active-not-recruiting': 'Active, not recruiting',
	completed: 'Completed',
	terminated: 'Terminated',
	withdrawn: 'Withdrawn',
};

/** A term and its description for a definition list. */
export interface Term {
	term: string;
	value: string;
}

/** The registry facts of a trial as a definition list. */
export function trialFacts(t: Trial): Term[] {
	const d = t.design;
	const dates = t.dates;
	const out: (Term | false)[] = [
		{ term: 'Registration', value: `${t.registration.registry} ${t.registration.id}` },
		!!t.acronym && { term: 'Name', value: `${t.acronym} study` },
		{ term: 'Official title', value: t.officialTitle },
		{ term: 'Sponsor', value: t.sponsor },
		t.collaborators.length > 0 && { term: 'Collaborator', value: t.collaborators.join('; ') },
		!!t.protocolNumber && { term: 'Sponsor protocol', value: t.protocolNumber },
		{ term: 'Phase', value: t.phases.map((p) => PHASE[p]).join(' / ') },
		{
			term: 'Design',
			value: [d.type, d.allocation, d.model, d.masking].map((w) => WORDS[w] ?? w).join(', ') + `; purpose: ${WORDS[d.purpose] ?? d.purpose}`,
		},
		{ term: 'Status', value: WORDS[t.status] ?? t.status },
		{ term: 'Country', value: t.countries.join(', ') },
		{ term: 'Actual enrolment', value: `${t.enrolment.actual} participants (all parts of the registered trial)` },
		!!dates.firstPosted && { term: 'First posted', value: formatLongDate(dates.firstPosted) },
		!!dates.start && { term: 'Study start', value: formatLongDate(dates.start) },
		!!dates.primaryCompletion && { term: 'Primary completion', value: formatLongDate(dates.primaryCompletion) },
		!!dates.completion && { term: 'Study completion', value: formatLongDate(dates.completion) },
	];
	return out.filter((x): x is Term => x !== false);
}

/** The trial's enrolment split into groups, sizes resolved from publications where linked. */
export function enrolmentGroups(set: ContentSet, t: Trial): { label: string; n: number; from: string }[] {
	return (t.enrolment.breakdown ?? []).map((g) => {
		if ('n' in g) {
			const source = set.sources.find((x) => x.id === g.source.source.id);
			return { label: g.label, n: g.n, from: `${source?.data.label ?? g.source.source.id}, ${g.source.locator}` };
		}
		const pub = set.publications.find((p) => p.id === g.publication.id);
		const n = pub?.data.population?.parts.find((p) => p.id === g.part)?.n;
		if (n === undefined) throw new Error(`enrolment group "${g.label}": no part "${g.part}" in ${g.publication.id}`);
		const journal = pub && set.journals.find((j) => j.id === pub.data.journal.id);
		const year = pub && publicationYear(pub.data);
		// e.g. "Int J Hematol 2020 (paediatric-phase-1b-2020)": the paper, by journal and year, and its id on this site.
		const where = journal ? [journal.data.title ?? journal.data.abbreviation, year].filter(Boolean).join(' ') : '';
		return { label: g.label, n, from: where ? `${where} (${g.publication.id})` : g.publication.id };
	});
}
