import type { ParsedSite } from './dom.ts';

/**
 * A number shown without its caveat (issue 11): an assumed or derived denominator, a count worked out
 * from a percentage, a review's value or a definition matched by reading a source must be said
 * wherever the number appears, not only in the endpoint table. Every element that shows an endpoint's
 * number carries `data-value-of` (its id); the endpoint's own row in its table (on /endpoints/ or its
 * publication's page) names its caveats in `data-caveats`. This checks, on every page in every
 * language, that each other display of the number names the same caveats and shows one visible
 * `.caveat` label per caveat (an SVG chart row names them in its drawn text, checked by its data
 * table beside it).
 */
export function checkCaveats(site: ParsedSite): string[] {
	const bad: string[] = [];
	// The caveats of each endpoint, as its own table row states them (English pages).
	const expected = new Map<string, string>();
	for (const path of site.paths) {
		if (!/^\/(endpoints|publications\/[^/]+)\/$/.test(path)) continue;
		const $ = site.doc(path);
		$('tr[id][data-value-of]').each((_, tr) => void expected.set($(tr).attr('data-value-of')!, $(tr).attr('data-caveats') ?? ''));
	}
	if (expected.size === 0) return ['no endpoint table row carries data-value-of: the caveat gate has nothing to compare with'];
	for (const path of site.paths) {
		const $ = site.doc(path);
		$('[data-value-of]').each((_, el) => {
			const id = $(el).attr('data-value-of')!;
			const want = expected.get(id);
			if (want === undefined) {
				bad.push(`${path}: shows the number of ${id}, which has no row in an endpoint table`);
				return;
			}
			const got = $(el).attr('data-caveats') ?? '';
			if (got !== want) bad.push(`${path}: the number of ${id} is shown with caveats "${got}", but its row says "${want}"`);
			if (el.tagName === 'g' || want === '') return;
			for (const kind of want.split(' ')) {
				const label = $(el).find(`.caveat[data-caveat="${kind}"]`);
				if (label.length === 0 || label.text().trim() === '')
					bad.push(`${path}: the number of ${id} is shown without its visible "${kind}" caveat`);
			}
		});
	}
	return bad;
}
