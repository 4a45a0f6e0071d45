/**
 * /data/endpoints.csv and .json: every endpoint of every publication, one row each, from the same
 * views and text functions as the endpoint tables on the pages (buildStudyView, endpointRows), so a
 * number in the file is the number on the page.
 */
import { publicationOrder, studyName } from '../context/studies.ts';
import type { ContentSet } from '../content-set.ts';
import { endpointPath } from '../endpoint-links.ts';
import { type EndpointRow, endpointRows } from '../endpoints/rows.ts';
import { percentValue } from '../stats/format.ts';
import { ENDPOINT_ROLES } from '../../schemas/endpoint.ts';
import { type EndpointView, type StudyView, buildStudyView } from '../study.ts';
import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n.ts';
import { type Column, type DataTable, localizedColumns } from './table.ts';

/** Everything one row is made from: the endpoint, its publication, and its table rows in every language. */
export interface EndpointRecord {
	study: StudyView;
	ev: EndpointView;
	/** Absolute URL of the endpoint's permanent anchor. */
	url: string;
	/** The endpoint's row of the pages' table, in each language. */
	rows: Record<Lang, EndpointRow>;
}

/** The numbers of an endpoint as the pages show them: the estimate, its interval, and where they come from. */
export interface EndpointNumbers {
	estimate: number | null;
	unit: '%' | 'days' | 'weeks' | 'months' | 'years' | 'ratio';
	notEstimable: boolean;
	ciLower: number | null;
	ciUpper: number | null;
	ciLevel: number | null;
	/** exact: Clopper–Pearson, computed on this site from the counts; printed: as the source printed it. */
	ciMethod: 'exact' | 'printed' | null;
	/** computed: worked out on this site from the counts; printed: as the source printed it. */
	origin: 'computed' | 'printed';
	events: number | null;
	denominator: number | null;
}

/**
 * The numbers of an endpoint, rounded as the pages show them: a proportion's percentage and exact
 * interval to one decimal (percentValue, the function formatPercent prints), everything else as
 * printed. e.g. 8/21 → { estimate: 38.1, ciLower: 18.1, ciUpper: 61.6, ciMethod: 'exact', origin: 'computed' }.
 */
export function endpointNumbers(ev: EndpointView): EndpointNumbers {
	const m = ev.data.measure;
	const none = { ciLower: null, ciUpper: null, ciLevel: null, ciMethod: null, events: null, denominator: null } as const;
	if (m.kind === 'proportion') {
		const s = ev.stats!;
		return {
			estimate: percentValue(s.fraction),
			unit: '%',
			notEstimable: false,
			ciLower: percentValue(s.ci.lower),
			ciUpper: percentValue(s.ci.upper),
			ciLevel: 95,
			ciMethod: 'exact',
			origin: 'computed',
			events: m.events,
			denominator: m.denominator,
		};
	}
	const ci = m.ci ? { ciLower: m.ci.lower, ciUpper: m.ci.upper, ciLevel: m.ci.level, ciMethod: 'printed' as const } : {};
	if (m.kind === 'reported-percent') return { ...none, ...ci, estimate: m.percent, unit: '%', notEstimable: false, origin: 'printed' };
	if (m.kind === 'hazard-ratio') return { ...none, ...ci, estimate: m.estimate, unit: 'ratio', notEstimable: false, origin: 'printed' };
	const notEstimable = m.estimate === 'not-estimable';
	return {
		...none,
		...ci,
		estimate: notEstimable ? null : (m.estimate as number),
		unit: m.unit,
		notEstimable,
		origin: 'printed',
		denominator: m.n ?? null,
	};
}

/** Every endpoint of every publication, publications in the pages' order, endpoints in table order. */
function endpointRecords(set: ContentSet, featured: string, url: (path: string) => string): EndpointRecord[] {
	return publicationOrder(set, featured).flatMap((id) => {
		const study = buildStudyView(set, id);
		const byLang = Object.fromEntries(LANGS.map((lang) => [lang, endpointRows(study.endpoints, lang)])) as Record<Lang, EndpointRow[]>;
		return study.endpoints.map((ev, i) => ({
			study,
			ev,
			url: url(endpointPath(id, ev.anchor, featured)),
			rows: Object.fromEntries(LANGS.map((lang) => [lang, byLang[lang][i]!])) as Record<Lang, EndpointRow>,
		}));
	});
}

const n = (r: EndpointRecord) => endpointNumbers(r.ev);

