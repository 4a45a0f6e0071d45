/**
 * A table of data as the site publishes it: one list of columns gives the CSV header, the keys of
 * the JSON rows and the JSON Schema that describes them, so the three cannot drift apart.
 * CSV is written by csv-stringify (RFC 4180: comma-separated, CRLF line ends, fields quoted only
 * when they hold a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so
 * that spreadsheet programs read the Japanese labels.
 */
import { stringify } from 'csv-stringify/sync';
import { DATA_LICENCE } from './licence.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n.ts';

/** The JSON type of a column's values. */
type ColumnType = 'string' | 'number' | 'integer' | 'boolean';

/** A cell: a JSON value, `null` when the row has none (an empty field in the CSV). */
export type Cell = string | number | boolean | null;

/** One column: its name (CSV header, JSON key), type, meaning, and how a row gives its value. */
export interface Column<R> {
	name: string;
	type: ColumnType;
	/** Whether a row may have no value (null in JSON, empty in CSV). */
	nullable?: boolean;
	/** The values a column of codes may take. */
	enum?: readonly string[];
	description: string;
	value: (row: R) => Cell | undefined;
}

/**
 * A column in the default language followed by the same column in every other language of the site
 * (`study`, `study_ja`, …): a new language adds its columns by itself.
 */
export function localizedColumns<R>(column: Omit<Column<R>, 'value'> & { value: (row: R, lang: Lang) => Cell | undefined }): Column<R>[] {
	return LANGS.map((lang) => ({
		...column,
		name: lang === DEFAULT_LANG ? column.name : `${column.name}_${lang}`,
		description: lang === DEFAULT_LANG ? column.description : `${column.description} (on the ${languageInEnglish(lang)} pages)`,
		value: (row: R) => column.value(row, lang),
	}));
}

/** "Japanese" for ja: the files describe themselves in English. */
const languageInEnglish = (lang: Lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/** A table: what it holds, its columns and its rows. */
export interface DataTable<R> {
	/** File name stem: "endpoints" → /data/endpoints.csv, .json, .schema.json. */
	name: string;
	title: string;
	description: string;
	columns: Column<R>[];
	rows: R[];
}

/** The rows as records of cells, keyed and ordered by the columns; a missing value becomes null. */
export function tableRecords<R>(table: DataTable<R>): Record<string, Cell>[] {
	return table.rows.map((row) => {
		const record: Record<string, Cell> = {};
		for (const c of table.columns) {
			const v = c.value(row);
			if ((v === undefined || v === null) && !c.nullable) {
				throw new Error(`data table "${table.name}": column "${c.name}" has no value in row ${table.rows.indexOf(row) + 1}`);
			}
			record[c.name] = v ?? null;
		}
		return record;
	});
}

/** The table as CSV: BOM, header row, one record per row, CRLF line ends (RFC 4180). */
export function toCsv<R>(table: DataTable<R>): string {
	return stringify(tableRecords(table), {
		bom: true,
		header: true,
		columns: table.columns.map((c) => c.name),
		record_delimiter: 'windows',
		cast: { boolean: (v) => (v ? 'true' : 'false'), number: (v) => String(v) },
	});
}

/** The table as JSON: the schema it follows, its title, licence and rows (the CSV's columns, typed). */
export function toJson<R>(table: DataTable<R>, schemaUrl: string): string {
	const doc = {
		$schema: schemaUrl,
		title: table.title,
		description: table.description,
		license: DATA_LICENCE.url,
		rows: tableRecords(table),
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The JSON Schema (draft 2020-12) of the table's JSON file, published at `id`. */
export function toJsonSchema<R>(table: DataTable<R>, id: string): Record<string, unknown> {
	const column = (c: Column<R>) => {
		const type = c.nullable ? [c.type, 'null'] : c.type;
		const values = c.enum && (c.nullable ? [...c.enum, null] : [...c.enum]);
		return { type, description: c.description, ...(values ? { enum: values } : {}) };
	};
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: id,
		title: table.title,
		description: table.description,
		type: 'object',
		additionalProperties: false,
		required: ['$schema', 'title', 'description', 'license', 'rows'],
		properties: {
			$schema: { type: 'string', format: 'uri', description: 'This schema' },
			title: { type: 'string' },
			description: { type: 'string' },
			license: { const: DATA_LICENCE.url, description: `${DATA_LICENCE.name}` },
			rows: {
				type: 'array',
				description: 'One object per row, with the same columns, in the same order, as the CSV file',
				items: {
					type: 'object',
					additionalProperties: false,
					required: table.columns.map((c) => c.name),
					properties: Object.fromEntries(table.columns.map((c) => [c.name, column(c)])),
				},
			},
		},
	};
}
