import { z } from 'astro/zod';
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
	});
export type PageMeta = z.output<ReturnType<typeof pageSchema>>;
