import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { TABLES, buildTable } from '../../../src/lib/data/files.ts';
import { type DataTable, toCsv, toJson, toJsonSchema } from '../../../src/lib/data/table.ts';
import { realContext } from './context.ts';

// The tables as files: the CSV read back by csv-parse (a parser that did not write it) in strict
// RFC 4180 mode, and the JSON checked against its published JSON Schema by Ajv.

const ctx = await realContext();

/** csv-parse, strict: no relaxed quotes, every record as long as the header, the BOM removed. */
function readCsv(text: string): Record<string, string>[] {
	return parse(text, {
		bom: true,
		columns: true,
		relax_quotes: false,
		relax_column_count: false,
		skip_empty_lines: false,
		record_delimiter: '\r\n',
	});
}

function validator(table: DataTable<unknown>) {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	return ajv.compile(toJsonSchema(table, 'https://evidence.example.org/data/test.schema.json'));
}

/** A cell as the CSV writes it: empty for null, the number or boolean as text. */
const asCsv = (v: unknown) => (v === null ? '' : String(v));

describe.each(TABLES)('%s', (name) => {
	const table = buildTable(name, ctx);
	const csv = toCsv(table);
	const json = JSON.parse(toJson(table, 'https://evidence.example.org/data/test.schema.json')) as { rows: Record<string, unknown>[] };

	test('the CSV starts with a byte-order mark, ends its lines with CRLF and has a header row of the column names', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.endsWith('\r\n')).toBe(true);
		const header = csv.slice(1, csv.indexOf('\r\n'));
		expect(header.split(',')).toEqual(table.columns.map((c) => c.name));
	});

	test('the CSV reads back, with csv-parse, to the same cells as the JSON rows', () => {
		const records = readCsv(csv);
		expect(records).toHaveLength(json.rows.length);
		expect(records.length).toBeGreaterThan(0);
		records.forEach((r, i) => {
			expect(Object.keys(r)).toEqual(table.columns.map((c) => c.name));
			for (const [k, v] of Object.entries(json.rows[i]!)) expect(r[k], `row ${i + 1}, ${k}`).toBe(asCsv(v));
		});
	});

	test('the JSON follows its JSON Schema', () => {
		const validate = validator(table);
		const doc = JSON.parse(toJson(table, 'https://evidence.example.org/data/test.schema.json'));
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	});

	test('the schema rejects a row with a wrong type, a missing column or an unknown one', () => {
		const validate = validator(table);
		const doc = JSON.parse(toJson(table, 'https://evidence.example.org/data/test.schema.json')) as { rows: Record<string, unknown>[] };
		const first = table.columns[0]!.name;
		const wrongType = structuredClone(doc);
		wrongType.rows[0]![first] = table.columns[0]!.type === 'string' ? 42 : 'forty-two';
		expect(validate(wrongType)).toBe(false);
		const missing = structuredClone(doc);
		delete missing.rows[0]![first];
		expect(validate(missing)).toBe(false);
		expect(validate.errors?.[0]?.message).toContain(first);
		const extra = structuredClone(doc);
		extra.rows[0]!.unknown_column = 'x';
		expect(validate(extra)).toBe(false);
	});
});

describe('CSV quoting (RFC 4180) with hostile cells', () => {
	const cells = ['a, b', 'say "no"', 'two\nlines', 'CR\r\nLF', '日本語のラベル', '  padded  ', '=1+1', ''];
	const table: DataTable<string> = {
		name: 'test',
		title: 't',
		description: 'd',
		columns: [
			{ name: 'text', type: 'string', description: 'a cell', value: (s) => s },
			{ name: 'n', type: 'number', nullable: true, description: 'a number', value: (s) => (s === '' ? null : s.length / 4) },
			{ name: 'flag', type: 'boolean', description: 'a boolean', value: (s) => s.includes('"') },
		],
		rows: cells,
	};

	test('every cell reads back as written', () => {
		const records = readCsv(toCsv(table));
		expect(records.map((r) => r.text)).toEqual(cells);
		expect(records.map((r) => r.n)).toEqual(cells.map((s) => (s === '' ? '' : String(s.length / 4))));
		expect(records.map((r) => r.flag)).toEqual(cells.map((s) => String(s.includes('"'))));
	});

	test('a CSV with a broken quote does not parse (the reader is strict)', () => {
		const broken = toCsv(table).replace('"say ""no"""', '"say "no"');
		expect(() => readCsv(broken)).toThrow();
	});

	test('a missing value in a column that may not be empty fails, naming table, column and row', () => {
		const strict: DataTable<string> = { ...table, columns: [{ name: 'text', type: 'string', description: 'd', value: () => undefined }] };
		expect(() => toCsv(strict)).toThrow('data table "test": column "text" has no value in row 1');
	});
});
