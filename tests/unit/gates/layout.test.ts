import { describe, expect, test } from 'vitest';
import type { AnchorMeasure, Box, Clipping, FigureText, PageMeasure } from '../../layout/measure.ts';
import {
	MIN_FIGURE_TEXT_PX,
	RULES,
	clippedAxes,
	findingLine,
	groupByRule,
	hasJapanese,
	inside,
	intersection,
	overlaps,
	pageFindings,
	anchorFindings,
	scrollRegionGaps,
	unmarkedFigures,
} from '../../layout/rules.ts';
import { anchorsToFollow, layoutPages } from '../../layout/check.ts';
import { screenshotName } from '../../layout/names.ts';
import { BROKEN_LAYOUT_PAGES, CONTROL_LAYOUT_PAGES } from '../../layout/fixtures.ts';

// The layout gate's rules over measured boxes (tests/layout/rules.ts). The browser side is shown to
// fail on broken pages, and to pass control pages, by the walk's self-test (tests/layout/fixtures.ts).

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

const emptyPage = (over: Partial<PageMeasure> = {}): PageMeasure => ({
	viewportWidth: 390,
	viewportHeight: 800,
	scrollWidth: 390,
	wide: [],
	clipping: [],
	svgs: [],
	texts: [],
	marks: [],
	cells: [],
	...over,
});

/** A named, focusable region with a shadow cue that scrolls sideways: every condition of the exemption met. */
const region = (over: Partial<Clipping> = {}): Clipping => ({
	selector: 'div.table-scroll',
	text: 'Results',
	overflowX: 'auto',
	overflowY: 'auto',
	scrollWidth: 900,
	clientWidth: 374,
	scrollHeight: 200,
	clientHeight: 200,
	role: 'region',
	name: 'Results',
	tabindex: '0',
	cueAttribute: true,
	cueStyles: ['box-shadow'],
	hint: false,
	...over,
});

const svgText = (text: string, b: Box, over: Partial<FigureText> = {}): FigureText => ({
	selector: 'text',
	text,
	svg: 0,
	fontSize: 14,
	scale: 1,
	box: b,
	...over,
});
const svg = { selector: 'svg.chart', text: '', box: box(0, 0, 400, 200), clips: false };

describe('Japanese text', () => {
	test('kanji, hiragana and katakana (full and half width) are Japanese', () => {
		for (const s of ['成人', 'はい', 'デザイン', 'ﾃﾞｻﾞｲﾝ', 'Phase 第2相', '々']) expect(hasJapanese(s), s).toBe(true);
	});
	test('Latin, digits, full-width Latin and CJK punctuation alone are not', () => {
		for (const s of ['Phase 2', '95% CI', 'ＡＢＣ１２３', '（）、。', '', 'µg/day']) expect(hasJapanese(s), s).toBe(false);
	});
});

