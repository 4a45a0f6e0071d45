import { describe, expect, test } from 'vitest';
import { parseSite, problems, withPage } from './dom.ts';
import { checkReaderWording, contentInternals, internalsIn } from './wording-checks.ts';

// Pages speak to readers: no field paths, serialised data, content ids or repository paths, and no
// unmarked Japanese on English pages (tests/gates/wording-checks.ts). Run on every built page, then
// on copies of the build with one such thing put back where it used to be.

const site = parseSite(process.env.GATES_DIST ?? 'dist');
const internals = contentInternals();

describe('pages speak to readers', () => {
	test('the content’s internals are read from content/ (keys, field paths, ids)', () => {
		expect(internals.paths.size).toBeGreaterThan(0);
		expect(internals.ids.size).toBeGreaterThan(0);
	});

	test('no page shows a field path, serialised data, a content id, a repository path or unmarked Japanese on an English page', () => {
		const found = checkReaderWording(site, internals);
		expect(found, problems(found)).toEqual([]);
	});
});

describe('the wording check fails on a page with one internal put back', () => {
	// Any id and field path of the content, whatever it holds.
	const id = [...internals.ids].find((x) => x.includes('-'))!;
	const path = [...internals.paths].find((p) => p.split('.').length === 2)!;
	const cases: [string, string, string, RegExp][] = [
		['a field path in a provenance table', '/sources/', `<table><tr><th>${path}</th></tr></table>`, /shows a field path/],
		[
			'a serialised object',
			'/sources/',
			'<p>cycles: from: 1, to: 1, weeks: from: 1, to: 1, dose: 9, unit: µg/day</p>',
			/shows serialised data "cycles: from: 1/,
		],
		['a content id after a journal name', '/design/', `<p>Int J Hematol 2020 (${id})</p>`, new RegExp(`shows a content id "${id}"`)],
		[
			'a repository path in a source title',
			'/sources/',
			'<p>Research-portal record (../shared/reference/portal-record.txt)</p>',
			/shows a repository path "\.\.\/shared\/reference\/portal-record\.txt"/,
		],
		[
			'a changelog record as a path',
			'/changes/',
			'<ul><li><code>changes/x</code>: <code>ja.summary</code></li></ul>',
			/shows a field path "ja\.summary"/,
		],
		['Japanese data on the English page', '/sources/', '<p>ja: phase: 第1b/2相</p>', /Japanese text on an English page/],
	];
	test.each(cases)('%s', (_, page, html, message) => {
		const broken = withPage(site, page, ($) => void $('main').append(html));
		const found = checkReaderWording(broken, internals, [page]);
		expect(found).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
	});

	test('file names, addresses and text marked Japanese are left alone', () => {
		expect(internalsIn(`Download ${id}.bib or see https://example.org/${id}/`, internals)).toEqual([]);
		const marked = withPage(site, '/sources/', ($) => void $('main').append('<p lang="ja">第1b/2相</p>'));
		expect(checkReaderWording(marked, internals, ['/sources/'])).toEqual([]);
	});
});
