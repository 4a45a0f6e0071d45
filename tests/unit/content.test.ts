import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { FEATURED_PUBLICATION as FEATURED } from '../../src/site.ts';
import { permanentAnchors } from '../gates/public-urls.ts';

// The real content against the schemas and checks. Its values are compared with the register in
// tests/unit/register.test.ts (tests/fixtures/register.yaml); the permanent anchors are listed once,
// in the manifest tests/gates/public-urls.json.

const { set, issues } = loadContent('content');

test('the real content passes every schema and check', () => {
	expect(issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)).toEqual([]);
});

test('every permanent anchor of /endpoints/ (the manifest) is an endpoint of the featured paper', () => {
	const permanent = permanentAnchors('/endpoints/');
	expect(permanent.length).toBeGreaterThan(0);
	const anchors = buildStudyView(set, FEATURED).endpoints.map((e) => e.anchor);
	expect(anchors).toEqual(expect.arrayContaining(permanent));
});

test('the featured paper has structured author names', () => {
	const p = set.publications.find((e) => e.id === FEATURED)!.data;
	for (const a of p.authors ?? []) expect(a.family.trim(), JSON.stringify(a)).not.toBe('');
});
