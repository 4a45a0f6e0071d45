/**
 * The licence of the files under /data/ and /cite/: they hold facts from the project's register and
 * the site's own words about them, dedicated to the public domain so that anyone, Wikidata included
 * (which takes only CC0 data), may reuse them. The sources the facts were read in keep their own
 * terms; the files name them.
 */
export const DATA_LICENCE = {
	id: 'CC0-1.0',
	name: 'CC0 1.0 Universal (public domain dedication)',
	url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
