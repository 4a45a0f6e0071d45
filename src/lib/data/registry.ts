/**
 * /data/registered-outcomes.csv and .json: the registry beside the paper as data, from the same view
 * as the table on /sources/ (registryView). One row per registered outcome and endpoint that reports
 * it (one row with no endpoint when none does), then one row per reported endpoint that matches no
 * registered outcome.
 */
import type { ContentSet } from '../content-set.ts';
import { byId } from '../content-set.ts';
import { type RegisteredRow, type RegistryEndpoint, registryView } from '../registry.ts';
import type { Column, DataTable } from './table.ts';

export interface RegistryRecord {
	trial: string;
	en?: RegisteredRow | undefined;
	ja?: RegisteredRow | undefined;
	endpointEn?: RegistryEndpoint | undefined;
	endpointJa?: RegistryEndpoint | undefined;
	url?: string | undefined;
}

/** The rows for every trial that has a registration. */
export function registryRecords(set: ContentSet, featured: string, url: (path: string) => string): RegistryRecord[] {
	return set.registrations.flatMap((entry) => {
		const nct = byId(set, 'trials', entry.id).data.registration.id;
		const en = registryView(set, entry.id, featured, 'en');
		const ja = registryView(set, entry.id, featured, 'ja');
		const registered = en.registered.flatMap((row, i) => {
			const rowJa = ja.registered[i]!;
			if (row.reportedBy.length === 0) return [{ trial: nct, en: row, ja: rowJa }];
			return row.reportedBy.map((e, j) => ({
				trial: nct,
				en: row,
				ja: rowJa,
				endpointEn: e,
				endpointJa: rowJa.reportedBy[j]!,
				url: url(e.path),
			}));
		});
		const unregistered = en.unregistered.map((e, i) => ({ trial: nct, endpointEn: e, endpointJa: ja.unregistered[i]!, url: url(e.path) }));
		return [...registered, ...unregistered];
	});
}

export const REGISTRY_COLUMNS: Column<RegistryRecord>[] = [
	{ name: 'trial', type: 'string', description: 'Registration number (ClinicalTrials.gov)', value: (r) => r.trial },
	{
		name: 'status',
		type: 'string',
		enum: ['as-registered', 'in-part', 'not-reported', 'not-registered'],
		description:
			'as-registered: the endpoint reports the registered measure; in-part: only part of it (see note); not-reported: no source read reports it; not-registered: a reported endpoint that matches no registered measure in the sources read',
		value: (r) => r.en?.status ?? 'not-registered',
	},
	{
		name: 'registered_outcome',
		type: 'string',
		nullable: true,
		description: 'Id of the registered outcome measure',
		value: (r) => r.en?.id,
	},
	{ name: 'group', type: 'string', nullable: true, description: 'Part of the trial it was registered for', value: (r) => r.en?.group },
	{ name: 'group_ja', type: 'string', nullable: true, description: 'The same, in Japanese', value: (r) => r.ja?.group },
	{ name: 'measure', type: 'string', nullable: true, description: "What was registered, in the site's words", value: (r) => r.en?.measure },
	{ name: 'measure_ja', type: 'string', nullable: true, description: 'The same, in Japanese', value: (r) => r.ja?.measure },
	{
		name: 'definition',
		type: 'string',
		nullable: true,
		description: "The definition as registered, in the site's words",
		value: (r) => r.en?.definition,
	},
	{ name: 'definition_ja', type: 'string', nullable: true, description: 'The same, in Japanese', value: (r) => r.ja?.definition },
	{
		name: 'registry_source',
		type: 'string',
		nullable: true,
		description: 'Source the registered measure was read in',
		value: (r) => r.en?.source.label,
	},
	{ name: 'registry_source_url', type: 'string', nullable: true, description: 'Address of that source', value: (r) => r.en?.source.url },
	{ name: 'registry_locator', type: 'string', nullable: true, description: 'Where in that source', value: (r) => r.en?.source.locator },
	{
		name: 'endpoint',
		type: 'string',
		nullable: true,
		description: 'Endpoint that reports it (publication/anchor)',
		value: (r) => r.endpointEn?.id,
	},
	{
		name: 'endpoint_url',
		type: 'string',
		nullable: true,
		description: "URL of the endpoint's row on the site (permanent)",
		value: (r) => r.url,
	},
	{
		name: 'endpoint_label',
		type: 'string',
		nullable: true,
		description: 'What the endpoint measures, and in which part',
		value: (r) => r.endpointEn?.label,
	},
	{ name: 'endpoint_label_ja', type: 'string', nullable: true, description: 'The same, in Japanese', value: (r) => r.endpointJa?.label },
	{ name: 'result', type: 'string', nullable: true, description: 'The result as the pages show it', value: (r) => r.endpointEn?.result },
	{
		name: 'result_ja',
		type: 'string',
		nullable: true,
		description: 'The result as the Japanese pages show it',
		value: (r) => r.endpointJa?.result,
	},
	{ name: 'note', type: 'string', nullable: true, description: 'What a reader must know about the match', value: (r) => r.en?.note },
	{ name: 'note_ja', type: 'string', nullable: true, description: 'The same, in Japanese', value: (r) => r.ja?.note },
];

export function registryTable(set: ContentSet, featured: string, url: (path: string) => string): DataTable<RegistryRecord> {
	return {
		name: 'registered-outcomes',
		title: 'What the trial registered, beside what the publications report',
		description:
			'The outcome measures registered on ClinicalTrials.gov, each with the endpoints that report it (or none), then the reported endpoints that match no registered measure in the sources read.',
		columns: REGISTRY_COLUMNS,
		rows: registryRecords(set, featured, url),
	};
}
