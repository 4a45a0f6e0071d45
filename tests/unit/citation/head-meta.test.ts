import { expect, test } from 'vitest';
import { buildCitationRecord } from '../../../src/lib/citation/csl.ts';
import {
	coinsTitle,
	dublinCoreTags,
	highwireTags,
	scholarlyArticleJsonLd,
	serializeJsonLd,
	socialTags,
} from '../../../src/lib/citation/head-meta.ts';
import { HOSTILE_TITLE, hostileView, sparseView } from './fixtures.ts';

const hostile = () => buildCitationRecord(hostileView());

test('JSON-LD of a hostile record cannot close its script element, and parses back intact', () => {
	const json = serializeJsonLd(scholarlyArticleJsonLd(hostile(), 'https://example.org/'));
	expect(json).not.toMatch(/<|>|&/);
	const data = JSON.parse(json) as { headline: string; author: { familyName: string }[]; isPartOf: unknown };
	expect(data.headline).toBe(HOSTILE_TITLE);
	expect(data.author[0]!.familyName).toBe("O'Brien & {Sons}");
});

test('JSON-LD links the article to its trial with identifiers', () => {
	const r = hostile();
	r.trial = { registry: 'ClinicalTrials.gov', id: 'NCT00000001' };
	const data = scholarlyArticleJsonLd(r, 'https://example.org/') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD read as loose JSON
	expect(data['@type']).toBe('ScholarlyArticle');
	expect(data.about).toMatchObject({
		'@type': 'MedicalTrial',
		identifier: { value: 'NCT00000001' },
		url: 'https://clinicaltrials.gov/study/NCT00000001',
	});
	expect(data.identifier.map((i: { propertyID: string }) => i.propertyID)).toEqual(['DOI', 'PMID']);
});

test('Highwire tags: one citation_author per author, slash dates, split pages; raw values (the renderer escapes)', () => {
	const tags = highwireTags(hostile(), 'https://example.org/');
	const get = (n: string) => tags.filter((t) => t.name === n).map((t) => t.content);
	expect(get('citation_author')).toEqual(["O'Brien & {Sons}, Zoë", 'van der Berg, Jean-Luc', 'Smith, Ann and Bob', 'Żółć%_#, Łukasz']);
	expect(get('citation_title')).toEqual([HOSTILE_TITLE]);
	expect(get('citation_publication_date')).toEqual(['2021/06/09']);
	expect(get('citation_online_date')).toEqual(['2021/03/05']);
	expect(get('citation_firstpage')).toEqual(['e158']);
	expect(get('citation_lastpage')).toEqual(['e170']);
	expect(get('citation_issn')).toEqual(['1349-7006']);
});

test('a sparse record gives no empty tags', () => {
	const r = buildCitationRecord(sparseView());
	const all = [...highwireTags(r, 'https://example.org/'), ...dublinCoreTags(r)];
	expect(all.every((t) => t.content.length > 0)).toBe(true);
	expect(all.map((t) => t.name)).not.toContain('citation_volume');
	expect(all.map((t) => t.name)).not.toContain('citation_doi');
});

test('COinS decodes back to the record with a standard URL parser', () => {
	const params = new URLSearchParams(coinsTitle(hostile()));
	expect(params.get('rft.atitle')).toBe(HOSTILE_TITLE);
	expect(params.getAll('rft.au')).toHaveLength(4);
	expect(params.getAll('rft_id')).toEqual(['info:pmid/12345678', 'info:doi/10.1000/a<b>&c_d%e']);
	expect(params.get('rft.spage')).toBe('e158');
});

test('Open Graph and Twitter basics', () => {
	const tags = socialTags({ title: 't', description: 'd', url: 'https://example.org/x/', siteName: 's', type: 'article' });
	expect(tags).toEqual(
		expect.arrayContaining([
			{ property: 'og:type', content: 'article' },
			{ property: 'og:url', content: 'https://example.org/x/' },
			{ name: 'twitter:card', content: 'summary' },
		]),
	);
});
