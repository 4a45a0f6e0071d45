/**
 * /data/context-forest.csv and .json: the rows of the forest chart on /context/, exactly as drawn,
 * from the same comparison (responseComparison), chart input (forestInputs) and layout
 * (forestLayout) as the chart itself.
 */
import { forestLayout } from '../charts/forest.ts';
import type { ContentSet } from '../content-set.ts';
import { type ComparedEndpoint, forestInputs, responseComparison } from '../context.ts';
import { endpointPath } from '../endpoint-links.ts';
import type { ForestRow } from '../charts/forest.ts';
import { percentValue } from '../stats/format.ts';
import type { Column, DataTable } from './table.ts';

/** One drawn row, with the comparison it came from in both languages. */
export interface ForestRecord {
	order: number;
	en: ComparedEndpoint;
	ja: ComparedEndpoint;
	drawnEn: ForestRow;
	drawnJa: ForestRow;
	url: string;
}

/** The chart's rows in the order drawn (top to bottom). */
export function forestRecords(set: ContentSet, featured: string, outcome: string, url: (path: string) => string): ForestRecord[] {
	const en = responseComparison(set, featured, outcome, 'en').included;
	const ja = responseComparison(set, featured, outcome, 'ja').included;
	const drawnEn = forestLayout(forestInputs(en, 'en')).rows;
	const drawnJa = forestLayout(forestInputs(ja, 'ja')).rows;
	return en.map((r, i) => ({
		order: i + 1,
		en: r,
		ja: ja[i]!,
		drawnEn: drawnEn[i]!,
		drawnJa: drawnJa[i]!,
		url: url(endpointPath(r.publication, r.ev.anchor, featured)),
	}));
}

/** A percentage as the chart's table shows it: computed values to one decimal, printed ones as printed. */
const shown = (r: ComparedEndpoint, value: number) => (r.ciKind === 'exact' ? percentValue(value / 100) : value);

export const FOREST_COLUMNS: Column<ForestRecord>[] = [
	{ name: 'order', type: 'integer', description: 'Row of the chart, from the top', value: (r) => r.order },
	{ name: 'endpoint', type: 'string', description: 'Endpoint id (publication/anchor)', value: (r) => r.en.ev.id },
	{ name: 'publication', type: 'string', description: 'Publication id on the site', value: (r) => r.en.publication },
	{ name: 'url', type: 'string', description: "URL of the endpoint's row on the site (permanent)", value: (r) => r.url },
	{ name: 'study', type: 'string', description: 'First line of the row label', value: (r) => r.drawnEn.label },
	{ name: 'study_ja', type: 'string', description: 'First line of the row label on the Japanese page', value: (r) => r.drawnJa.label },
	{ name: 'detail', type: 'string', description: 'Second line of the row label', value: (r) => r.drawnEn.detail },
	{ name: 'detail_ja', type: 'string', description: 'Second line of the row label on the Japanese page', value: (r) => r.drawnJa.detail },
	{ name: 'group', type: 'string', description: 'Study part or trial arm', value: (r) => r.en.group },
	{ name: 'group_ja', type: 'string', description: 'Study part or trial arm, in Japanese', value: (r) => r.ja.group },
	{
		name: 'estimate',
		type: 'number',
		description: 'Patients with CR/CRh, percent, as the table beside the chart shows it',
		value: (r) => shown(r.en, r.en.estimate),
	},
	{ name: 'ci_lower', type: 'number', description: 'Lower end of the 95% interval, percent', value: (r) => shown(r.en, r.en.lower) },
	{ name: 'ci_upper', type: 'number', description: 'Upper end of the 95% interval, percent', value: (r) => shown(r.en, r.en.upper) },
	{
		name: 'ci_method',
		type: 'string',
		enum: ['exact', 'printed'],
		description: 'exact: Clopper–Pearson, computed on this site from the counts (filled square); printed: as the source printed it',
		value: (r) => r.en.ciKind,
	},
	{
		name: 'secondary_source',
		type: 'boolean',
		description: "From someone else's summary of the study, e.g. a review table (hollow square)",
		value: (r) => r.en.secondary,
	},
	{ name: 'featured', type: 'boolean', description: 'A row of the paper the site is about (highlighted)', value: (r) => r.en.featured },
	{ name: 'result', type: 'string', description: 'The result as the table beside the chart shows it', value: (r) => r.en.result },
	{ name: 'result_ja', type: 'string', description: 'The result on the Japanese page', value: (r) => r.ja.result },
	{ name: 'ci', type: 'string', description: 'The interval as the table beside the chart shows it', value: (r) => r.en.ci },
	{ name: 'ci_ja', type: 'string', description: 'The interval on the Japanese page', value: (r) => r.ja.ci },
	{
		name: 'x',
		type: 'number',
		description: 'Drawn: the square (the exact estimate), in SVG user units of the viewBox',
		value: (r) => r.drawnEn.x,
	},
	{ name: 'x_lower', type: 'number', description: 'Drawn: left end of the interval line', value: (r) => r.drawnEn.x1 },
	{ name: 'x_upper', type: 'number', description: 'Drawn: right end of the interval line', value: (r) => r.drawnEn.x2 },
	{ name: 'y', type: 'number', description: 'Drawn: vertical centre of the row', value: (r) => r.drawnEn.y },
	{ name: 'source', type: 'string', description: 'Source register entry', value: (r) => r.en.ev.source.sourceEntry.data.label },
	{ name: 'locator', type: 'string', description: 'Where in the source the numbers were read', value: (r) => r.en.ev.source.locator },
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
