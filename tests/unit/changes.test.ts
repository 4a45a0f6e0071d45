import { expect, test } from 'vitest';
import { changeSummary, changesNewestFirst, checkChanges, lastChanged, lastReviewed } from '../../src/lib/changes.ts';
import { pageLink } from '../../src/lib/nav.ts';
import type { PageMeta } from '../../src/schemas/page.ts';
import type { Entry } from '../../src/lib/content-set.ts';
import { changeSchema } from '../../src/schemas/change.ts';
import { plainReference } from '../../src/schemas/shared.ts';
import type { Change } from '../../src/schemas/change.ts';
import { loadContent } from '../helpers/load-content.ts';
import { robotsTxt } from '../../src/lib/robots.ts';
import { missingTranslations } from '../../src/lib/checks/translations.ts';

const schema = changeSchema(plainReference);
const entry = (raw: Record<string, unknown>): Entry<Change> => {
	const data = schema.parse({ pages: ['index'], summary: 'Something changed.', ja: { summary: '何かが変わった。' }, ...raw });
	return { id: data.id, data, filePath: 'content/changes.yaml' };
};

const published = entry({ id: '2026-11-24-first-publication', date: '2026-11-24', kind: 'publication' });
const correction = entry({
	id: '2027-01-05-mrd-denominator',
	date: '2027-01-05',
	kind: 'correction',
	pages: ['endpoints'],
	records: [{ collection: 'endpoints', id: 'kiyoi-2020/mrd-phase-2', fields: ['measure.denominator'] }],
});
const review = entry({ id: '2027-03-01-annual-review', date: '2027-03-01', kind: 'review' });

test('last reviewed is the newest publication or review, not a later correction', () => {
	expect(lastReviewed([published, correction])).toBe('2026-11-24');
	expect(lastReviewed([correction, review, published])).toBe('2027-03-01');
});

test('without any review entry there is no date to show, and the message says why', () => {
	expect(() => lastReviewed([correction])).toThrow(/content\/changes\.yaml: no entry of kind publication or review/);
});

test('entries sort newest first and a page knows its newest change', () => {
	expect(changesNewestFirst([published, review, correction]).map((c) => c.data.date)).toEqual(['2027-03-01', '2027-01-05', '2026-11-24']);
	// Same day: the first publication is the oldest whatever the ids or the input order say.
	const sameDay = entry({ id: '2026-11-24-japanese-pages', date: '2026-11-24', kind: 'addition' });
	expect(changesNewestFirst([published, sameDay]).map((c) => c.id)).toEqual(['2026-11-24-japanese-pages', '2026-11-24-first-publication']);
	expect(changesNewestFirst([sameDay, published]).map((c) => c.id)).toEqual(['2026-11-24-japanese-pages', '2026-11-24-first-publication']);
	expect(lastChanged([published, correction], '/endpoints/')).toBe('2027-01-05');
	expect(lastChanged([published, correction], '/')).toBe('2026-11-24');
	expect(lastChanged([published], '/design/')).toBeUndefined();
});

test('the schema rejects an id without its date and a correction that names no record', () => {
	const bad = schema.safeParse({
		id: '2026-11-25-oops',
		date: '2026-11-24',
		kind: 'correction',
		summary: 'x',
		ja: { summary: 'x' },
		pages: ['index'],
	});
	expect(bad.success).toBe(false);
	const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	expect(messages).toContain("id: must start with the entry's date (2026-11-24)");
	expect(messages).toContain('records: a correction must name the records (and fields) it corrected');
});

test('the real changelog passes and its records and fields are checked against the content', async () => {
	const { set, issues } = loadContent('content');
	expect(issues).toEqual([]);
	expect(lastReviewed(set.changes)).toBe('2026-11-24');
	expect(checkChanges({ ...set, changes: [correction] })).toEqual([]);
	const wrong = entry({
		id: '2027-01-06-typo',
		date: '2027-01-06',
		kind: 'correction',
		records: [
			{ collection: 'endpoints', id: 'kiyoi-2020/mrd-phase-9', fields: [] },
			{ collection: 'endpoints', id: 'kiyoi-2020/mrd-phase-2', fields: ['measure.denominatr'] },
		],
	});
	expect(checkChanges({ ...set, changes: [wrong] })).toEqual([
		{
			file: 'content/changes.yaml',
			field: 'records[0].id',
			message: 'endpoints "kiyoi-2020/mrd-phase-9" does not exist (entry "2027-01-06-typo")',
		},
		{
			file: 'content/changes.yaml',
			field: 'records[1].fields[0]',
			message: '"measure.denominatr" is not a field of endpoints "kiyoi-2020/mrd-phase-2" (entry "2027-01-06-typo")',
		},
	]);
});

