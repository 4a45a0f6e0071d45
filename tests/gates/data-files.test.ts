import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { compareEndpoints, compareFhir, compareForest, compareRegistry } from './data-files.ts';
import { fileReader, readBuiltSite, report } from './site.ts';

// The data files the build wrote to dist/data/ against the pages it wrote beside them: every value
// in a file is the value the page shows (see tests/gates/data-files.ts). Build first.
const DIST = 'dist';
const site = readBuiltSite(DIST);
const read = fileReader(DIST);
const page = (path: string) => site.pages.find((p) => p.path === path)?.html;
type Row = Record<string, string | number | boolean | null>;
const json = (name: string) => JSON.parse(read(`data/${name}`) ?? 'null') as { rows: Row[] };
const endpoints = json('endpoints.json').rows;
const forest = json('context-forest.json').rows;
const registry = json('registered-outcomes.json').rows;
const bundles = Object.fromEntries(
	[...site.files].filter((f) => f.endsWith('.fhir.json')).map((f) => [f.slice('/data/'.length), JSON.parse(read(f)!)]),
);

describe('the data files in dist/data/ say what the pages say', () => {
	test('there are files and rows to compare', () => {
		expect(endpoints.length).toBeGreaterThan(0);
		expect(forest.length).toBeGreaterThan(0);
		expect(registry.length).toBeGreaterThan(0);
		expect(Object.keys(bundles).length).toBeGreaterThan(0);
	});

	test('endpoints.json: result, interval and printed value of every row, on the English and the Japanese page', () => {
		const findings = compareEndpoints(endpoints, page);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('context-forest.json: the rows as drawn in the chart and listed in its table', () => {
		const findings = compareForest(forest, page);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('registered-outcomes.json: the registry tables on /sources/', () => {
		const findings = compareRegistry(registry, page);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test('the FHIR bundles: every Evidence has the numbers and the link of its endpoint', () => {
		const findings = compareFhir(bundles, endpoints);
		expect(findings, `\n${report(findings)}`).toEqual([]);
	});

	test.each(['endpoints', 'context-forest', 'registered-outcomes'])('%s.csv holds the rows of %s.json', (name) => {
		const records = parse(read(`data/${name}.csv`)!, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
		const rows = json(`${name}.json`).rows;
		expect(records).toEqual(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))));
	});
});

describe('the comparison fails when a file and a page disagree', () => {
	const first = endpoints.find((r) => r.measure === 'proportion')!;

	test('an estimate, a result text or a Japanese interval changed in the file', () => {
		const tampered = [{ ...first, estimate: (first.estimate as number) + 1, result_ja: 'x', ci_ja: '0%–1%' }];
		const messages = compareEndpoints(tampered, page).map((f) => f.message);
		expect(messages.some((m) => m.startsWith('en: estimate'))).toBe(true);
		expect(messages.some((m) => m.startsWith('ja: result is'))).toBe(true);
		expect(messages.some((m) => m.startsWith('ja: interval is'))).toBe(true);
	});

	test('a page whose row shows another number', () => {
		const path = new URL(String(first.url)).pathname;
		const broken = (p: string) => (p === path ? page(p)!.replace(String(first.result), 'changed') : page(p));
		expect(compareEndpoints([first], broken).map((f) => f.message)).toContainEqual(
			`en: result is "changed" on the page, "${first.result}" in the file`,
		);
	});

	test('a forest row drawn elsewhere, a registry result or an Evidence value changed', () => {
		expect(compareForest([{ ...forest[0]!, x: (forest[0]!.x as number) + 1 }, ...forest.slice(1)], page).length).toBeGreaterThan(0);
		const reported = registry.find((r) => r.endpoint)!;
		expect(compareRegistry([{ ...reported, result: 'x' }], page).length).toBeGreaterThan(0);
		const [name, bundle] = Object.entries(bundles)[0]!;
		const copy = structuredClone(bundle);
		const evidence = copy.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Evidence');
		evidence.resource.statistic[0].quantity = { value: -1 };
		expect(
			compareFhir({ [name]: copy }, endpoints)
				.map((f) => f.message)
				.join(),
		).toContain('statistic -1');
	});
});
