import { describe, expect, it } from 'vitest';
import { CONTENTS_RULE, htmlText, pageContents, readingLength, sectionHeadings } from '../../src/lib/page-contents.ts';

const para = (n: number) => `<p>${'word '.repeat(n / 5)}</p>`;

describe('sectionHeadings', () => {
	it('reads every <h2> with an id, in order, with its text and no markup', () => {
		const html = `<h1>Title</h1><h2 id="a">First <em>part</em></h2><p>x</p><h3 id="a1">Sub</h3>
			<h2 class="x" id='b-2'>Second &amp; <a href="#b-2">last</a>&#8239;&#x2014;</h2>`;
		expect(sectionHeadings(html)).toEqual([
			{ id: 'a', text: 'First part' },
			{ id: 'b-2', text: 'Second & last\u202f—' },
		]);
	});
	it('leaves out headings it could not link to, and empty ones', () => {
		expect(sectionHeadings('<h2>No id</h2><h2 id="">Empty id</h2><h2 id="e"> </h2><h2 data-id="x">Not an id</h2>')).toEqual([]);
	});
	it('does not take another attribute that ends in "id" for the id', () => {
		expect(sectionHeadings('<h2 data-id="wrong" id="right">T</h2>')).toEqual([{ id: 'right', text: 'T' }]);
	});
});

describe('htmlText', () => {
	it('drops scripts and styles, decodes references and collapses white space', () => {
		expect(htmlText('<script>var a = "<h2>";</script> A&nbsp;<b>b</b>\n\n c &lt;d&gt; &unknown; <em>part</em>s')).toBe(
			'A\u00a0b c <d> &unknown; parts',
		);
	});
});

describe('readingLength', () => {
	it('counts a Japanese character as two Latin ones', () => {
		expect(readingLength('<p>abcd</p>')).toBe(4);
		expect(readingLength('<p>日本語です</p>')).toBe(10);
	});
});

describe('pageContents', () => {
	const h2 = (id: string) => `<h2 id="${id}">${id}</h2>`;
	it('gives contents to a page of enough sections, however short', () => {
		const html = Array.from({ length: CONTENTS_RULE.minSections }, (_, i) => h2(`s${i}`)).join('');
		expect(pageContents(html).map((e) => e.id)).toEqual(['s0', 's1', 's2'].slice(0, CONTENTS_RULE.minSections));
	});
	it('gives contents to fewer sections only when the text is long', () => {
		const two = h2('a') + h2('b');
		expect(pageContents(two + para(100))).toEqual([]);
		expect(pageContents(two + para(CONTENTS_RULE.longText)).map((e) => e.id)).toEqual(['a', 'b']);
		// One section never gets contents.
		expect(pageContents(h2('a') + para(CONTENTS_RULE.longText * 2))).toEqual([]);
	});
	it('measures Japanese text as the English it translates (the rule holds for both editions)', () => {
		const ja = h2('a') + h2('b') + `<p>${'日本語の文章'.repeat(Math.ceil(CONTENTS_RULE.longText / 12))}</p>`;
		expect(pageContents(ja)).toHaveLength(2);
	});
});
