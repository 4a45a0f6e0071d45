import type { StudyView } from './study.ts';
import { formatLongDate, formatMonthYear } from './dates.ts';
import { formatDuration } from './endpoints/measures.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { t as dictionary } from '../i18n/index.ts';

/**
 * Every single fact that MDX prose may print, by key, as display text. Prose never types a
 * number: it writes `<Fact k="population.enrolled" />` and the value comes from content.
 * e.g. `buildFacts(view)['population.enrolled']` → "26"
 */
export function buildFacts(view: StudyView, lang: Lang = DEFAULT_LANG): Record<string, string> {
	const p = view.publication;
	const facts: Record<string, string> = {};
	const set = (key: string, value: string | number | undefined) => {
		if (value !== undefined) facts[key] = String(value);
	};
	set('publication.title', p.title);
	set('publication.authors.count', p.authors?.length);
	set('publication.year', p.dates.issue?.slice(0, 4) ?? p.dates.online?.slice(0, 4));
	set('publication.online', p.dates.online && formatLongDate(p.dates.online, lang));
	set('publication.issueDate', p.dates.issue && formatLongDate(p.dates.issue, lang));
	set('publication.volume', p.volume);
	set('publication.issue', p.issue);
	set('publication.doi', p.identifiers.doi);
	set('publication.pmid', p.identifiers.pmid);
	set('journal.title', view.journal.data.title);
	set('population.enrolled', p.population?.enrolled);
	set('population.parts.count', p.population?.parts.length);
	for (const part of p.population?.parts ?? []) set(`population.${part.id}.n`, part.n);
	const t = view.trial?.data;
	if (t) {
		set('trial.id', t.registration.id);
		set('trial.acronym', t.acronym);
		set('trial.sponsor', t.sponsor);
		set('trial.enrolment', t.enrolment.actual);
		set('trial.start', t.dates.start && formatMonthYear(t.dates.start, lang));
		set('trial.completion', t.dates.completion && formatMonthYear(t.dates.completion, lang));
		set('trial.firstPosted', t.dates.firstPosted && formatLongDate(t.dates.firstPosted, lang));
	}
	const r = view.regimen?.data;
	if (r) {
		if (r.cycle) {
			set('regimen.cycle.length', formatDuration(r.cycle.lengthWeeks, 'weeks', lang));
			set('regimen.cycle.infusion', formatDuration(r.cycle.infusionWeeks, 'weeks', lang));
			set('regimen.cycle.free', formatDuration(r.cycle.treatmentFreeWeeks, 'weeks', lang));
		}
		set('regimen.induction', r.inductionCycles);
		set('regimen.maxCycles', r.maxCycles);
		set('regimen.cyclesReceived.median', r.cyclesReceived?.median);
		set('regimen.cyclesReceived.min', r.cyclesReceived?.min);
		set('regimen.cyclesReceived.max', r.cyclesReceived?.max);
		const first = r.steps?.[0];
		const maintained = r.steps?.[r.steps.length - 1];
		if (first) set('regimen.dose.start', `${first.dose} ${dictionary(lang).doseUnit(first.unit)}`);
		if (maintained) set('regimen.dose.full', `${maintained.dose} ${dictionary(lang).doseUnit(maintained.unit)}`);
	}
	return facts;
}

/** One fact by key; an unknown key fails the build with the list of known keys. */
export function fact(view: StudyView, key: string, lang: Lang = DEFAULT_LANG): string {
	const facts = buildFacts(view, lang);
	const value = facts[key];
	if (value === undefined) {
		throw new Error(`Unknown fact "${key}" for ${view.id}. Known facts: ${Object.keys(facts).join(', ')}`);
	}
	return value;
}
