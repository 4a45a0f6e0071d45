import { expect, test } from 'vitest';
import { alternates, otherVersions, pageId, splitPageId } from '../../src/lib/i18n.ts';
import { linkInLang, pageExists, publicationPath, sitePageIds } from '../../src/lib/site-pages.ts';

// A small site written out by hand: three English MDX pages, two of them in Japanese, and two
// publications (their pages and the search page are made by routes, in both languages).
const content = {
	pages: [{ id: 'index' }, { id: 'design' }, { id: 'context' }, { id: 'ja' }, { id: 'ja/design' }],
	publications: [{ id: 'kiyoi-2020' }, { id: 'tower-2017' }],
};
const ids = sitePageIds(content);

test('page ids and slugs convert both ways', () => {
	expect(pageId('design', 'ja')).toBe('ja/design');
	expect(pageId('index', 'ja')).toBe('ja');
	expect(pageId('design', 'en')).toBe('design');
	expect(pageId('publications/tower-2017', 'ja')).toBe('ja/publications/tower-2017');
	for (const id of ['index', 'ja', 'ja/design', 'ja/publications/tower-2017', 'search']) {
		const { slug, lang } = splitPageId(id);
		expect(pageId(slug, lang)).toBe(id);
	}
});

test('every page of the site: the MDX pages, then search and each publication in both languages', () => {
	expect(ids).toEqual([
		'index',
		'design',
		'context',
		'ja',
		'ja/design',
		'search',
		'ja/search',
		'publications/kiyoi-2020',
		'ja/publications/kiyoi-2020',
		'publications/tower-2017',
		'ja/publications/tower-2017',
	]);
	// "ja/index" (another loader's name for the Japanese overview) is the same page as "ja".
	expect(sitePageIds({ pages: [{ id: 'index' }, { id: 'ja/index' }], publications: [] })).toEqual(['index', 'ja', 'search', 'ja/search']);
});

test('an MDX page where a route already is fails, naming the id', () => {
	expect(() => sitePageIds({ pages: [{ id: 'search' }], publications: [] })).toThrow(/"search"/);
});

test('route pages get hreflang alternates like MDX pages', () => {
	const tower = [
		{ hreflang: 'en', path: '/publications/tower-2017/' },
		{ hreflang: 'ja', path: '/ja/publications/tower-2017/' },
		{ hreflang: 'x-default', path: '/publications/tower-2017/' },
	];
	expect(alternates(ids, '/publications/tower-2017/')).toEqual(tower);
	expect(alternates(ids, '/ja/publications/tower-2017/')).toEqual(tower);
	expect(alternates(ids, '/ja/search/')).toEqual([
		{ hreflang: 'en', path: '/search/' },
		{ hreflang: 'ja', path: '/ja/search/' },
		{ hreflang: 'x-default', path: '/search/' },
	]);
	// Without the route pages, the same call finds nothing: this is what the layout used to get.
	expect(
		alternates(
			content.pages.map((p) => p.id),
			'/publications/tower-2017/',
		),
	).toEqual([]);
	// An English-only MDX page and an unknown path still have none.
	expect(alternates(ids, '/context/')).toEqual([]);
	expect(alternates(ids, '/404.html')).toEqual([]);
});

test('the language switch leads to the same page in the other language, when it exists', () => {
	expect(otherVersions(ids, '/publications/kiyoi-2020/', 'en')).toEqual([{ lang: 'ja', path: '/ja/publications/kiyoi-2020/' }]);
	expect(otherVersions(ids, '/ja/publications/kiyoi-2020/', 'ja')).toEqual([{ lang: 'en', path: '/publications/kiyoi-2020/' }]);
	expect(otherVersions(ids, '/ja/search/', 'ja')).toEqual([{ lang: 'en', path: '/search/' }]);
	expect(otherVersions(ids, '/ja/', 'ja')).toEqual([{ lang: 'en', path: '/' }]);
	expect(otherVersions(ids, '/context/', 'en')).toEqual([]);
});

test('which paths are pages', () => {
	expect(pageExists(ids, '/ja/publications/tower-2017/')).toBe(true);
	expect(pageExists(ids, '/ja/')).toBe(true);
	expect(pageExists(ids, '/ja/context/')).toBe(false);
	expect(pageExists(ids, '/publications/unknown/')).toBe(false);
});

test('links from a Japanese page lead to the Japanese page when there is one, else to English', () => {
	expect(linkInLang(ids, '/publications/tower-2017/', 'ja')).toEqual({ href: '/ja/publications/tower-2017/', lang: 'ja' });
	expect(linkInLang(ids, '/design/#dosing-schedule', 'ja')).toEqual({ href: '/ja/design/#dosing-schedule', lang: 'ja' });
	expect(linkInLang(ids, '/search/?q=CR', 'ja')).toEqual({ href: '/ja/search/?q=CR', lang: 'ja' });
	expect(linkInLang(ids, '/context/#studies', 'ja')).toEqual({ href: '/context/#studies', lang: 'en' });
	expect(linkInLang(ids, '/cite/tower-2017.bib', 'ja')).toEqual({ href: '/cite/tower-2017.bib', lang: 'en' });
	expect(linkInLang(ids, '/context/', 'en')).toEqual({ href: '/context/', lang: 'en' });
});

test('publication pages by language; the featured paper is the overview', () => {
	expect(publicationPath('tower-2017', 'ja', 'kiyoi-2020')).toBe('/ja/publications/tower-2017/');
	expect(publicationPath('tower-2017', 'en', 'kiyoi-2020')).toBe('/publications/tower-2017/');
	expect(publicationPath('kiyoi-2020', 'ja', 'kiyoi-2020')).toBe('/ja/');
	expect(publicationPath('kiyoi-2020', 'en', 'kiyoi-2020')).toBe('/');
});
