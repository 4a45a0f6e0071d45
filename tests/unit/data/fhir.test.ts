import { describe, expect, test } from 'vitest';
import { endpointsTable } from '../../../src/lib/data/endpoints.ts';
import { buildBundle } from '../../../src/lib/data/files.ts';
import { nameUuid, phaseCode } from '../../../src/lib/data/fhir.ts';
import { tableRecords } from '../../../src/lib/data/table.ts';
import { missingRequired, schemaErrors } from '../../helpers/fhir.ts';
import { realContext } from './context.ts';

// Every FHIR R5 Bundle, and every resource in it, against HL7's official JSON schema and the
// cardinalities of the official StructureDefinitions (both from the npm package hl7.fhir.r5.core).

const ctx = await realContext();
const publications = ctx.set.publications.map((p) => p.id);
type Json = Record<string, unknown> & { resourceType: string; id: string };
const bundles = publications.map((id) => ({ id, bundle: buildBundle(id, ctx) as Json & { entry: { fullUrl: string; resource: Json }[] } }));
const endpointRows = tableRecords(endpointsTable(ctx.set, ctx.featured, ctx.url));
const coded = (cc: unknown) => (cc as { coding: { code: string }[] }).coding[0]!.code;

describe.each(bundles)('$id', ({ id, bundle }) => {
	test('the Bundle validates against the FHIR R5 JSON schema', () => {
		expect(schemaErrors(bundle)).toEqual([]);
		expect(bundle.type).toBe('collection');
	});

	test('every resource validates and has every element the specification requires', () => {
		for (const { resource } of bundle.entry) {
			expect(schemaErrors(resource), resource.id).toEqual([]);
			expect(missingRequired(resource), resource.id).toEqual([]);
		}
		expect(missingRequired(bundle)).toEqual([]);
	});

	test('a Citation, a ResearchStudy when the paper reports a registered trial, one Evidence per endpoint', () => {
		const p = ctx.set.publications.find((x) => x.id === id)!.data;
		const types = bundle.entry.map((e) => e.resource.resourceType);
		expect(types[0]).toBe('Citation');
		expect(types.filter((t) => t === 'ResearchStudy')).toHaveLength(p.trial || p.identifiers.nct ? 1 : 0);
		expect(types.filter((t) => t === 'Evidence')).toHaveLength(ctx.set.endpoints.filter((e) => e.data.publication.id === id).length);
		const study = bundle.entry.find((e) => e.resource.resourceType === 'ResearchStudy')?.resource;
		const registration = p.trial && ctx.set.registrations.find((r) => r.id === p.trial!.id);
		if (registration) expect((study!.outcomeMeasure as unknown[]).length).toBe(registration.data.outcomes.length);
		else if (study) expect(study.outcomeMeasure).toBeUndefined();
		const urls = bundle.entry.map((e) => e.fullUrl);
		expect(new Set(urls).size).toBe(urls.length);
		for (const u of urls) expect(u).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	test('the Citation names the authors, in order, only when the published order is confirmed', () => {
		const p = ctx.set.publications.find((x) => x.id === id)!.data;
		const artifact = bundle.entry[0]!.resource.citedArtifact as {
			contributorship?: { entry: { contributor: { display: string }; rankingOrder: number }[] };
		};
		if (p.authorship === 'published-order') {
			const entries = artifact.contributorship!.entry;
			expect(entries.map((e) => e.contributor.display)).toEqual(p.authors!.map((a) => `${a.given} ${a.family}`));
			expect(entries.map((e) => e.rankingOrder)).toEqual(entries.map((_, i) => i + 1));
		} else {
			expect(artifact.contributorship).toBeUndefined();
		}
	});

	test('each Evidence carries the numbers of the endpoints table (the numbers the pages show)', () => {
		for (const { resource } of bundle.entry.filter((e) => e.resource.resourceType === 'Evidence')) {
			const row = endpointRows.find((r) => `${r.publication}-${r.anchor}` === resource.id)!;
			expect(row, resource.id).toBeDefined();
			const s = (resource.statistic as Record<string, unknown>[])[0]!;
			const quantity = s.quantity as { value: number } | undefined;
			expect(quantity?.value ?? null).toBe(row.estimate);
			const kind = coded(s.statisticType);
			expect(kind).toBe(
				{ proportion: 'C44256', 'reported-percent': 'C44256', 'time-to-event': 'C28007', 'hazard-ratio': 'C93150' }[row.measure as string],
			);
			if (row.measure === 'proportion') {
				expect(s.numberOfEvents).toBe(row.events);
				expect((s.sampleSize as { numberOfParticipants: number }).numberOfParticipants).toBe(row.denominator);
			}
			const ci = (
				(s.attributeEstimate ?? []) as { type: unknown; level: number; range: { low: { value: number }; high: { value: number } } }[]
			).find((a) => coded(a.type) === 'C53324');
			if (row.ci_lower === null) expect(ci).toBeUndefined();
			else {
				expect(ci!.level).toBe(0.95);
				expect([ci!.range.low.value, ci!.range.high.value]).toEqual([row.ci_lower, row.ci_upper]);
			}
			const note = (s.note as { text: string }[])[0]!.text;
			expect(note).toMatch(row.value_origin === 'computed' ? /^Computed on this site from the counts/ : /^As printed by the source/);
			expect(note).toContain(row.locator as string);
		}
	});
});

describe('the validators fail on broken resources', () => {
	const evidence = bundles[0]!.bundle.entry.find((e) => e.resource.resourceType === 'Evidence')!.resource;

	test('a quantity given as text, an unknown element, a missing variable definition', () => {
		const wrongType = structuredClone(evidence);
		(wrongType.statistic as { quantity: unknown }[])[0]!.quantity = { value: '38.1' };
		expect(schemaErrors(wrongType).join()).toContain('/statistic/0/quantity/value');
		const unknown = { ...structuredClone(evidence), confidenceInterval: 0.95 };
		expect(schemaErrors(unknown).join()).toContain('must NOT have additional properties');
		const { variableDefinition: _, ...noVariables } = structuredClone(evidence);
		expect(schemaErrors(noVariables as Json).join()).toContain("must have required property 'variableDefinition'");
	});

	test('a status the specification requires but the schema does not', () => {
		const { status: _, ...noStatus } = structuredClone(evidence);
		expect(schemaErrors(noStatus as Json)).toEqual([]);
		expect(missingRequired(noStatus as Json)).toEqual(['Evidence.status (instance 1)']);
	});

	test('a title language given as a code instead of a CodeableConcept (an R4B habit)', () => {
		const citation = structuredClone(bundles[0]!.bundle.entry[0]!.resource);
		(citation.citedArtifact as { title: { language: unknown }[] }).title[0]!.language = 'en';
		expect(schemaErrors(citation).join()).toContain('/citedArtifact/title/0/language must be object');
	});
});

test('name-based UUIDs are stable and differ by name', () => {
	expect(nameUuid('a')).toBe(nameUuid('a'));
	expect(nameUuid('a')).not.toBe(nameUuid('b'));
});

test('trial phases map to the R5 phase codes, or to none', () => {
	expect(phaseCode(['phase-2', 'phase-1'])).toBe('phase-1-phase-2');
	expect(phaseCode(['phase-3'])).toBe('phase-3');
	expect(phaseCode(['phase-1', 'phase-3'])).toBeUndefined();
});
