/**
 * /data/registered-outcomes.csv and .json: the registry beside the paper as data, from the same view
 * as the table on /sources/ (registryView). One row per registered outcome and endpoint that reports
 * it (one row with no endpoint when none does), then one row per reported endpoint that matches no
 * registered outcome.
 */
import type { ContentSet } from '../content-set.ts';
import { byId } from '../content-set.ts';
import { type RegisteredRow, type RegistryEndpoint, registryView } from '../registry.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n.ts';
import { type Column, type DataTable, localizedColumns } from './table.ts';

export interface RegistryRecord {
	trial: string;
	/** The registered outcome, in each language (absent for a reported endpoint that matches none). */
	registered?: Record<Lang, RegisteredRow> | undefined;
	/** The endpoint that reports it, in each language (absent when none does). */
	endpoint?: Record<Lang, RegistryEndpoint> | undefined;
	url?: string | undefined;
}

/** The rows for every trial that has a registration. */
function registryRecords(set: ContentSet, featured: string, url: (path: string) => string): RegistryRecord[] {
	return set.registrations.flatMap((entry) => {
		const nct = byId(set, 'trials', entry.id).data.registration.id;
		const views = Object.fromEntries(LANGS.map((lang) => [lang, registryView(set, entry.id, featured, lang)])) as Record<
			Lang,
			ReturnType<typeof registryView>
		>;
		const each = <T>(pick: (view: ReturnType<typeof registryView>) => T) =>
			Object.fromEntries(LANGS.map((lang) => [lang, pick(views[lang])])) as Record<Lang, T>;
		const main = views[DEFAULT_LANG];
		const registered = main.registered.flatMap((row, i) => {
			const rows = each((v) => v.registered[i]!);
			if (row.reportedBy.length === 0) return [{ trial: nct, registered: rows }];
			return row.reportedBy.map((e, j) => ({
				trial: nct,
				registered: rows,
				endpoint: each((v) => v.registered[i]!.reportedBy[j]!),
				url: url(e.path),
			}));
		});
		const unregistered = main.unregistered.map((e, i) => ({ trial: nct, endpoint: each((v) => v.unregistered[i]!), url: url(e.path) }));
		return [...registered, ...unregistered];
	});
}

const REGISTRY_COLUMNS: Column<RegistryRecord>[] = [
	{ name: 'trial', type: 'string', description: 'Registration number (ClinicalTrials.gov)', value: (r) => r.trial },
	{
		name: 'status',
		type: 'string',
		enum: ['as-registered', 'in-part', 'not-reported', 'not-registered'],
		description:
			'as-registered: the endpoint reports the registered measure; in-part: only part of it (see note); not-reported: no source read reports it; not-registered: a reported endpoint that matches no registered measure in the sources read',
		value: (r) => r.registered?.[DEFAULT_LANG].status ?? 'not-registered',
	},
	{
		name: 'registered_outcome',
		type: 'string',
		nullable: true,
		description: 'Id of the registered outcome measure',
		value: (r) => r.registered?.[DEFAULT_LANG].id,
	},
	...localizedColumns<RegistryRecord>({
		name: 'group',
		type: 'string',
		nullable: true,
		description: 'Part of the trial it was registered for',
		value: (r, lang) => r.registered?.[lang].group,
	}),
	...localizedColumns<RegistryRecord>({
		name: 'measure',
		type: 'string',
		nullable: true,
		description: "What was registered, in the site's words",
		value: (r, lang) => r.registered?.[lang].measure,
	}),
	...localizedColumns<RegistryRecord>({
		name: 'definition',
		type: 'string',
		nullable: true,
		description: "The definition as registered, in the site's words",
		value: (r, lang) => r.registered?.[lang].definition,
	}),
	{
		name: 'registry_source',
		type: 'string',
		nullable: true,
		description: 'Source the registered measure was read in',
		value: (r) => r.registered?.[DEFAULT_LANG].source.label,
	},
	{
		name: 'registry_source_url',
		type: 'string',
		nullable: true,
		description: 'Address of that source',
		value: (r) => r.registered?.[DEFAULT_LANG].source.url,
	},
	{
		name: 'registry_locator',
		type: 'string',
		nullable: true,
		description: 'Where in that source',
		value: (r) => r.registered?.[DEFAULT_LANG].source.locator,
	},
	{
		name: 'endpoint',
		type: 'string',
		nullable: true,
		description: 'Endpoint that reports it (publication/anchor)',
		value: (r) => r.endpoint?.[DEFAULT_LANG].id,
	},
	{
		name: 'endpoint_url',
		type: 'string',
		nullable: true,
		description: "URL of the endpoint's row on the site (permanent)",
		value: (r) => r.url,
	},
	...localizedColumns<RegistryRecord>({
		name: 'endpoint_label',
		type: 'string',
		nullable: true,
		description: 'What the endpoint measures, and in which part',
		value: (r, lang) => r.endpoint?.[lang].label,
	}),
	...localizedColumns<RegistryRecord>({
		name: 'result',
		type: 'string',
		nullable: true,
		description: 'The result as the pages show it',
		value: (r, lang) => r.endpoint?.[lang].result,
	}),
	...localizedColumns<RegistryRecord>({
		name: 'note',
		type: 'string',
		nullable: true,
		description: 'What a reader must know about the match',
		value: (r, lang) => r.registered?.[lang].note,
	}),
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
