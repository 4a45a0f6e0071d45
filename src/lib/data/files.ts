/**
 * Every file under /data/: what it is, where it is, and how it is made. The route
 * (src/pages/data/[file].ts), the /data/ page and the "Download" links all read this list, so a
 * file that is listed is built, and a file that is built is listed.
 */
import { byId, type ContentSet } from '../content-set.ts';
import { publicationOrder } from '../context/studies.ts';
import { buildStudyView } from '../study.ts';
import { endpointsTable } from './endpoints.ts';
import { fhirBundle, toFhirJson } from './fhir.ts';
import { forestTable } from './forest.ts';
import { toQuickStatements } from './quickstatements.ts';
import { registryTable } from './registry.ts';
import { registryView } from '../registry.ts';
import { type DataTable, toCsv, toJson, toJsonSchema } from './table.ts';

/** The tables the site publishes as CSV and JSON (each with a JSON Schema). */
export const TABLES = ['endpoints', 'context-forest', 'registered-outcomes'] as const;
export type TableName = (typeof TABLES)[number];

/** The formats of the files. */
type DataFormat = 'csv' | 'json' | 'schema' | 'fhir' | 'quickstatements';

/** What a file needs to be made: the content, the featured paper, the comparison's outcome, and how to make a site path absolute. */
export interface DataContext {
	set: ContentSet;
	featured: string;
	comparisonOutcome: string;
	url: (path: string) => string;
}

/** One file under /data/. */
export interface DataFile {
	/** File name under /data/ ("endpoints.csv", "kiyoi-2020.fhir.json"). */
	name: string;
	format: DataFormat;
	/** The table it holds (csv, json, schema). */
	table?: TableName | undefined;
	/** The publication it describes (fhir, quickstatements). */
	publication?: string | undefined;
	/** The media type a server should send. */
	mediaType: string;
	render: (ctx: DataContext) => string;
}

/** The site path of a data file: "endpoints.csv" → "/data/endpoints.csv". */
export const dataPath = (name: string) => `/data/${name}`;

/** The file names of a table's three files. */
export const tableFiles = (table: TableName) => ({ csv: `${table}.csv`, json: `${table}.json`, schema: `${table}.schema.json` });

/** Builds a table by name. */
export function buildTable(table: TableName, ctx: DataContext): DataTable<unknown> {
	switch (table) {
		case 'endpoints':
			return endpointsTable(ctx.set, ctx.featured, ctx.url) as DataTable<unknown>;
		case 'context-forest':
			return forestTable(ctx.set, ctx.featured, ctx.comparisonOutcome, ctx.url) as DataTable<unknown>;
		case 'registered-outcomes':
			return registryTable(ctx.set, ctx.featured, ctx.url) as DataTable<unknown>;
	}
}

/** The FHIR Bundle of one publication. */
export function buildBundle(id: string, ctx: DataContext) {
	const view = buildStudyView(ctx.set, id);
	const trialId = view.publication.trial?.id;
	const trial = trialId ? byId(ctx.set, 'trials', trialId).data : undefined;
	// The outcome measures the trial registered, when content/registrations/ has them.
	const registered =
		trialId && ctx.set.registrations.some((r) => r.id === trialId) ? registryView(ctx.set, trialId, ctx.featured, 'en').registered : [];
	const measures = registered.map((r) => ({
		name: `${r.measure} (${r.group})`,
		description: `${r.definition} Registered outcome measure, read in ${r.source.label}, ${r.source.locator}.`,
	}));
	return fhirBundle(view, ctx.featured, ctx.url, trial, measures);
}

/** Every data file, tables first, then per publication in the pages' order. */
export function dataFiles(set: ContentSet, featured: string): DataFile[] {
	const tables = TABLES.flatMap((table): DataFile[] => {
		const f = tableFiles(table);
		const schemaUrl = (ctx: DataContext) => ctx.url(dataPath(f.schema));
		return [
			{
				name: f.csv,
				format: 'csv',
				table,
				mediaType: 'text/csv; charset=utf-8; header=present',
				render: (ctx) => toCsv(buildTable(table, ctx)),
			},
			{
				name: f.json,
				format: 'json',
				table,
				mediaType: 'application/json',
				render: (ctx) => toJson(buildTable(table, ctx), schemaUrl(ctx)),
			},
			{
				name: f.schema,
				format: 'schema',
				table,
				mediaType: 'application/schema+json',
				render: (ctx) => `${JSON.stringify(toJsonSchema(buildTable(table, ctx), schemaUrl(ctx)), null, 2)}\n`,
			},
		];
	});
	const perPublication = publicationOrder(set, featured).flatMap((id): DataFile[] => [
		{
			name: `${id}.fhir.json`,
			format: 'fhir',
			publication: id,
			mediaType: 'application/fhir+json',
			render: (ctx) => toFhirJson(buildBundle(id, ctx)),
		},
		{
			name: `${id}.quickstatements.txt`,
			format: 'quickstatements',
			publication: id,
			mediaType: 'text/plain; charset=utf-8',
			render: (ctx) => toQuickStatements(byId(ctx.set, 'publications', id).data),
		},
	]);
	return [...tables, ...perPublication];
}
