import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// tests/fixtures/register.yaml: the tests' own transcription of the register
// (../shared/reference/study-facts.md), with each value's place in it. The one file through which
// tests get expected values about the study; everything else is an invariant over content.

export const REGISTER_FILE = 'tests/fixtures/register.yaml';

/** A value and where the register gives it. `none`: the register says it is not confirmed. */
export interface Fact<T> {
	value: T | 'none';
	at: string;
}
export type RegisterEndpoint = { at: string } & (
	| { proportion: [number, number]; printed?: number }
	| { percent: number; ci?: [number, number] }
	| { median: number | string; ci?: [number, number]; unit: string; n?: number }
	| { hazardRatio: number; ci: [number, number]; p?: number }
);
export interface RegisterPublication {
	title?: Fact<string>;
	authors?: Fact<string[]>;
	authorsInSomeOrder?: Fact<string[]>;
	journal?: Fact<string>;
	doi?: Fact<string>;
	pmid?: Fact<string>;
	pmcid?: Fact<string>;
	nct?: Fact<string>;
	volume?: Fact<string>;
	issue?: Fact<string>;
	pages?: Fact<string>;
	online?: Fact<string>;
	issueDate?: Fact<string>;
	issueMonth?: Fact<string>;
	enrolled?: Fact<number>;
	parts?: Fact<Record<string, number>>;
	endpoints?: Record<string, RegisterEndpoint>;
}
export interface Register {
	publications: Record<string, RegisterPublication>;
	trials: Record<string, Record<string, Fact<number | string>>>;
	regimens: Record<string, Record<string, Fact<number> & { unit?: string; weeks?: [number, number] }>>;
}

export const readRegister = (file = REGISTER_FILE): Register => parse(readFileSync(file, 'utf8')) as Register;
