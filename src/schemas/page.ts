import { z } from 'zod';
import { Text } from './shared.ts';

/** Frontmatter of an MDX page (`content/pages/<slug>.mdx`). */
export const pageSchema = () =>
	z.strictObject({
		/** The page's heading and `<title>`. */
		title: Text,
		/** One or two sentences for search engines and link previews. */
		description: Text.max(200, 'should stay under 200 characters for search results'),
		/** Label in the site navigation. */
		nav: Text,
		/** Position in the site navigation. */
		order: z.int().nonnegative(),
		/**
		 * The key figure on the page's sharing image: an endpoint anchor ("cr-crh-phase-2") or
		 * "enrolled". Defaults to the primary endpoint of the study's largest part.
		 */
		figure: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an endpoint anchor or "enrolled"')
			.optional(),
	});
export type PageMeta = z.output<ReturnType<typeof pageSchema>>;
