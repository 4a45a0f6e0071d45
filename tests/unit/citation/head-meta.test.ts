import { expect, test } from 'vitest';
import { buildCitationRecord } from '../../../src/lib/citation/csl.ts';
import { dublinCoreTags, highwireTags, scholarlyArticleJsonLd, serializeJsonLd, socialTags } from '../../../src/lib/citation/head-meta.ts';
import { HOSTILE_TITLE, hostileView, sparseView } from './fixtures.ts';

const hostile = () => buildCitationRecord(hostileView(), { url: 'https://example.org/p/' });

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
	const r = buildCitationRecord(sparseView(), { url: 'https://example.org/p/' });
	const all = [...highwireTags(r, 'https://example.org/'), ...dublinCoreTags(r)];
	expect(all.every((t) => t.content.length > 0)).toBe(true);
	expect(all.map((t) => t.name)).not.toContain('citation_volume');
	expect(all.map((t) => t.name)).not.toContain('citation_doi');
});

test('no abstract tag: the content holds no abstract of the paper, and the page summary is not one', () => {
	const names = [...highwireTags(hostile(), 'https://example.org/p/'), ...dublinCoreTags(hostile())].map((t) => t.name);
	expect(names).not.toContain('citation_abstract');
	expect(names).not.toContain('DC.description');
	expect(names.filter((n) => n === 'citation_abstract_html_url')).toHaveLength(1);
});

test('a date known only to the month is given to the month in every tag, never to a day', () => {
	const view = sparseView();
	view.publication.dates = { issueMonth: '2020-08', online: '2020-06-20' };
	const r = buildCitationRecord(view, { url: 'https://example.org/p/' });
	const get = (n: string) =>
		[...highwireTags(r, 'https://example.org/p/'), ...dublinCoreTags(r)].filter((t) => t.name === n).map((t) => t.content);
	expect(get('citation_publication_date')).toEqual(['2020/08']);
	expect(get('DC.date')).toEqual(['2020-08']);
	expect((scholarlyArticleJsonLd(r, 'https://example.org/p/') as { datePublished: string }).datePublished).toBe('2020-08');
});

test('Open Graph and Twitter basics', () => {
	const tags = socialTags({ title: 't', description: 'd', url: 'https://example.org/x/', siteName: 's', type: 'article' });
	expect(tags).toEqual(
		expect.arrayContaining([
			{ property: 'og:type', content: 'article' },
			{ property: 'og:url', content: 'https://example.org/x/' },
			{ property: 'og:description', content: 'd' },
			{ name: 'twitter:card', content: 'summary' },
		]),
	);
	// A page that offers a paper gives no description: Zotero would read it as the abstract.
	const none = socialTags({ title: 't', url: 'https://example.org/x/', siteName: 's', type: 'article' });
	expect(none.map((t) => t.property ?? t.name)).not.toContain('og:description');
	expect(none.map((t) => t.property ?? t.name)).not.toContain('twitter:description');
});
