import { z } from 'zod';
import { Text } from './shared.ts';
import { translations } from './translations.ts';

/** An entry of the source register (`content/sources.yaml`), from `../shared/reference/study-facts.md`. */
export const sourceSchema = () =>
	z.strictObject({
		/** Stable id, e.g. "s1" or "portal-record". */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
		/** Short label used in the register, e.g. "S1". */
		label: Text,
		/** What the source is. */
		title: Text,
		/** Where it was read (an archived public page), if it is a web page. */
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
		/** Kind of source, which decides how far it can be trusted. */
		kind: z.enum([
			'seed-record',
			'review-note',
			'bibliographic-database',
			'institutional-portal',
			'aggregator',
			'publisher',
			'conference-abstract',
			'trial-registry',
			'encyclopedia',
			'journal-guidelines',
			'code-list',
			'literature-database',
			'review-article',
			'press-release',
			'low-reliability-mirror',
		]),
		/** primary: the publisher, registry or the paper's own record; secondary: someone else's summary. */
		reliability: z.enum(['primary', 'secondary', 'low']),
		/** What of it could be read, and its limits. */
		note: Text.optional(),
		/**
		 * Title and note in each other language, and the label when it is a word ("Seed") rather
		 * than an id ("S1", which stays as it is): `ja: { label, title, note }`.
		 */
		...translations({ label: Text, title: Text, note: Text }, { optional: ['label'] }),
	});
export type Source = z.output<ReturnType<typeof sourceSchema>>;