describe('boxes', () => {
	test('boxes that only touch share nothing and do not overlap', () => {
		expect(intersection(box(0, 0, 10, 10), box(10, 0, 10, 10))).toEqual({ width: 0, height: 10 });
		expect(overlaps(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
	});
	test('an overlap of 1 px is rounding; more is an overlap, in both directions at once', () => {
		expect(overlaps(box(0, 0, 10, 10), box(9, 0, 10, 10))).toBe(false);
		expect(overlaps(box(0, 0, 10, 10), box(8.5, 0, 10, 10))).toBe(true);
		expect(overlaps(box(0, 0, 10, 10), box(5, 9.5, 10, 10))).toBe(false);
		expect(intersection(box(0, 0, 10, 10), box(4, 6, 10, 10))).toEqual({ width: 6, height: 4 });
	});
	test('inside allows 1 px on each side', () => {
		expect(inside(box(-1, -1, 12, 12), box(0, 0, 10, 10))).toBe(true);
		expect(inside(box(-1.5, 0, 5, 5), box(0, 0, 10, 10))).toBe(false);
	});
});

describe('clipping and scroll regions', () => {
	test('content 1 px larger than its box is rounding; larger is clipped, only where overflow is not visible', () => {
		expect(clippedAxes(region({ scrollWidth: 375, clientWidth: 374 }))).toEqual([]);
		expect(clippedAxes(region({ scrollWidth: 376, clientWidth: 374 }))).toEqual(['x']);
		expect(clippedAxes(region({ overflowX: 'visible', scrollWidth: 900, scrollHeight: 300, clientHeight: 200 }))).toEqual(['y']);
	});
	test('a marked, named, focusable, scrollable region with a cue is allowed', () => {
		expect(scrollRegionGaps(region())).toEqual([]);
		expect(scrollRegionGaps(region({ cueAttribute: false, cueStyles: [], hint: true }))).toEqual([]);
		expect(pageFindings(emptyPage({ clipping: [region()] }))).toEqual([]);
	});
	test('each missing condition is named', () => {
		expect(scrollRegionGaps(region({ role: null }))).toEqual(['role="region"']);
		expect(scrollRegionGaps(region({ name: '' }))).toEqual(['an accessible name (aria-label or aria-labelledby)']);
		expect(scrollRegionGaps(region({ tabindex: '-1' }))).toEqual(['tabindex="0"']);
		expect(scrollRegionGaps(region({ overflowX: 'hidden' }))).toEqual(['overflow auto or scroll (overflow-x is hidden)']);
		expect(scrollRegionGaps(region({ cueAttribute: false }))).toEqual(['data-scroll-cue']);
		expect(scrollRegionGaps(region({ cueStyles: [] }))).toEqual([
			'a shadow or gradient that shows more content (or a visible [data-scroll-hint])',
		]);
	});
	test('a clipping element that is not an allowed region is a finding with its sizes', () => {
		const [f, ...rest] = pageFindings(emptyPage({ clipping: [region({ cueAttribute: false, cueStyles: [] })] }));
		expect(rest).toEqual([]);
		expect(f).toMatchObject({ rule: 'clipped', subject: 'div.table-scroll "Results"' });
		expect(f!.detail).toContain('900 px × 200 px of content in a 374 px × 200 px box');
	});
});

describe('page width', () => {
	test('a page 1 px wider than the viewport is rounding; 2 px scrolls sideways, with what sticks out', () => {
		expect(pageFindings(emptyPage({ scrollWidth: 391 }))).toEqual([]);
		const f = pageFindings(emptyPage({ scrollWidth: 429, wide: [{ selector: 'dl.facts', text: 'DB', right: 429 }] }));
		expect(f).toEqual([
			{
				rule: 'page-width',
				subject: 'the page',
				detail: 'scrolls sideways: 429 px wide in a 390 px viewport; it sticks out from dl.facts "DB" (right edge at 429 px)',
			},
		]);
	});
});

describe('figure text', () => {
	test(`text is measured on screen: font-size × the SVG's scale, at least ${MIN_FIGURE_TEXT_PX} px`, () => {
		const at = (fontSize: number, scale: number) =>
			pageFindings(emptyPage({ svgs: [svg], texts: [svgText('20%', box(0, 0, 20, 12), { fontSize, scale })] })).filter(
				(f) => f.rule === 'figure-text',
			);
		expect(at(12, 1)).toEqual([]);
		expect(at(24, 0.5)).toEqual([]);
		expect(at(13, 0.44)).toHaveLength(1);
		expect(at(13, 0.44)[0]!.detail).toBe('drawn at 5.7 px (font-size 13 px × scale 0.44); the least is 12 px');
		expect(at(11.9, 1)).toHaveLength(1);
	});
	test('a <tspan> is checked for its own size, but is not a label that overlaps its <text>', () => {
		const whole = svgText('Phase 2 8/21', box(0, 0, 80, 14));
		const small = svgText('8/21', box(50, 0, 30, 14), { fontSize: 10, part: true });
		expect(pageFindings(emptyPage({ svgs: [svg], texts: [whole, small] }))).toEqual([
			{
				rule: 'figure-text',
				subject: 'text "8/21" in svg.chart',
				detail: 'drawn at 10 px (font-size 10 px × scale 1.00); the least is 12 px',
			},
		]);
	});
	test('HTML text in a figure has no scale', () => {
		const f = pageFindings(
			emptyPage({ texts: [{ selector: 'figcaption', text: 'Note', svg: -1, fontSize: 11, scale: 1, box: box(0, 0, 50, 14) }] }),
		);
		expect(f).toEqual([{ rule: 'figure-text', subject: 'figcaption "Note"', detail: '11 px; the least is 12 px' }]);
	});
	test('text past the edge of an SVG that clips is cut off; with overflow visible it is not', () => {
		const texts = [svgText('label', box(380, 10, 40, 14))];
		expect(pageFindings(emptyPage({ svgs: [{ ...svg, clips: true }], texts })).map((f) => f.rule)).toEqual(['clipped']);
		expect(pageFindings(emptyPage({ svgs: [svg], texts }))).toEqual([]);
	});
});

describe('label overlap', () => {
	test('labels overlapping in one SVG are a finding; in different SVGs, or stacked lines that touch, they are not', () => {
		const a = svgText('9 µg/day', box(10, 40, 60, 14));
		const b = svgText('28 µg/day', box(40, 45, 66, 14));
		expect(pageFindings(emptyPage({ svgs: [svg, svg], texts: [a, b] }))).toEqual([
			{ rule: 'label-overlap', subject: 'text "9 µg/day" in svg.chart', detail: 'overlaps text "28 µg/day" by 30 px × 9 px' },
		]);
		expect(pageFindings(emptyPage({ svgs: [svg, svg], texts: [a, { ...b, svg: 1 }] }))).toEqual([]);
		expect(pageFindings(emptyPage({ svgs: [svg], texts: [a, { ...b, box: box(10, 54, 60, 14) }] }))).toEqual([]);
	});
	test('a label wholly on a mark is allowed; a label across a mark edge is not', () => {
		const mark = { selector: 'rect', text: '', svg: 0, box: box(60, 20, 80, 80) };
		const onBar = svgText('28 µg/day', box(70, 40, 60, 14));
		const across = svgText('9 µg/day', box(10, 40, 60, 14));
		const m = emptyPage({ svgs: [svg], texts: [onBar], marks: [mark] });
		expect(pageFindings(m)).toEqual([]);
		expect(pageFindings({ ...m, texts: [across] })).toEqual([
			{ rule: 'label-overlap', subject: 'text "9 µg/day" in svg.chart', detail: 'runs into the mark rect by 10 px × 14 px' },
		]);
	});
	test('figures with text but no data-mark are listed as checked against each other only', () => {
		expect(unmarkedFigures(emptyPage({ svgs: [svg, { ...svg, selector: 'svg.icon' }], texts: [svgText('a', box(0, 0, 5, 5))] }))).toEqual([
			'svg.chart',
		]);
	});
});

describe('Japanese table cells', () => {
	const cell = (fullText: string, width: number, fontSize = 15.2) => ({ selector: 'td', text: fullText, fullText, width, fontSize });
	test('a cell with Japanese text needs three characters of its font, give or take 1 px', () => {
		expect(pageFindings(emptyPage({ cells: [cell('成人', 15.2)] }))).toEqual([
			{
				rule: 'japanese-cell',
				subject: 'td "成人"',
				detail: '15.2 px wide inside its padding, less than 3 characters of its 15.2 px font (45.6 px)',
			},
		]);
		expect(pageFindings(emptyPage({ cells: [cell('成人', 44.7)] }))).toEqual([]);
		expect(pageFindings(emptyPage({ cells: [cell('成人', 44.5)] }))).toHaveLength(1);
	});
	test('a narrow cell without Japanese text is left alone', () => {
		expect(pageFindings(emptyPage({ cells: [cell('OK', 16), cell('95%', 10)] }))).toEqual([]);
	});
});

describe('anchors', () => {
	const row = (labelBox: Box, over: Partial<AnchorMeasure> = {}): AnchorMeasure => ({
		id: 'os',
		viewportWidth: 390,
		viewportHeight: 800,
		target: { selector: 'tr#os', text: 'Overall survival', box: labelBox, tag: 'TR', covered: null },
		label: { selector: 'th', text: 'Overall survival', box: labelBox, covered: null },
		...over,
	});
	const header = (b: Box) => ({ selector: 'tr', text: 'Endpoint Result', box: b, first: { ...b, right: b.left + 100 }, covered: null });

	test('a row below its column header, both in view, passes', () => {
		expect(anchorFindings(row(box(8, 60, 200, 100), { header: header(box(8, 0, 374, 40)) }))).toEqual([]);
	});
	test('a column header above the viewport, or over the row, fails', () => {
		const out = anchorFindings(row(box(8, 0, 200, 100), { header: header(box(8, -240, 374, 38)) }));
		expect(out).toHaveLength(1);
		expect(out[0]!.detail).toMatch(/^the table's column header tr "Endpoint Result" is out of view at y -240…-202/);
		expect(anchorFindings(row(box(8, 0, 200, 100), { header: header(box(8, 0, 374, 40)) }))[0]!.detail).toMatch(
			/covers the top of the row's label/,
		);
	});
	test('a column header that starts right of the viewport fails', () => {
		const h = { ...header(box(8, 0, 374, 40)), first: box(400, 0, 100, 40) };
		expect(anchorFindings(row(box(8, 60, 200, 100), { header: h }))[0]!.detail).toMatch(/starts outside the viewport across/);
	});
	test('without a shown header (stacked rows) the label must be wholly in view, across too', () => {
		expect(anchorFindings(row(box(8, 0, 374, 100), { headerHidden: true }))).toEqual([]);
		expect(anchorFindings(row(box(8, 0, 500, 100), { headerHidden: true }))[0]!.detail).toMatch(/is not wholly in view: it is at x 8…508/);
	});
	test('a label below the viewport fails; one taller than the viewport need only start in it', () => {
		expect(anchorFindings(row(box(8, 700, 200, 150)))).toHaveLength(1);
		expect(anchorFindings(row(box(8, 0, 200, 1200)))).toEqual([]);
	});
	test('something drawn over the row or the target is named', () => {
		const m = row(box(8, 60, 200, 100));
		expect(anchorFindings({ ...m, label: { ...m.label!, covered: 'header.site' } })[0]!.detail).toBe(
			'the row\'s label th "Overall survival" is hidden under header.site',
		);
	});
	test('a missing id, and a heading target out of view', () => {
		expect(anchorFindings({ id: 'gone', viewportWidth: 390, viewportHeight: 800 })).toEqual([
			{ rule: 'anchor', subject: '#gone', detail: 'no element has this id' },
		]);
		const heading = { selector: 'h2#x', text: 'X', box: box(0, -50, 300, 30), tag: 'H2', covered: null };
		expect(anchorFindings({ id: 'x', viewportWidth: 390, viewportHeight: 800, target: heading })[0]!.detail).toMatch(/is not in view/);
	});
});

describe('the report', () => {
	test('lines group by rule, then page (fragment dropped, language named), then element, widths in order', () => {
		const f = (path: string, width: number, subject: string, detail: string, rule: 'clipped' | 'anchor' = 'clipped') => ({
			path,
			message: findingLine(width, { rule, subject, detail }),
		});
		const text = groupByRule([
			f('/ja/cite/', 768, 'pre#bib', 'wide'),
			f('/ja/cite/', 320, 'pre#bib', 'wider'),
			f('/endpoints/#dlt', 390, '#os', 'header out of view', 'anchor'),
			{ path: '/x/', message: 'the page did not load (HTTP 500)' },
		]);
		expect(text.split('\n')).toEqual([
			'[clipped] no element clips its content, except a marked, focusable scroll region with a visible cue: 2 finding(s) on 1 page(s)',
			'  /ja/cite/ (ja)',
			'    pre#bib',
			'      320 px: wider',
			'      768 px: wide',
			"[anchor] a permanent anchor shows its target; a table row shows its label and its table's column header: 1 finding(s) on 1 page(s)",
			'  /endpoints/ (en)',
			'    #os',
			'      390 px: header out of view',
			'[other] the check could not run: 1 finding(s) on 1 page(s)',
			'  /x/ (en)',
			'    the check',
			'      the page did not load (HTTP 500)',
		]);
	});
	test('each page with permanent anchors is one job, which follows its first anchor and then the others', () => {
		const urls = { '/endpoints/': ['a', 'b'], '/ja/endpoints/': ['a', 'b'], '/gone/': ['c'], '/plain/': [] };
		expect(layoutPages(['/', '/endpoints/', '/ja/endpoints/', '/plain/'], urls)).toEqual([
			'/',
			'/endpoints/',
			'/ja/endpoints/',
			'/plain/',
			'/endpoints/#a',
			'/ja/endpoints/#a',
		]);
		expect(anchorsToFollow('/ja/endpoints/#a', urls)).toEqual(['a', 'b']);
		expect(anchorsToFollow('/__walk-canary/3/#r40', urls)).toEqual(['r40']);
	});
});

describe('screenshot names', () => {
	test('page, language, width and scheme, so that a page’s versions sort together', () => {
		expect(screenshotName('/', 390, 'light')).toBe('index.en.390.light.png');
		expect(screenshotName('/ja/', 1280, 'dark')).toBe('index.ja.1280.dark.png');
		expect(screenshotName('/ja/publications/kiyoi-2020/', 390, 'dark')).toBe('publications-kiyoi-2020.ja.390.dark.png');
		expect(screenshotName('/endpoints/', 1280, 'light')).toBe('endpoints.en.1280.light.png');
		expect(screenshotName('/404.html', 390, 'light')).toBe('404.en.390.light.png');
		expect(screenshotName('/fr/cite/', 390, 'light', ['ja', 'fr'])).toBe('cite.fr.390.light.png');
	});
});

describe('the self-test pages', () => {
	test('every rule has a broken page that must give its finding, and there are control pages', () => {
		const covered = new Set(BROKEN_LAYOUT_PAGES.map((p) => /\\\[([a-z-]+)\\\]/.exec(p.expect?.source ?? '')?.[1]));
		expect(Object.keys(RULES).filter((rule) => !covered.has(rule))).toEqual([]);
		expect(BROKEN_LAYOUT_PAGES.every((p) => p.expect)).toBe(true);
		expect(CONTROL_LAYOUT_PAGES.length).toBeGreaterThan(0);
	});
});
