/**
 * /data/<publication id>.fhir.json: a FHIR R5 Bundle (type collection) per publication, in the
 * conventions of HL7's EBM-on-FHIR: a Citation for the paper, a ResearchStudy for its registered
 * trial, and one Evidence per endpoint. The numbers come from endpointNumbers(), the function
 * behind the data tables, which takes them from the same views the pages print.
 * Validated in tests against the official FHIR R5 JSON schema (npm package hl7.fhir.r5.core).
 */
import { createHash } from 'node:crypto';
import { issuedDate } from '../citation/csl.ts';
import { shortCitation, studyName } from '../context/studies.ts';
import { endpointPath } from '../endpoint-links.ts';
import { denominatorExplanation } from '../endpoints/explanations.ts';
import { endpointRows } from '../endpoints/rows.ts';
import { summaryText } from '../endpoints/measures.ts';
import { type EndpointView, type StudyView, endpointPartLabel, outcomeLabel } from '../study.ts';
import { journalName } from '../../schemas/journal.ts';
import type { Trial } from '../../schemas/trial.ts';
import { t } from '../../i18n/index.ts';
import { type EndpointNumbers, endpointNumbers } from './endpoints.ts';
import { DATA_LICENCE } from './licence.ts';

/** A FHIR resource as plain JSON. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** Code systems used below (HL7 FHIR R5 and HL7 Terminology). */
const SYSTEMS = {
	statisticType: 'http://terminology.hl7.org/CodeSystem/statistic-type',
	attributeEstimateType: 'http://terminology.hl7.org/CodeSystem/attribute-estimate-type',
	variableRole: 'http://terminology.hl7.org/CodeSystem/variable-role',
	titleType: 'http://hl7.org/fhir/title-type',
	publishedInType: 'http://hl7.org/fhir/published-in-type',
	citedArtifactStatus: 'http://hl7.org/fhir/cited-artifact-status-type',
	urlClassifier: 'http://hl7.org/fhir/artifact-url-classifier',
	studyPhase: 'http://hl7.org/fhir/research-study-phase',
	studyStatus: 'http://hl7.org/fhir/research-study-status',
	studyDesign: 'http://hl7.org/fhir/study-design',
	primaryPurpose: 'http://hl7.org/fhir/research-study-prim-purp-type',
	partyRole: 'http://hl7.org/fhir/research-study-party-role',
	ucum: 'http://unitsofmeasure.org',
	doi: 'https://doi.org',
	pmid: 'https://pubmed.ncbi.nlm.nih.gov',
	pmcid: 'https://www.ncbi.nlm.nih.gov/pmc',
	nct: 'https://clinicaltrials.gov',
	issn: 'urn:ISSN',
	language: 'urn:ietf:bcp:47',
} as const;

const coding = (system: string, code: string, display?: string) => ({ coding: [{ system, code, ...(display ? { display } : {}) }] });

/**
 * A name-based UUID (RFC 4122 version 5 layout, SHA-1 of the name), so that a resource keeps the
 * same urn:uuid in every build: "horai-evidence:kiyoi-2020:Evidence:os" → "urn:uuid:…".
 */
