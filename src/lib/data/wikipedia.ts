/**
 * What the "For Wikipedia editors" section on /cite/ needs besides the citation: a result to show
 * as the example of a permanent link, and the Wikidata search that finds an existing item by DOI.
 */
import type { EndpointView, StudyView } from '../study.ts';
import { wikidataDoi } from './quickstatements.ts';

/** The example result: the primary endpoint of the study's largest part (the one the sharing image shows), else the first endpoint. */
export function exampleResult(view: StudyView): EndpointView | undefined {
	const primary = view.endpoints.filter((e) => e.data.role === 'primary').sort((a, b) => (b.partSize ?? 0) - (a.partSize ?? 0))[0];
	return primary ?? view.endpoints[0];
}

/**
 * Wikidata's search for items whose DOI statement (P356) is this DOI, in Wikidata's upper-case form:
 * "10.1111/cas.14322" → https://www.wikidata.org/w/index.php?search=haswbstatement%3AP356%3D10.1111%2FCAS.14322
 */
export function wikidataDoiSearch(doi: string): string {
	return `https://www.wikidata.org/w/index.php?search=${encodeURIComponent(`haswbstatement:P356=${wikidataDoi(doi)}`)}`;
}
