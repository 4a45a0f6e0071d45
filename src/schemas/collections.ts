import type { z } from 'zod';
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

/**
 * Where a collection's files are: a folder with one file per entry (`ext` files only; `depth` levels
 * of subfolders, e.g. endpoints/<publication>/<anchor>.yaml), or one file holding a list of entries.
 */
export type CollectionSource = { loader: 'folder'; base: string; ext: '.yaml' | '.mdx'; depth: 0 | 1 } | { loader: 'file'; path: string };

/**
 * Every collection of `content/`, its files and its schema. `src/content.config.ts` turns this
 * into Astro collections; tests load the same files with the same schemas, without Astro.
 * Paths are relative to the content root (`content/` in the project).
 */
export const COLLECTIONS = {
	sources: { source: { loader: 'file', path: 'sources.yaml' }, schema: () => sourceSchema() },
	asjc: { source: { loader: 'file', path: 'asjc.yaml' }, schema: (r: ReferenceFactory) => asjcSchema(r) },
	journals: { source: { loader: 'folder', base: 'journals', ext: '.yaml', depth: 0 }, schema: (r: ReferenceFactory) => journalSchema(r) },
	trials: { source: { loader: 'folder', base: 'trials', ext: '.yaml', depth: 0 }, schema: (r: ReferenceFactory) => trialSchema(r) },
	regimens: { source: { loader: 'folder', base: 'regimens', ext: '.yaml', depth: 0 }, schema: (r: ReferenceFactory) => regimenSchema(r) },
	outcomes: { source: { loader: 'file', path: 'outcomes.yaml' }, schema: (r: ReferenceFactory) => outcomeSchema(r) },
	publications: {
		source: { loader: 'folder', base: 'publications', ext: '.yaml', depth: 0 },
		schema: (r: ReferenceFactory) => publicationSchema(r),
	},
	endpoints: {
		source: { loader: 'folder', base: 'endpoints', ext: '.yaml', depth: 1 },
		schema: (r: ReferenceFactory) => endpointSchema(r),
	},
	pages: { source: { loader: 'folder', base: 'pages', ext: '.mdx', depth: 1 }, schema: () => pageSchema() },
	changes: { source: { loader: 'file', path: 'changes.yaml' }, schema: (r: ReferenceFactory) => changeSchema(r) },
	registrations: {
		source: { loader: 'folder', base: 'registrations', ext: '.yaml', depth: 0 },
		schema: (r: ReferenceFactory) => registrationSchema(r),
	},
} as const satisfies Record<CollectionName, { source: CollectionSource; schema: (reference: ReferenceFactory) => z.ZodType }>;
