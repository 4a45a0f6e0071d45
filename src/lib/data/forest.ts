/**
 * /data/context-forest.csv and .json: the rows of the forest chart on /context/, exactly as drawn,
 * from the same comparison (responseComparison), chart input (forestInputs) and layout
 * (forestLayout) as the chart itself; positions are those of the wide drawing.
 */
import { forestLayout } from '../charts/forest.ts';
import type { ContentSet } from '../content-set.ts';
import { type ComparedEndpoint, forestInputs, responseComparison } from '../context/responses.ts';
import { endpointPath } from '../endpoint-links.ts';
import type { ForestRow } from '../charts/forest.ts';
import { percentValue } from '../stats/format.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n.ts';
import { type Column, type DataTable, localizedColumns } from './table.ts';

/** One drawn row, with the comparison it came from, in every language. */
export interface ForestRecord {
	order: number;
	/** The compared endpoint, in each language. */
	compared: Record<Lang, ComparedEndpoint>;
	/** The row as drawn, in each language. */
	drawn: Record<Lang, ForestRow>;
	url: string;
}

/** The chart's rows in the order drawn (top to bottom). */
function forestRecords(set: ContentSet, featured: string, outcome: string, url: (path: string) => string): ForestRecord[] {
	const compared = Object.fromEntries(LANGS.map((lang) => [lang, responseComparison(set, featured, outcome, lang).included])) as Record<
		Lang,
		ComparedEndpoint[]
	>;
	const drawn = Object.fromEntries(
		LANGS.map((lang) => [lang, forestLayout(forestInputs(compared[lang], lang), { variant: 'wide' }).rows]),
	) as Record<Lang, ForestRow[]>;
	const at = <T>(byLang: Record<Lang, T[]>, i: number) =>
		Object.fromEntries(LANGS.map((lang) => [lang, byLang[lang][i]!])) as Record<Lang, T>;
	return compared[DEFAULT_LANG].map((r, i) => ({
		order: i + 1,
		compared: at(compared, i),
		drawn: at(drawn, i),
		url: url(endpointPath(r.publication, r.ev.anchor, featured)),
	}));
}

/** A percentage as the chart's table shows it: computed values to one decimal, printed ones as printed. */
const shown = (r: ComparedEndpoint, value: number) => (r.ciKind === 'exact' ? percentValue(value / 100) : value);

const FOREST_COLUMNS: Column<ForestRecord>[] = [
	{ name: 'order', type: 'integer', description: 'Row of the chart, from the top', value: (r) => r.order },
	{ name: 'endpoint', type: 'string', description: 'Endpoint id (publication/anchor)', value: (r) => r.compared[DEFAULT_LANG].ev.id },
	{ name: 'publication', type: 'string', description: 'Publication id on the site', value: (r) => r.compared[DEFAULT_LANG].publication },
	{ name: 'url', type: 'string', description: "URL of the endpoint's row on the site (permanent)", value: (r) => r.url },
	...localizedColumns<ForestRecord>({
		name: 'study',
		type: 'string',
		description: 'First line of the row label',
		value: (r, lang) => r.drawn[lang].label,
	}),
	...localizedColumns<ForestRecord>({
		name: 'detail',
		type: 'string',
		description: 'Second line of the row label',
		value: (r, lang) => r.drawn[lang].detail,
	}),
	...localizedColumns<ForestRecord>({
		name: 'group',
		type: 'string',
		description: 'Study part or trial arm',
		value: (r, lang) => r.compared[lang].group,
	}),
	{
		name: 'estimate',
		type: 'number',
		description: 'Patients with CR/CRh, percent, as the table beside the chart shows it',
		value: (r) => shown(r.compared[DEFAULT_LANG], r.compared[DEFAULT_LANG].estimate),
	},
	{
		name: 'ci_lower',
		type: 'number',
		description: 'Lower end of the 95% interval, percent',
		value: (r) => shown(r.compared[DEFAULT_LANG], r.compared[DEFAULT_LANG].lower),
	},
	{
		name: 'ci_upper',
		type: 'number',
		description: 'Upper end of the 95% interval, percent',
		value: (r) => shown(r.compared[DEFAULT_LANG], r.compared[DEFAULT_LANG].upper),
	},
	{
		name: 'ci_method',
		type: 'string',
		enum: ['exact', 'printed'],
		description: 'exact: Clopper–Pearson, computed on this site from the counts (filled square); printed: as the source printed it',
		value: (r) => r.compared[DEFAULT_LANG].ciKind,
	},
	{
		name: 'secondary_source',
		type: 'boolean',
		description: "From someone else's summary of the study, e.g. a review table (hollow square)",
		value: (r) => r.compared[DEFAULT_LANG].secondary,
	},
	{
		name: 'featured',
		type: 'boolean',
		description: 'A row of the paper the site is about (highlighted)',
		value: (r) => r.compared[DEFAULT_LANG].featured,
	},
	...localizedColumns<ForestRecord>({
		name: 'result',
		type: 'string',
		description: 'The result as the table beside the chart shows it',
		value: (r, lang) => r.compared[lang].result,
	}),
	...localizedColumns<ForestRecord>({
		name: 'ci',
		type: 'string',
		description: 'The interval as the table beside the chart shows it',
		value: (r, lang) => r.compared[lang].ci,
	}),
	{
		name: 'x',
		type: 'number',
		description: 'Drawn: the square (the exact estimate), in SVG user units of the viewBox of the wide drawing (the one printed)',
		value: (r) => r.drawn[DEFAULT_LANG].x,
	},
	{ name: 'x_lower', type: 'number', description: 'Drawn: left end of the interval line', value: (r) => r.drawn[DEFAULT_LANG].x1 },
	{ name: 'x_upper', type: 'number', description: 'Drawn: right end of the interval line', value: (r) => r.drawn[DEFAULT_LANG].x2 },
	{ name: 'y', type: 'number', description: 'Drawn: vertical centre of the row', value: (r) => r.drawn[DEFAULT_LANG].y },
	{
		name: 'source',
		type: 'string',
		description: 'Source register entry',
		value: (r) => r.compared[DEFAULT_LANG].ev.source.sourceEntry.data.label,
	},
	{
		name: 'locator',
		type: 'string',
		description: 'Where in the source the numbers were read',
		value: (r) => r.compared[DEFAULT_LANG].ev.source.locator,
	},
];

export function forestTable(set: ContentSet, featured: string, outcome: string, url: (path: string) => string): DataTable<ForestRecord> {
	return {
		name: 'context-forest',
		title: 'The forest chart on /context/: response rates with 95% intervals, as drawn',
		description:
			'One row per result the comparability rule accepts, in the order drawn, with the values the table beside the chart shows and the drawn positions.',
		columns: FOREST_COLUMNS,
		rows: forestRecords(set, featured, outcome, url),
	};
}
