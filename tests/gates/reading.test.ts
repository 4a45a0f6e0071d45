import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURED, changes, contentPages, endpoints, journals, outcomes, publications, sourceKinds } from '../helpers/content-files.ts';
import { readRegister } from '../helpers/register.ts';
import { checkCaveats } from './caveat-checks.ts';
import { checkComparison, checkComparisonInJapanese } from './context-checks.ts';
import { parseSite, problems, withPage } from './dom.ts';
import { readPublicUrls } from './public-urls.ts';
import {
	checkChangelog,
	checkCitationFiles,
	checkDesignFacts,
	checkMarkdownTables,
	checkNotFoundForms,
	checkPageLists,
	checkPublicationPages,
	checkRowAnchors,
	checkSecondarySources,
	markdownTables,
} from './reading-checks.ts';

// Reading the built pages as HTML (no JavaScript): the comparison page, publication pages, page
// lists, the 404 page, row anchors and the design facts; each check for whatever content holds,
// then on a copy of the build with one thing broken.

const site = parseSite(process.env.GATES_DIST ?? 'dist');
const pubs = publications();
const eps = endpoints();
const outs = outcomes();
const pages = contentPages();
const register = readRegister();
const manifest = readPublicUrls();
const jours = journals();
const kinds = sourceKinds();
const readText = (path: string) => {
	try {
		return readFileSync(join(site.dir, path), 'utf8');
	} catch {
		return undefined;
	}
};

const CHECKS: [string, (s: typeof site) => string[]][] = [
	[
		'/context/: every response rate is on the chart or said to be left out; rows alike, with their numbers, drawn to scale; every study in its table',
		(s) => checkComparison(s, pubs, eps, outs),
	],
	[
		'/ja/context/: Japanese words; English names and sources marked lang="en"; links to Japanese pages',
		(s) => checkComparisonInJapanese(s, pubs, FEATURED),
	],
	[
		'each publication’s pages (and the overview): title, DOI, record, endpoints, provenance, authors, journal, part labels in the page’s language',
		(s) => checkPublicationPages(s, pubs, eps, jours, FEATURED),
	],
	[
		'each publication’s citation files exist; its pages show the BibTeX file and link all four',
		(s) => checkCitationFiles(s, pubs, readText),
	],
	['/context/: numbers from a review or a press release are marked as secondary', (s) => checkSecondarySources(s, eps, kinds)],
	[
		'every page that shows a number shows its caveats too (assumed or derived counts, a review’s value, a matched definition)',
		checkCaveats,
	],
	['every Markdown table of an MDX page is a <table> with its rows (remark-gfm runs)', (s) => checkMarkdownTables(s, pages)],
	[
		'/changes/: every entry of content/changes.yaml, with its anchor and links to the pages it touched',
		(s) => checkChangelog(s, changes()),
	],
	['the search pages and 404 list every content page of their language, without JavaScript', (s) => checkPageLists(s, pages)],
	['the 404 page has a search form per language that works without JavaScript', checkNotFoundForms],
	[
		'every endpoint row and every permanent anchor on a row links to itself (tests/gates/public-urls.json)',
		(s) => checkRowAnchors(s, manifest),
	],
	[
		'the design pages give the registered dates, enrolment and doses as the register has them (tests/fixtures/register.yaml)',
		(s) => checkDesignFacts(s, register),
	],
];

describe('the built pages, read as HTML', () => {
	test.each(CHECKS)('%s', (_, check) => {
		const found = check(site);
		expect(found, problems(found)).toEqual([]);
	});
});

