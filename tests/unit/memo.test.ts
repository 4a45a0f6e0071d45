import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { memoPerArray, memoPerObject, memoPerObjectAndKey } from '../../src/lib/memo.ts';
import { byId } from '../../src/lib/content-set.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { alternates } from '../../src/lib/i18n.ts';
import { pageExists, sitePageIds } from '../../src/lib/site-pages.ts';

const { set } = loadContent('content');

test('a memoised function runs once per object (and key); another object gets its own result', () => {
	let calls = 0;
	const size = memoPerObject((o: { items: number[] }) => (calls++, o.items.length));
	const a = { items: [1, 2] };
	expect([size(a), size(a)]).toEqual([2, 2]);
	expect(calls).toBe(1);
	expect(size({ items: [1, 2, 3] })).toBe(3);
	expect(calls).toBe(2);

	const keyed = memoPerObjectAndKey((o: { n: number }, k: string) => (calls++, `${k}${o.n}`));
	const b = { n: 1 };
	expect([keyed(b, 'x'), keyed(b, 'x'), keyed(b, 'y')]).toEqual(['x1', 'x1', 'y1']);
	expect(calls).toBe(4);
});

test('an index of an array is made again when the array has grown or shrunk', () => {
	let calls = 0;
	const ids = memoPerArray((a: readonly { id: string }[]) => (calls++, new Set(a.map((e) => e.id))));
	const list = [{ id: 'a' }];
	expect(ids(list).has('b')).toBe(false);
	list.push({ id: 'b' });
	expect(ids(list).has('b')).toBe(true);
	list.shift();
	expect(ids(list).has('a')).toBe(false);
	expect(calls).toBe(3);
});

test('lookups by id see entries added to a collection after an earlier lookup', () => {
	const copy = structuredClone(set);
	const first = copy.publications[0]!;
	expect(byId(copy, 'publications', first.id)).toBe(first);
	expect(() => byId(copy, 'publications', 'added-later')).toThrow(/"added-later", which does not exist/);
	copy.publications.push({ ...first, id: 'added-later' });
	expect(byId(copy, 'publications', 'added-later').id).toBe('added-later');
	// The first entry with an id wins, as a linear search would find it.
	copy.publications.push({ ...first, data: { ...first.data, title: 'a duplicate' } });
	expect(byId(copy, 'publications', first.id)).toBe(first);
});

test("a publication's view has exactly its own endpoints, in order, also after endpoints are removed", () => {
	for (const p of set.publications) {
		const own = set.endpoints.filter((e) => e.data.publication.id === p.id).map((e) => e.data.order);
		const view = buildStudyView(set, p.id);
		expect(view.endpoints.map((e) => e.data.order)).toEqual([...own].sort((a, b) => a - b));
		expect(view.endpoints.every((e) => e.id.startsWith(`${p.id}/`))).toBe(true);
	}
	const copy = structuredClone(set);
	const pub = copy.publications.find((p) => set.endpoints.some((e) => e.data.publication.id === p.id))!.id;
	expect(buildStudyView(copy, pub).endpoints.length).toBeGreaterThan(0);
	copy.endpoints.splice(0, copy.endpoints.length, ...copy.endpoints.filter((e) => e.data.publication.id !== pub));
	expect(buildStudyView(copy, pub).endpoints).toEqual([]);
});

test('page lists: alternates and existence answer from the list they are given', () => {
	const ids = sitePageIds(set);
	expect(sitePageIds(set)).toBe(ids); // once per content set
	expect(pageExists(ids, '/ja/search/')).toBe(true);
	expect(pageExists(['index', 'design'], '/ja/search/')).toBe(false);
	expect(alternates(['design', 'ja/design'], '/ja/design/').map((a) => a.hreflang)).toEqual(['en', 'ja', 'x-default']);
	expect(alternates(['design'], '/design/')).toEqual([]);
});
