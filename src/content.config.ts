import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/collections.ts';
import { CONTENT_DIR } from './site.ts';
import type { ReferenceFactory } from './schemas/shared.ts';

// Astro's reference() parses to the same { id, collection } shape the schemas are written for.
const ref = reference as unknown as ReferenceFactory;

const loaderOf = (spec: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]['source']) =>
	spec.loader === 'glob' ? glob({ base: `${CONTENT_DIR}/${spec.base}`, pattern: spec.pattern }) : file(`${CONTENT_DIR}/${spec.path}`);

export const collections = {
	sources: defineCollection({ loader: loaderOf(COLLECTIONS.sources.source), schema: COLLECTIONS.sources.schema() }),
	asjc: defineCollection({ loader: loaderOf(COLLECTIONS.asjc.source), schema: COLLECTIONS.asjc.schema(ref) }),
	journals: defineCollection({ loader: loaderOf(COLLECTIONS.journals.source), schema: COLLECTIONS.journals.schema(ref) }),
	trials: defineCollection({ loader: loaderOf(COLLECTIONS.trials.source), schema: COLLECTIONS.trials.schema(ref) }),
	regimens: defineCollection({ loader: loaderOf(COLLECTIONS.regimens.source), schema: COLLECTIONS.regimens.schema(ref) }),
	outcomes: defineCollection({ loader: loaderOf(COLLECTIONS.outcomes.source), schema: COLLECTIONS.outcomes.schema(ref) }),
	publications: defineCollection({
		loader: loaderOf(COLLECTIONS.publications.source),
		schema: COLLECTIONS.publications.schema(ref),
	}),
	endpoints: defineCollection({ loader: loaderOf(COLLECTIONS.endpoints.source), schema: COLLECTIONS.endpoints.schema(ref) }),
	pages: defineCollection({ loader: loaderOf(COLLECTIONS.pages.source), schema: COLLECTIONS.pages.schema() }),
	changes: defineCollection({ loader: loaderOf(COLLECTIONS.changes.source), schema: COLLECTIONS.changes.schema(ref) }),
	registrations: defineCollection({ loader: loaderOf(COLLECTIONS.registrations.source), schema: COLLECTIONS.registrations.schema(ref) }),
};
