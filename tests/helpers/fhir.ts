import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Validation of FHIR R5 resources against HL7's own definitions, from the npm package
 * hl7.fhir.r5.core (the FHIR core package, version 5.0.0):
 * - the official FHIR JSON schema (openapi/fhir.schema.json), with Ajv;
 * - the cardinalities of the official StructureDefinitions: the JSON schema does not mark every
 *   required element (Evidence.status, Citation.status, Bundle.type are 1..1 in the specification
 *   but optional in the schema), so elements with min ≥ 1 are checked from the snapshots.
 */
const PACKAGE = join(createRequire(import.meta.url).resolve('hl7.fhir.r5.core/package.json'), '..');

let ajv: Ajv | undefined;
let schemaId = '';
const compiled = new Map<string, ValidateFunction>();

function load(): Ajv {
	if (ajv) return ajv;
	const raw = JSON.parse(readFileSync(join(PACKAGE, 'openapi/fhir.schema.json'), 'utf8')) as { id: string } & Record<string, unknown>;
	// The schema says draft-06 but names itself with draft-04's "id"; draft-06 calls it "$id".
	const { id, ...rest } = raw;
	schemaId = id;
	// strict: false, because the schema uses OpenAPI's "discriminator" keyword, which is not JSON Schema.
	// unicodeRegExp: false, because the R5 pattern of decimal has a stray "}" that is a syntax error
	// only in Unicode mode ("[0-9]{1,9}}"), and no value here has an exponent.
	ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
	ajv.addMetaSchema(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')));
	ajv.addSchema({ $id: id, ...rest });
	return ajv;
}

/** Errors of the official JSON schema for a resource (empty when it validates). */
export function schemaErrors(resource: { resourceType: string }): string[] {
	const a = load();
	let validate = compiled.get(resource.resourceType);
	if (!validate) {
		validate = a.getSchema(`${schemaId}#/definitions/${resource.resourceType}`);
		if (!validate) return [`no definition for resourceType "${resource.resourceType}" in the FHIR R5 schema`];
		compiled.set(resource.resourceType, validate);
	}
	if (validate(resource)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

interface ElementDefinition {
	path: string;
	min?: number;
}
const snapshots = new Map<string, ElementDefinition[]>();

/** Elements that the resource's StructureDefinition requires (min ≥ 1) but the resource lacks. */
export function missingRequired(resource: Record<string, unknown> & { resourceType: string }): string[] {
	let elements = snapshots.get(resource.resourceType);
	if (!elements) {
		const sd = JSON.parse(readFileSync(join(PACKAGE, `StructureDefinition-${resource.resourceType}.json`), 'utf8')) as {
			snapshot: { element: ElementDefinition[] };
		};
		elements = sd.snapshot.element;
		snapshots.set(resource.resourceType, elements);
	}
	const missing: string[] = [];
	for (const e of elements) {
		if ((e.min ?? 0) < 1 || e.path.includes('[x]')) continue;
		const steps = e.path.split('.').slice(1);
		if (steps.length === 0) continue;
		const key = steps.pop()!;
		// Every instance of the parent element present in the resource must have the key.
		let parents: unknown[] = [resource];
		for (const s of steps)
			parents = parents.flatMap((p) =>
				p && typeof p === 'object' ? ([] as unknown[]).concat((p as Record<string, unknown>)[s] ?? []) : [],
			);
		parents.forEach((p, i) => {
			if (p && typeof p === 'object' && (p as Record<string, unknown>)[key] === undefined) missing.push(`${e.path} (instance ${i + 1})`);
		});
	}
	return missing;
}