describe('each reading check fails on a build with one thing broken', () => {
	const related = pubs.find((p) => p.id !== FEATURED && p.population?.parts.length)!;
	const part = related.population!.parts.find((x) => eps.some((e) => e.publication === related.id && e.part === x.id))!;
	const cases: [string, (s: typeof site) => string[], typeof site, RegExp][] = [
		[
			'a response rate missing from the comparison',
			(s: typeof site) => checkComparison(s, pubs, eps, outs),
			withPage(site, '/ja/context/', ($) => void $('[data-excluded]').first().remove()),
			/^\/ja\/context\/: .* is neither on the chart nor listed as left out/,
		],
		[
			'a chart point drawn off its scale',
			(s: typeof site) => checkComparison(s, pubs, eps, outs),
			withPage(site, '/context/', ($) => void $('svg.forest.wide rect.point').first().attr('x', '300')),
			/^\/context\/ \(wide\): the chart draws the .* estimate/,
		],
		[
			'a chart point drawn off its scale in the narrow drawing',
			(s: typeof site) => checkComparison(s, pubs, eps, outs),
			withPage(site, '/context/', ($) => void $('svg.forest.narrow rect.point').last().attr('x', '200')),
			/^\/context\/ \(narrow\): the chart draws the .* estimate/,
		],
		[
			'a refusal left in English',
			(s: typeof site) => checkComparisonInJapanese(s, pubs, FEATURED),
			withPage(site, '/ja/context/', ($) => void $('[data-excluded]').first().append(' Not comparable: they count different responses')),
			/^\/ja\/context\/: the refusal of .* has English words/,
		],
		[
			'a part named in English on a Japanese page',
			(s: typeof site) => checkPublicationPages(s, pubs, eps, jours, FEATURED),
			withPage(
				site,
				`/ja/publications/${related.id}/`,
				($) => void $('table.endpoints tbody tr td:first-of-type').first().text(part.label),
			),
			new RegExp(`^/ja/publications/${related.id}/: `),
		],
		[
			'a BibTeX block that is not the file',
			(s) => checkCitationFiles(s, pubs, readText),
			withPage(site, `/publications/${related.id}/`, ($) => void $(`pre#cite-${related.id}-bibtex code`).text('@article{x,}')),
			new RegExp(`^/publications/${related.id}/: the BibTeX shown is not`),
		],
		[
			'a review’s number not marked secondary',
			(s) => checkSecondarySources(s, eps, kinds),
			withPage(
				site,
				'/context/',
				($) => void $('table.chart-data .cell-note').each((_, n) => void $(n).text($(n).text().replace('secondary source', ''))),
			),
			/^\/context\/: the row of .* is not marked as a secondary source/,
		],
		[
			'an assumed denominator shown without its caveat on the overview',
			checkCaveats,
			withPage(site, '/', ($) => void $('[data-key-figure="dlt-phase-1b"] .caveats').remove()),
			/^\/: the number of kiyoi-2020\/dlt-phase-1b is shown without its visible "denominator-assumed" caveat/,
		],
		[
			'a review’s value on the comparison page whose caveats were dropped',
			checkCaveats,
			withPage(site, '/ja/context/', ($) => void $('table.chart-data tr[data-caveats]').first().removeAttr('data-caveats')),
			/^\/ja\/context\/: the number of .* is shown with caveats "", but its row says/,
		],
		[
			'a Markdown table left as text',
			(s) => checkMarkdownTables(s, pages),
			withPage(
				site,
				'/endpoints/',
				($) =>
					void $('table')
						.filter((_, t) => $(t).find('thead th').length === 2)
						.remove(),
			),
			/^\/endpoints\/: the Markdown table .* is not a <table>/,
		],
		[
			'a changelog entry without its anchor',
			(s) => checkChangelog(s, changes()),
			withPage(site, '/ja/changes/', ($) => void $('li[id^="change-"]').first().removeAttr('id')),
			/^\/ja\/changes\/: no entry with the anchor #change-/,
		],
		[
			'a page missing from a list',
			(s: typeof site) => checkPageLists(s, pages),
			withPage(site, '/ja/search/', ($) => void $('ul.page-index li').last().remove()),
			/^\/ja\/search\/: the ja page list/,
		],
		[
			'a form that needs JavaScript',
			checkNotFoundForms,
			withPage(site, '/404.html', ($) => void $('section[lang="ja"] form').removeAttr('action')),
			/no search form to \/ja\/search\//,
		],
		[
			'a row without its link',
			(s: typeof site) => checkRowAnchors(s, manifest),
			withPage(site, '/endpoints/', ($) => void $('table.endpoints tbody tr a.row-anchor').first().remove()),
			/^\/endpoints\/#[\w-]+: the row has no link to itself/,
		],
		[
			'a wrong start date',
			(s: typeof site) => checkDesignFacts(s, register),
			withPage(
				site,
				'/ja/design/',
				($) => void $('dl.facts dd').each((_, dd) => void $(dd).text($(dd).text().replace('2015年6月4日', '2015年6月5日'))),
			),
			/^\/ja\/design\/: the registry facts do not give start as "2015年6月4日"/,
		],
	];
	test('the Markdown table reader finds a table and its rows, and nothing in plain text', () => {
		expect(markdownTables('Text\n\n| A | B |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |\n\nMore | text')).toEqual([
			{ head: ['A', 'B'], rows: 2 },
		]);
		expect(markdownTables('a | b\nno table')).toEqual([]);
	});
	test.each(cases)('%s', (_, check, broken, message) => {
		const found = check(broken);
		expect(found.length, problems(found)).toBeGreaterThan(0);
		expect(found).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
	});
});