test('robots.txt names the sitemap with the full site URL and base', () => {
	expect(robotsTxt(new URL('https://example.org'), '/')).toBe(
		'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
	);
	expect(robotsTxt(new URL('https://example.org'), '/evidence/')).toContain('Sitemap: https://example.org/evidence/sitemap-index.xml\n');
	// Without a public address there is no sitemap, so robots.txt names none (and no localhost).
	expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
});

test('an entry gives its summary in each language; a missing translation names file, entry and field', () => {
	const c = entry({
		id: '2026-11-24-x',
		date: '2026-11-24',
		kind: 'addition',
		summary: 'Added a page.',
		ja: { summary: '頁を追加した。' },
	});
	expect(changeSummary(c, 'en')).toBe('Added a page.');
	expect(changeSummary(c, 'ja')).toBe('頁を追加した。');
	// Content that skipped the content check (which requires ja.summary, see cases/bad-content.yml).
	const broken = { ...c, data: { ...c.data, ja: undefined } } as unknown as Entry<Change>;
	expect(() => changeSummary(broken, 'ja')).toThrow('content/changes.yaml: ja.summary (entry "2026-11-24-x")');
	expect(changeSummary(broken, 'en')).toBe('Added a page.');
});

test('the content check requires the summary in every language and says so', () => {
	const data = schema.parse({ id: '2026-11-24-x', date: '2026-11-24', kind: 'addition', summary: 'x', pages: ['index'] });
	expect(missingTranslations(schema, data)).toEqual([
		{ field: 'ja.summary', message: 'is missing: the Japanese pages show this text; translate "x"' },
	]);
	const empty = schema.safeParse({
		id: '2026-11-24-x',
		date: '2026-11-24',
		kind: 'addition',
		summary: 'x',
		ja: { summary: '' },
		pages: ['index'],
	});
	expect(empty.error!.issues.map((i) => i.path.join('.'))).toEqual(['ja.summary']);
	expect(missingTranslations(schema, { ...data, ja: { summary: '何か' } })).toEqual([]);
});

test("changelog page names lead to the reader's language where that page exists", () => {
	const page = (id: string, title: string): Entry<PageMeta> => ({ id, data: { title, description: 'd', nav: title, order: 0 } });
	const pages = [
		page('index', 'Overview'),
		page('ja', '概要'),
		page('design', 'Study design'),
		page('ja/design', '試験デザイン'),
		page('context', 'Context'),
		page('cite', 'How to cite'),
		page('ja/cite', '引用の方法'),
	];
	expect(pageLink(pages, 'design', 'ja')).toEqual({ path: '/ja/design/', lang: 'ja', title: '試験デザイン', titleLang: 'ja' });
	expect(pageLink(pages, 'index', 'ja')).toEqual({ path: '/ja/', lang: 'ja', title: '概要', titleLang: 'ja' });
	expect(pageLink(pages, 'design', 'en')).toEqual({ path: '/design/', lang: 'en', title: 'Study design', titleLang: 'en' });
	// No Japanese version: the English page, under its English title.
	expect(pageLink(pages, 'context', 'ja')).toEqual({ path: '/context/', lang: 'en', title: 'Context', titleLang: 'en' });
	// An entry that names the Japanese edition leads there from the English changelog too, under the English title.
	expect(pageLink(pages, 'ja/cite', 'en')).toEqual({ path: '/ja/cite/', lang: 'ja', title: 'How to cite', titleLang: 'en' });
	expect(pageLink(pages, 'ja/cite', 'ja')).toEqual({ path: '/ja/cite/', lang: 'ja', title: '引用の方法', titleLang: 'ja' });
	expect(() => pageLink(pages, 'ja/sources', 'ja')).toThrow('no page "ja/sources"');
});
