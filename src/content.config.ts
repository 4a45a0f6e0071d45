import { defineCollection, reference } from 'astro:content';
import { strictLoader } from './data/loader.ts';
import { COLLECTIONS } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/shared.ts';

// Astro's reference() parses to the same { id, collection } shape the schemas are written for.
const ref = reference as unknown as ReferenceFactory;

// Every collection is read by the project's strict loader (src/data/loader.ts), with the schemas of
// src/schemas/ (the same ones `npm run check:content` and the tests use).
export const collections = {
	sources: defineCollection({ loader: strictLoader('sources'), schema: COLLECTIONS.sources.schema() }),
	asjc: defineCollection({ loader: strictLoader('asjc'), schema: COLLECTIONS.asjc.schema(ref) }),
	journals: defineCollection({ loader: strictLoader('journals'), schema: COLLECTIONS.journals.schema(ref) }),
	trials: defineCollection({ loader: strictLoader('trials'), schema: COLLECTIONS.trials.schema(ref) }),
	regimens: defineCollection({ loader: strictLoader('regimens'), schema: COLLECTIONS.regimens.schema(ref) }),
	outcomes: defineCollection({ loader: strictLoader('outcomes'), schema: COLLECTIONS.outcomes.schema(ref) }),
	publications: defineCollection({ loader: strictLoader('publications'), schema: COLLECTIONS.publications.schema(ref) }),
	endpoints: defineCollection({ loader: strictLoader('endpoints'), schema: COLLECTIONS.endpoints.schema(ref) }),
	pages: defineCollection({ loader: strictLoader('pages'), schema: COLLECTIONS.pages.schema() }),
	changes: defineCollection({ loader: strictLoader('changes'), schema: COLLECTIONS.changes.schema(ref) }),
	registrations: defineCollection({ loader: strictLoader('registrations'), schema: COLLECTIONS.registrations.schema(ref) }),
};
