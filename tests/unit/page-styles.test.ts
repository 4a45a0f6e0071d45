import { describe, expect, test } from 'vitest';
import { areaSheets } from '../../src/lib/page-styles.ts';

// Which optional stylesheets a page links (src/lib/page-styles.ts): a page pays only for what it shows.
describe('areaSheets', () => {
	test('a page with none of the parts links none of the optional sheets (the overview)', () => {
		expect(areaSheets('<main><h1>Title</h1><p class="lead">Text with a <span class="nw">38.1%</span>.</p></main>')).toEqual([]);
	});
	test('any table needs the tables sheet', () => {
		expect(areaSheets('<table class="stack"><tr><td>1</td></tr></table>')).toEqual(['tables']);
		expect(areaSheets('<table>\n<tr><td>1</td></tr></table>')).toEqual(['tables']);
	});
	test('a chart or the dosing schedule needs the charts sheet', () => {
		expect(areaSheets('<figure class="chart-figure"><svg class="chart forest"></svg></figure>')).toEqual(['charts']);
		expect(areaSheets('<div class="schedule"></div>')).toEqual(['charts']);
	});
	test('a citation block needs the cite sheet; several parts link several sheets, in a fixed order', () => {
		expect(areaSheets('<section class="cite-this"></section><table></table>')).toEqual(['tables', 'cite']);
	});
	test('words in text are not taken for markup', () => {
		expect(areaSheets('<p>a table, a chart and a cite-this note</p>')).toEqual([]);
	});
});
