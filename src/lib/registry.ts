/**
 * The registry beside the paper: what a trial registered (content/registrations/) against what the
 * site's publications report (content/endpoints/). Checks that every registered outcome is matched
 * or marked, and builds the rows of the table and of its data file. Plain functions, no astro:*.
 */
import type { RegisteredOutcome } from '../schemas/registration.ts';
import { type ContentIssue, type ContentSet, type Entry, fileOf } from './content-set.ts';
import { endpointPath } from './endpoint-links.ts';
import { resultText } from './endpoints/measures.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { provenanceInLang, sourceLabel, translated } from './localize.ts';
import { memoPerObjectAndKey } from './memo.ts';
import { type EndpointView, buildStudyView, endpointPartLabel, outcomeLabel } from './study.ts';
import type { Source } from '../schemas/source.ts';
import { type Caveat, endpointCaveats } from './endpoints/caveats.ts';

/** The ids of the publications that report a trial (their `trial` names it), in id order. */
export function trialPublications(set: ContentSet, trialId: string): string[] {
	return set.publications
		.filter((p) => p.data.trial?.id === trialId)
		.map((p) => p.id)
		.sort();
}

/**
 * Cross-entry rules of content/registrations/ (the schema checks each entry alone): the file is
 * named after its trial; every endpoint a registered outcome names belongs to a publication of
 * that trial; an outcome that lends its definition was itself defined from the same source.
 */
export function checkRegistrations(set: ContentSet): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const entry of set.registrations) {
		const file = fileOf('registrations', entry);
		const trial = entry.data.trial.id;
		if (entry.id !== trial) issues.push({ file, field: 'trial', message: `is "${trial}", but the file is named "${entry.id}"` });
		const publications = trialPublications(set, trial);
		entry.data.outcomes.forEach((o, i) => {
			(o.reportedBy ?? []).forEach((ref, j) => {
				const endpoint = set.endpoints.find((e) => e.id === ref.id);
				if (!endpoint) return; // a missing endpoint is reported by checkReferences
				if (!publications.includes(endpoint.data.publication.id)) {
					issues.push({
						file,
						field: `outcomes[${i}].reportedBy[${j}]`,
						message: `"${ref.id}" is an endpoint of ${endpoint.data.publication.id}, which does not report trial ${trial} (publications of the trial: ${publications.join(', ') || 'none'})`,
					});
				}
			});
			if (o.outcome) {
				const outcome = set.outcomes.find((x) => x.id === o.outcome!.id);
				if (outcome && outcome.data.source.source.id !== o.source.source.id) {
					issues.push({
						file,
						field: `outcomes[${i}].outcome`,
						message: `"${outcome.id}" was defined from ${outcome.data.source.source.id}, not from the registry source ${o.source.source.id}: its definition is not the registered one, so give the registered definition in "definition"`,
					});
				}
			}
		});
	}
	return issues;
}

/** One endpoint as the registry table shows it. */
export interface RegistryEndpoint {
	/** Collection id, "kiyoi-2020/cr-crh-phase-2". */
	id: string;
	publication: string;
	anchor: string;
	/** The page and anchor in the table's language, "/ja/endpoints/#cr-crh-phase-2". */
	path: string;
	/** "CR/CRh within two cycles · Phase 2" */
	label: string;
	result: string;
	/** What a reader must know before trusting the number (src/lib/endpoints/caveats.ts). */
	caveats: Caveat[];
	ev: EndpointView;
}

/** One registered outcome and the endpoints that report it. */
export interface RegisteredRow {
	id: string;
	group: string;
	measure: string;
	definition: string;
	source: { id: string; label: string; url?: string | undefined; locator: string };
	status: 'as-registered' | 'in-part' | 'not-reported';
	reportedBy: RegistryEndpoint[];
	note?: string | undefined;
}

/** The registry beside the paper for one trial, in a language. */
export interface RegistryView {
	trial: string;
	registered: RegisteredRow[];
	/** Endpoints of the trial's publications that no registered outcome names. */
	unregistered: RegistryEndpoint[];
}

