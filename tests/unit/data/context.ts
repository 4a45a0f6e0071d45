import { loadContent } from '../../helpers/load-content.ts';
import type { DataContext } from '../../../src/lib/data/files.ts';
import { COMPARISON_OUTCOME, FEATURED_PUBLICATION } from '../../../src/site.ts';

/** The site's address in these tests; the files make every site path absolute with it. */
export const TEST_SITE = 'https://evidence.example.org';

/** The real content, loaded with the site's schemas and checks, as the data files see it. */
export async function realContext(): Promise<DataContext> {
	const { set, issues } = loadContent('content');
	if (issues.length > 0) throw new Error(issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n'));
	return { set, featured: FEATURED_PUBLICATION, comparisonOutcome: COMPARISON_OUTCOME, url: (path) => new URL(path, TEST_SITE).href };
}