/** The columns of the endpoints table, in file order. */
const ENDPOINT_COLUMNS: Column<EndpointRecord>[] = [
	{ name: 'publication', type: 'string', description: 'Publication id on the site', value: (r) => r.study.id },
	...localizedColumns<EndpointRecord>({
		name: 'study',
		type: 'string',
		description: "The site's name for the study",
		value: (r, lang) => studyName(r.study, lang),
	}),
	{ name: 'anchor', type: 'string', description: 'Permanent anchor of the endpoint', value: (r) => r.ev.anchor },
	{ name: 'url', type: 'string', description: "URL of the endpoint's row on the site (permanent)", value: (r) => r.url },
	{
		name: 'part',
		type: 'string',
		description: 'Study part or trial arm id ("overall": all parts; "not-stated")',
		value: (r) => r.ev.data.part,
	},
	...localizedColumns<EndpointRecord>({
		name: 'part_label',
		type: 'string',
		description: 'Study part or trial arm',
		value: (r, lang) => r.rows[lang].part,
	}),
	{
		name: 'role',
		type: 'string',
		enum: ENDPOINT_ROLES,
		description: 'Role as a source names it (not-stated: no source read gives it a role); role_source says where',
		value: (r) => r.ev.data.role,
	},
	{
		name: 'role_source',
		type: 'string',
		nullable: true,
		description: 'Where the role is stated: source and place in it',
		value: (r) => r.rows[DEFAULT_LANG].roleSource || null,
	},
	...localizedColumns<EndpointRecord>({
		name: 'role_label',
		type: 'string',
		description: 'Role, as the pages show it',
		value: (r, lang) => r.rows[lang].role,
	}),
	{
		name: 'outcome',
		type: 'string',
		description: 'Outcome id: endpoints of different outcomes measure different things',
		value: (r) => r.ev.outcome.id,
	},
	...localizedColumns<EndpointRecord>({
		name: 'outcome_label',
		type: 'string',
		description: 'What is measured',
		value: (r, lang) => r.rows[lang].label,
	}),
	...localizedColumns<EndpointRecord>({
		name: 'outcome_definition',
		type: 'string',
		description: "The outcome's definition, in the site's words",
		value: (r, lang) => r.rows[lang].definition,
	}),
	...localizedColumns<EndpointRecord>({
		name: 'population',
		type: 'string',
		description: 'Who is counted',
		value: (r, lang) => r.rows[lang].population,
	}),
	{
		name: 'measure',
		type: 'string',
		enum: ['proportion', 'reported-percent', 'time-to-event', 'hazard-ratio'],
		description:
			'proportion: counts known; reported-percent: only a percentage is known; time-to-event: a median; hazard-ratio: between two arms',
		value: (r) => r.ev.data.measure.kind,
	},
	{ name: 'events', type: 'integer', nullable: true, description: 'Patients with the event (proportions)', value: (r) => n(r).events },
	{
		name: 'denominator',
		type: 'integer',
		nullable: true,
		description: 'Patients counted (proportions), or patients analysed when printed (medians)',
		value: (r) => n(r).denominator,
	},
	{
		name: 'estimate',
		type: 'number',
		nullable: true,
		description:
			'The percentage (one decimal when computed from the counts), median or hazard ratio the pages show; empty when not estimable',
		value: (r) => n(r).estimate,
	},
	{
		name: 'unit',
		type: 'string',
		enum: ['%', 'days', 'weeks', 'months', 'years', 'ratio'],
		description: 'Unit of the estimate and of its interval',
		value: (r) => n(r).unit,
	},
	{
		name: 'not_estimable',
		type: 'boolean',
		description: 'The source says the median could not be estimated',
		value: (r) => n(r).notEstimable,
	},
	{ name: 'ci_lower', type: 'number', nullable: true, description: 'Lower end of the 95% confidence interval', value: (r) => n(r).ciLower },
	{ name: 'ci_upper', type: 'number', nullable: true, description: 'Upper end of the 95% confidence interval', value: (r) => n(r).ciUpper },
	{
		name: 'ci_level',
		type: 'number',
		nullable: true,
		description: 'Confidence level of the interval, in percent',
		value: (r) => n(r).ciLevel,
	},
	{
		name: 'ci_method',
		type: 'string',
		nullable: true,
		enum: ['exact', 'printed'],
		description: 'exact: Clopper–Pearson, computed on this site from the counts; printed: as the source printed it',
		value: (r) => n(r).ciMethod,
	},
	{
		name: 'value_origin',
		type: 'string',
		enum: ['computed', 'printed'],
		description: 'computed: the estimate was computed on this site from the counts; printed: as the source printed it',
		value: (r) => n(r).origin,
	},
	...localizedColumns<EndpointRecord>({
		name: 'result',
		type: 'string',
		description: 'The result as the page shows it',
		value: (r, lang) => r.rows[lang].result,
	}),
	...localizedColumns<EndpointRecord>({
		name: 'ci',
		type: 'string',
		description: 'The interval as the page shows it',
		value: (r, lang) => r.rows[lang].ci,
	}),
	...localizedColumns<EndpointRecord>({
		name: 'printed',
		type: 'string',
		description: 'What the source printed, as the page shows it',
		value: (r, lang) => r.rows[lang].printed,
	}),
	{
		name: 'source',
		type: 'string',
		description: "Source register entry (the site's /sources/ page lists them)",
		value: (r) => r.rows[DEFAULT_LANG].sourceLabel,
	},
	{
		name: 'source_url',
		type: 'string',
		nullable: true,
		description: 'Address of the source',
		value: (r) => r.rows[DEFAULT_LANG].sourceUrl,
	},
	{ name: 'locator', type: 'string', description: 'Where in the source the numbers were read', value: (r) => r.rows[DEFAULT_LANG].locator },
	{
		name: 'secondary_source',
		type: 'boolean',
		description: "The numbers come from someone else's summary of the study (e.g. a review table), not the study's own report",
		value: (r) => r.rows[DEFAULT_LANG].secondary,
	},
	...localizedColumns<EndpointRecord>({
		name: 'notes',
		type: 'string',
		description: 'Caveats the pages show beside the number',
		value: (r, lang) => r.rows[lang].notes.join(t(lang).wordSpace),
	}),
];

/** The endpoints table. */
export function endpointsTable(set: ContentSet, featured: string, url: (path: string) => string): DataTable<EndpointRecord> {
	return {
		name: 'endpoints',
		title: 'Endpoints of every publication on the site',
		description:
			'One row per endpoint: counts, the percentage and exact 95% interval computed on the site, what the source printed, and where it was read.',
		columns: ENDPOINT_COLUMNS,
		rows: endpointRecords(set, featured, url),
	};
}