function endpointRow(ev: EndpointView, publication: string, featured: string, lang: Lang): RegistryEndpoint {
	return {
		id: ev.id,
		publication,
		anchor: ev.anchor,
		path: endpointPath(publication, ev.anchor, featured, lang),
		label: `${outcomeLabel(ev, lang)} · ${endpointPartLabel(ev, lang)}`,
		result: resultText(ev, lang),
		caveats: endpointCaveats(ev, lang),
		ev,
	};
}

/**
 * Builds the registry table of a trial: registered outcomes with their endpoints, then the endpoints
 * nothing registered names. Once per content set, trial, featured paper and language: the FHIR
 * bundle of every publication of the trial asks for it (callers share the result, read-only).
 */
export function registryView(set: ContentSet, trialId: string, featured: string, lang: Lang = DEFAULT_LANG): RegistryView {
	return registryViews(set, JSON.stringify([trialId, featured, lang]));
}

const registryViews = memoPerObjectAndKey((set: ContentSet, key: string) => {
	const [trialId, featured, lang] = JSON.parse(key) as [string, string, Lang];
	return buildRegistryView(set, trialId, featured, lang);
});

function buildRegistryView(set: ContentSet, trialId: string, featured: string, lang: Lang): RegistryView {
	const entry = set.registrations.find((r) => r.id === trialId);
	if (!entry) throw new Error(`No registration for trial "${trialId}" in content/registrations/`);
	const file = fileOf('registrations', entry);
	const endpoints = new Map<string, RegistryEndpoint>();
	for (const id of trialPublications(set, trialId)) {
		for (const ev of buildStudyView(set, id).endpoints) endpoints.set(ev.id, endpointRow(ev, id, featured, lang));
	}
	const named = new Set<string>();
	const registered = entry.data.outcomes.map((o, i) => {
		const reportedBy = (o.reportedBy ?? []).map((ref) => {
			const row = endpoints.get(ref.id);
			if (!row) throw new Error(`${file}: outcomes[${i}].reportedBy: "${ref.id}" is not an endpoint of a publication of ${trialId}`);
			named.add(ref.id);
			return row;
		});
		return {
			id: o.id,
			group: translated(o, 'group', lang, { file, field: `outcomes[${i}]` }),
			measure: translated(o, 'measure', lang, { file, field: `outcomes[${i}]` }),
			definition: registeredDefinition(set, o, lang, file, i),
			source: sourceOf(set, o, lang, { file, field: `outcomes[${i}].source` }),
			status: o.notReported ? 'not-reported' : (o.extent ?? 'as-registered'),
			reportedBy,
			note: o.note ? translated(o, 'note', lang, { file, field: `outcomes[${i}]` }) : undefined,
		} satisfies RegisteredRow;
	});
	const unregistered = [...endpoints.values()].filter((e) => !named.has(e.id));
	return { trial: trialId, registered, unregistered };
}

function registeredDefinition(set: ContentSet, o: RegisteredOutcome, lang: Lang, file: string, i: number): string {
	if (o.definition)
		return translated(o as RegisteredOutcome & { definition: string }, 'definition', lang, { file, field: `outcomes[${i}]` });
	const outcome = set.outcomes.find((x) => x.id === o.outcome!.id);
	if (!outcome) throw new Error(`${file}: outcomes[${i}].outcome: no outcome "${o.outcome!.id}"`);
	return translated(outcome.data, 'definition', lang, { file: fileOf('outcomes', outcome), field: '', entry: outcome.id });
}

function sourceOf(set: ContentSet, o: RegisteredOutcome, lang: Lang, where: { file: string; field: string }): RegisteredRow['source'] {
	const s: Entry<Source> | undefined = set.sources.find((x) => x.id === o.source.source.id);
	const locator = provenanceInLang(o.source, lang, where).locator;
	return { id: o.source.source.id, label: s ? sourceLabel(s.data, lang) : o.source.source.id, url: s?.data.url, locator };
}
