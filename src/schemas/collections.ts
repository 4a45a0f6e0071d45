import type { z } from 'astro/zod';
import { asjcSchema } from './asjc.ts';
import { changeSchema } from './change.ts';
import { endpointSchema } from './endpoint.ts';
import { journalSchema } from './journal.ts';
import { outcomeSchema } from './outcome.ts';
import { pageSchema } from './page.ts';
import { publicationSchema } from './publication.ts';
import type { CollectionName, ReferenceFactory } from './shared.ts';
import { sourceSchema } from './source.ts';
import { regimenSchema } from './regimen.ts';
import { registrationSchema } from './registration.ts';
import { trialSchema } from './trial.ts';

/** Where a collection's files are: one file per entry (glob) or one list file (file). */
export type CollectionSource = { loader: 'glob'; base: string; pattern: string } | { loader: 'file'; path: string };

/**
 * Every collection of `content/`, its files and its schema. `src/content.config.ts` turns this
 * into Astro collections; tests load the same files with the same schemas, without Astro.
 * Paths are relative to the content root (`content/` in the project).
 */
export const COLLECTIONS = {
	sources: { source: { loader: 'file', path: 'sources.yaml' }, schema: () => sourceSchema() },
	asjc: { source: { loader: 'file', path: 'asjc.yaml' }, schema: (r: ReferenceFactory) => asjcSchema(r) },
	journals: { source: { loader: 'glob', base: 'journals', pattern: '*.yaml' }, schema: (r: ReferenceFactory) => journalSchema(r) },
	trials: { source: { loader: 'glob', base: 'trials', pattern: '*.yaml' }, schema: (r: ReferenceFactory) => trialSchema(r) },
	regimens: { source: { loader: 'glob', base: 'regimens', pattern: '*.yaml' }, schema: (r: ReferenceFactory) => regimenSchema(r) },
	outcomes: { source: { loader: 'file', path: 'outcomes.yaml' }, schema: (r: ReferenceFactory) => outcomeSchema(r) },
	publications: {
		source: { loader: 'glob', base: 'publications', pattern: '*.yaml' },
		schema: (r: ReferenceFactory) => publicationSchema(r),
	},
	endpoints: { source: { loader: 'glob', base: 'endpoints', pattern: '**/*.yaml' }, schema: (r: ReferenceFactory) => endpointSchema(r) },
	pages: { source: { loader: 'glob', base: 'pages', pattern: '**/*.mdx' }, schema: () => pageSchema() },
	changes: { source: { loader: 'file', path: 'changes.yaml' }, schema: (r: ReferenceFactory) => changeSchema(r) },
	registrations: {
		source: { loader: 'glob', base: 'registrations', pattern: '*.yaml' },
		schema: (r: ReferenceFactory) => registrationSchema(r),
	},
} as const satisfies Record<CollectionName, { source: CollectionSource; schema: (reference: ReferenceFactory) => z.ZodType }>;
