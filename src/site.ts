/** Site-wide constants. The study's facts are content, not configuration. */

/** Name shown in the header and in `<title>`. */
export const SITE_NAME = 'Horai study evidence';

/** The featured publication: the paper this site is about. */
export const FEATURED_PUBLICATION = 'kiyoi-2020';

/**
 * Folder of the content collections, relative to the project root. A build can point it at
 * another folder (fixture sets in tests, generated sets in the benchmark) with CONTENT_DIR.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** The outcome the comparison on /context/ (and its data file) sets every comparable result against. */
export const COMPARISON_OUTCOME = 'cr-crh-two-cycles';

/** The outcome survival results are read against on /context/ (the featured paper's overall survival). */
export const SURVIVAL_OUTCOME = 'os';