export function nameUuid(name: string): string {
	const h = createHash('sha1').update(name).digest();
	h[6] = (h[6]! & 0x0f) | 0x50;
	h[8] = (h[8]! & 0x3f) | 0x80;
	const x = h.subarray(0, 16).toString('hex');
	return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** UCUM codes of the units the site uses. */
const UCUM: Record<EndpointNumbers['unit'], { unit: string; code?: string }> = {
	'%': { unit: '%', code: '%' },
	days: { unit: 'days', code: 'd' },
	weeks: { unit: 'weeks', code: 'wk' },
	months: { unit: 'months', code: 'mo' },
	years: { unit: 'years', code: 'a' },
	ratio: { unit: 'ratio' },
};

function quantity(value: number, unit: EndpointNumbers['unit']) {
	const u = UCUM[unit];
	return u.code ? { value, unit: u.unit, system: SYSTEMS.ucum, code: u.code } : { value };
}

/** "2020-04-01" → "2020 Apr 1"; "2020-08" → "2020 Aug"; "2015" → "2015" (the date form PubMed prints). */
function citationDateText(parts: [number, number?, number?]): string {
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	const [y, m, d] = parts;
	return [String(y), m ? months[m - 1] : undefined, d ? String(d) : undefined].filter(Boolean).join(' ');
}

/** The Citation of a publication: title, authors where their order is confirmed, journal, volume, issue, pages, dates, identifiers. */
function citationResource(view: StudyView): FhirResource {
	const p = view.publication;
	const j = view.journal.data;
	const identifier = [
		p.identifiers.doi && { type: { text: 'DOI' }, system: SYSTEMS.doi, value: p.identifiers.doi },
		p.identifiers.pmid && { type: { text: 'PMID' }, system: SYSTEMS.pmid, value: p.identifiers.pmid },
		p.identifiers.pmcid && { type: { text: 'PMCID' }, system: SYSTEMS.pmcid, value: p.identifiers.pmcid },
	].filter(Boolean);
	const issued = issuedDate(p)?.['date-parts'][0];
	const statusDate = [
		p.dates.online && {
			activity: coding(SYSTEMS.citedArtifactStatus, 'published-early-form', 'Published early form'),
			actual: true,
			period: { start: p.dates.online },
		},
		(p.dates.issue ?? p.dates.issueMonth) && {
			activity: coding(SYSTEMS.citedArtifactStatus, 'published-final-form', 'Published final form'),
			actual: true,
			period: { start: p.dates.issue ?? p.dates.issueMonth },
		},
	].filter(Boolean);
	const issns = [j.issn.print, j.issn.electronic].filter((x): x is string => Boolean(x));
	const authors = p.authorship === 'published-order' ? (p.authors ?? []) : [];
	const notes = [
		p.authorship === 'order-not-confirmed' &&
			'The authors are left out: the sources read confirm their names only in a library catalogue’s order, not the order printed in the paper.',
		p.authorship === 'not-confirmed' && 'The authors are left out: no source the project could read lists them.',
	].filter((x): x is string => Boolean(x));
	return {
		resourceType: 'Citation',
		id: `${view.id}-citation`,
		status: 'active',
		title: `Citation of "${p.title}"`,
		copyright: `${DATA_LICENCE.name}: ${DATA_LICENCE.url}`,
		...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
		citedArtifact: {
			...(identifier.length ? { identifier } : {}),
			...(statusDate.length ? { statusDate } : {}),
			title: [
				{
					type: [coding(SYSTEMS.titleType, 'primary', 'Primary title')],
					...(p.language ? { language: coding(SYSTEMS.language, p.language) } : {}),
					text: p.title,
				},
			],
			publicationForm: [
				{
					publishedIn: {
						type: coding(SYSTEMS.publishedInType, 'D020492', 'Periodical'),
						...(issns.length ? { identifier: issns.map((value) => ({ type: { text: 'ISSN' }, system: SYSTEMS.issn, value })) } : {}),
						title: journalName(j),
						...(j.publisher ? { publisher: { display: j.publisher } } : {}),
					},
					...(p.volume ? { volume: p.volume } : {}),
					...(p.issue ? { issue: p.issue } : {}),
					...(p.dates.online ? { articleDate: p.dates.online } : {}),
					...(issued ? { publicationDateText: citationDateText(issued) } : {}),
					...(p.pages
						? {
								pageString: p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first,
								firstPage: p.pages.first,
								...(p.pages.last ? { lastPage: p.pages.last } : {}),
							}
						: {}),
				},
			],
			...(p.identifiers.doi
				? {
						webLocation: [
							{ classifier: [coding(SYSTEMS.urlClassifier, 'doi-based', 'DOI Based')], url: `https://doi.org/${p.identifiers.doi}` },
						],
					}
				: {}),
			...(authors.length
				? {
						contributorship: {
							entry: authors.map((a, i) => ({
								contributor: { display: `${a.given} ${a.family}` },
								forenameInitials: initials(a.given),
								rankingOrder: i + 1,
							})),
						},
					}
				: {}),
		},
	};
}

/** "Joan D." → "JD"; "J.-M." → "JM". */
function initials(given: string): string {
	return given
		.split(/[\s.-]+/)
		.filter(Boolean)
		.map((g) => g[0]!.toUpperCase())
		.join('');
}

/** "phase-1" + "phase-2" → the R5 code "phase-1-phase-2". */
export function phaseCode(phases: readonly string[]): string | undefined {
	const sorted = [...phases].sort();
	const code = sorted.join('-');
	return ['phase-1', 'phase-2', 'phase-3', 'phase-1-phase-2', 'phase-2-phase-3'].includes(code) ? code : undefined;
}

/** A registered outcome measure as the ResearchStudy lists it. */
export interface OutcomeMeasure {
	name: string;
	description: string;
}

/** The ResearchStudy of a registered trial, with what the register gives (and the outcome measures it registered). */
function trialResource(id: string, trial: Trial, results: string[], outcomeMeasures: OutcomeMeasure[] = []): FhirResource {
	const w = t('en').trialWords;
	const word = (x: string) => w[x] ?? x;
	const d = trial.design;
	const phase = phaseCode(trial.phases);
	const design = [
		d.type === 'interventional' && coding(SYSTEMS.studyDesign, 'SEVCO:01001', 'Interventional research'),
		d.type === 'observational' && coding(SYSTEMS.studyDesign, 'SEVCO:01002', 'Observational research'),
		d.allocation === 'randomised' && coding(SYSTEMS.studyDesign, 'SEVCO:01003', 'randomized assignment'),
		d.allocation === 'non-randomised' && coding(SYSTEMS.studyDesign, 'SEVCO:01005', 'Non-randomized assignment'),
		{ text: word(d.model) },
		{ text: word(d.masking) },
	].filter(Boolean);
	const purpose = ['treatment', 'prevention', 'supportive-care'].includes(d.purpose)
		? coding(SYSTEMS.primaryPurpose, d.purpose)
		: { text: word(d.purpose) };
	return {
		resourceType: 'ResearchStudy',
		id,
		identifier: [
			{ type: { text: 'ClinicalTrials.gov identifier' }, system: SYSTEMS.nct, value: trial.registration.id },
			...(trial.protocolNumber
				? [
						{
							use: 'secondary',
							type: { text: 'Sponsor protocol number' },
							value: trial.protocolNumber,
							assigner: { display: trial.sponsor },
						},
					]
				: []),
		],
		title: trial.officialTitle,
		label: [
			...(trial.briefTitle ? [{ type: coding(SYSTEMS.titleType, 'short-title', 'Short title'), value: trial.briefTitle }] : []),
			...(trial.acronym ? [{ type: coding(SYSTEMS.titleType, 'acronym', 'Acronym'), value: trial.acronym }] : []),
		],
		status: 'active',
		primaryPurposeType: purpose,
		...(phase ? { phase: coding(SYSTEMS.studyPhase, phase) } : { phase: { text: trial.phases.map(word).join(' / ') } }),
		studyDesign: design,
		region: trial.countries.map((text) => ({ text })),
		...(trial.dates.start || trial.dates.completion
			? {
					period: {
						...(trial.dates.start ? { start: trial.dates.start } : {}),
						...(trial.dates.completion ? { end: trial.dates.completion } : {}),
					},
				}
			: {}),
		associatedParty: [
			{ name: trial.sponsor, role: coding(SYSTEMS.partyRole, 'sponsor', 'sponsor') },
			...trial.collaborators.map((name) => ({ name, role: coding(SYSTEMS.partyRole, 'collaborator', 'collaborator') })),
		],
		progressStatus: [
			{
				state: coding(SYSTEMS.studyStatus, trial.status === 'active-not-recruiting' ? 'active-but-not-recruiting' : trial.status),
				actual: true,
			},
		],
		recruitment: { actualNumber: trial.enrolment.actual },
		...(outcomeMeasures.length ? { outcomeMeasure: outcomeMeasures } : {}),
		...(results.length ? { result: results.map((reference) => ({ reference, type: 'Evidence' })) } : {}),
	};
}

/** A registration that is only an identifier (the trial has no entry in content/trials). */
function registrationOnly(id: string, nct: string, results: string[]): FhirResource {
	return {
		resourceType: 'ResearchStudy',
		id,
		identifier: [{ type: { text: 'ClinicalTrials.gov identifier' }, system: SYSTEMS.nct, value: nct }],
		status: 'active',
		...(results.length ? { result: results.map((reference) => ({ reference, type: 'Evidence' })) } : {}),
	};
}

const STATISTIC: Record<'proportion' | 'median' | 'hazard-ratio', ReturnType<typeof coding>> = {
	proportion: coding(SYSTEMS.statisticType, 'C44256', 'Proportion'),
	median: coding(SYSTEMS.statisticType, 'C28007', 'Median'),
	'hazard-ratio': coding(SYSTEMS.statisticType, 'C93150', 'Hazard Ratio'),
};
const CONFIDENCE_INTERVAL = coding(SYSTEMS.attributeEstimateType, 'C53324', 'Confidence interval');
const P_VALUE = coding(SYSTEMS.attributeEstimateType, 'C44185', 'P-value');

/** Where a value came from, in words: computed on this site, or printed by which source, where. */
function originNote(ev: EndpointView, n: EndpointNumbers): string {
	const s = ev.source.sourceEntry.data;
	const where = `${s.label} (${s.title}), ${ev.source.locator}`;
	const m = ev.data.measure;
	if (n.origin === 'computed' && m.kind === 'proportion') {
		const printed = m.printed
			? ` The source printed ${m.printed.percent.toFixed(m.printed.decimals)}%: ${where}.`
			: ` Counts read in ${where}.`;
		return `Computed on this site from the counts (${m.events}/${m.denominator}): the percentage, and an exact (Clopper–Pearson) 95% confidence interval.${printed}`;
	}
	return `As printed by the source, not recomputed: ${where}.`;
}

/** One Evidence resource for an endpoint. */
function evidenceResource(view: StudyView, ev: EndpointView, refs: { citation: string }, url: string): FhirResource {
	const n = endpointNumbers(ev);
	const m = ev.data.measure;
	const row = endpointRows([ev], 'en')[0]!;
	const part = endpointPartLabel(ev, 'en');
	const variables: Record<string, unknown>[] = [
		{ description: `${part}: ${ev.data.population}`, variableRole: coding(SYSTEMS.variableRole, 'population', 'population') },
	];
	if (m.kind === 'hazard-ratio') {
		variables.push(
			{ description: ev.armLabel(m.treatment, 'en'), variableRole: coding(SYSTEMS.variableRole, 'exposure', 'exposure') },
			{ description: ev.armLabel(m.control, 'en'), variableRole: coding(SYSTEMS.variableRole, 'referenceExposure', 'reference exposure') },
		);
	}
	variables.push({
		description: `${outcomeLabel(ev, 'en')}: ${ev.outcome.data.definition}`,
		variableRole: coding(SYSTEMS.variableRole, 'measuredVariable', 'measured variable'),
	});
	const kind =
		m.kind === 'proportion' || m.kind === 'reported-percent' ? 'proportion' : m.kind === 'hazard-ratio' ? 'hazard-ratio' : 'median';
	const attributeEstimate: Record<string, unknown>[] = [];
	if (n.ciLower !== null && n.ciUpper !== null) {
		attributeEstimate.push({
			description:
				n.ciMethod === 'exact'
					? 'Exact (Clopper–Pearson) 95% confidence interval, computed on this site'
					: '95% confidence interval as printed',
			type: CONFIDENCE_INTERVAL,
			level: (n.ciLevel ?? 95) / 100,
			range: { low: quantity(n.ciLower, n.unit), high: quantity(n.ciUpper, n.unit) },
		});
	}
	if (m.kind === 'hazard-ratio' && m.p) {
		attributeEstimate.push({
			description: `P ${m.p.relation} ${m.p.value}, as printed`,
			type: P_VALUE,
			quantity: { value: m.p.value, ...(m.p.relation === '<' ? { comparator: '<' } : {}) },
		});
	}
	// The denominator's basis goes with the sample size; the other caveats with the whole Evidence.
	const basis = m.kind === 'proportion' ? denominatorExplanation(ev, 'en') : '';
	const notes = row.notes.filter((x) => x !== basis);
	const sampleSize: Record<string, unknown> = {};
	if (n.denominator !== null) sampleSize.numberOfParticipants = n.denominator;
	if (basis) sampleSize.note = [{ text: basis }];
	const statistic: Record<string, unknown> = {
		description: n.notEstimable ? `Median ${t('en').notEstimable}` : summaryText(ev, 'en'),
		note: [{ text: originNote(ev, n) }],
		statisticType: STATISTIC[kind],
		...(n.estimate !== null ? { quantity: quantity(n.estimate, n.unit) } : {}),
		// Each patient counts once, so the patients with the event are both the events and the participants affected.
		...(n.events !== null ? { numberOfEvents: n.events, numberAffected: n.events } : {}),
		...(Object.keys(sampleSize).length ? { sampleSize } : {}),
		...(attributeEstimate.length ? { attributeEstimate } : {}),
	};
	return {
		resourceType: 'Evidence',
		id: `${view.id}-${ev.anchor}`,
		status: 'active',
		title: `${outcomeLabel(ev, 'en')} · ${part} — ${studyName(view, 'en')}`,
		description: row.result,
		copyright: `${DATA_LICENCE.name}: ${DATA_LICENCE.url}`,
		relatedArtifact: [
			{ type: 'derived-from', display: shortCitation(view), resourceReference: { reference: refs.citation, type: 'Citation' } },
			{ type: 'documentation', display: 'This result on the site (permanent link)', document: { url } },
		],
		...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
		variableDefinition: variables,
		statistic: [statistic],
	};
}

/** The Bundle of one publication: Citation, ResearchStudy (when it reports a registered trial), one Evidence per endpoint. */
export function fhirBundle(
	view: StudyView,
	featured: string,
	url: (path: string) => string,
	trial?: Trial,
	outcomeMeasures: OutcomeMeasure[] = [],
): FhirResource {
	const key = (kind: string, id: string) => nameUuid(`horai-evidence:${view.id}:${kind}:${id}`);
	const citationUrl = key('Citation', view.id);
	const evidence = view.endpoints.map((ev) => ({
		fullUrl: key('Evidence', ev.anchor),
		resource: evidenceResource(view, ev, { citation: citationUrl }, url(endpointPath(view.id, ev.anchor, featured))),
	}));
	const results = evidence.map((e) => e.fullUrl);
	const nct = trial?.registration.id ?? view.publication.identifiers.nct;
	const studyId = `${view.id}-study`;
	const study = trial ? trialResource(studyId, trial, results, outcomeMeasures) : nct ? registrationOnly(studyId, nct, results) : undefined;
	return {
		resourceType: 'Bundle',
		id: view.id,
		type: 'collection',
		entry: [
			{ fullUrl: citationUrl, resource: citationResource(view) },
			...(study && nct ? [{ fullUrl: key('ResearchStudy', nct), resource: study }] : []),
			...evidence,
		],
	};
}

/** The Bundle as the file /data/<id>.fhir.json. */
export function toFhirJson(bundle: FhirResource): string {
	return `${JSON.stringify(bundle, null, 2)}\n`;
}
