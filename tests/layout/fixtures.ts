import type { Canary } from '../walk/walk.ts';

// The layout gate's self-test, run before every walk (tests/walk/walk.ts): one deliberately broken
// page per rule, each of which must give that rule's finding, and control pages that break no rule
// while using everything the rules allow (a scroll region with its cue, visually hidden text, a
// label on its own bar, a sticky table header with a scroll margin), which must give none.

type Widths = readonly (320 | 390 | 768 | 1280)[];

const page = (body: string, css = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
	`<title>layout fixture</title><style>body{font:16px/1.5 sans-serif;margin:0 8px}${css}</style></head><body><main>${body}</main></body></html>`;

/** A table of `n` rows with a column header; each row's id is r1…rn. */
const table = (n: number, attrs = '') =>
	`<table ${attrs}><thead><tr><th scope="col">Endpoint</th><th scope="col">Result</th></tr></thead><tbody>` +
	Array.from({ length: n }, (_, i) => `<tr id="r${i + 1}"><th scope="row">Row ${i + 1}</th><td>${i}%</td></tr>`).join('') +
	`</tbody></table>`;

const lorem = 'Wide content that does not fit. '.repeat(12);

export const BROKEN_LAYOUT_PAGES: Canary<Widths>[] = [
	// The page is wider than a phone.
	{
		variant: [390],
		expect:
			/^390 px \[page-width\] the page — scrolls sideways: 1208 px wide in a 390 px viewport; it sticks out from main > div\.too-wide/,
		html: page('<div class="too-wide">x</div>', '.too-wide{width:1200px}'),
	},
	// Overflow hidden cuts text off.
	{
		variant: [390],
		expect: /^390 px \[clipped\] main > p\.cut .* — .*lacks role="region"/,
		html: page(`<p class="cut">${lorem}</p>`, '.cut{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}'),
	},
	// A named, focusable region that scrolls but shows nothing that says so.
	{
		variant: [390],
		expect: /^390 px \[clipped\] main > div\.scroll .* — .*lacks data-scroll-cue, a shadow or gradient/,
		html: page(
			`<div class="scroll" role="region" aria-label="Results" tabindex="0">${table(2, 'class="w"')}</div>`,
			'.scroll{overflow-x:auto}.w{width:900px}',
		),
	},
	// A label cut off by the edge of its SVG.
	{
		variant: [390],
		expect: /^390 px \[clipped\] .*svg\.c > text .* — cut off by the edge of its figure: text at x/,
		html: page(
			'<figure><svg class="c" viewBox="0 0 300 60" width="300" height="60"><text x="250" y="30" font-size="14">A long label past the edge</text></svg></figure>',
			'svg.c{overflow:hidden}',
		),
	},
	// A chart scaled down until its text is 5 px tall.
	{
		variant: [390],
		expect: /^390 px \[figure-text\] .*text.* — drawn at [0-9.]+ px \(font-size 13 px × scale 0\.\d\d\)/,
		html: page('<figure><svg viewBox="0 0 1000 100" width="100%"><text x="10" y="50" font-size="13">Tiny tick</text></svg></figure>'),
	},
	// Part of a label (a <tspan>) drawn smaller than the rest.
	{
		variant: [1280],
		expect: /^1280 px \[figure-text\] .*tspan "8\/21".* — drawn at 9 px \(font-size 9 px × scale 1\.00\)/,
		html: page(
			'<figure><svg viewBox="0 0 400 60" width="400" height="60"><text x="10" y="30" font-size="14">Phase 2 <tspan font-size="9">8/21</tspan></text></svg></figure>',
		),
	},
	// HTML text in a figure below 12 px.
	{
		variant: [390],
		expect: /^390 px \[figure-text\] .*figcaption.* — 10 px; the least is 12 px/,
		html: page('<figure><figcaption class="small">A small caption</figcaption></figure>', '.small{font-size:10px}'),
	},
	// Two labels on top of each other.
	{
		variant: [1280],
		expect: /^1280 px \[label-overlap\] .*text.*"9 µg\/day" — overlaps .*text.*"28 µg\/day" by/,
		html: page(
			'<figure><svg viewBox="0 0 400 100" width="400" height="100"><text x="10" y="50" font-size="14">9 µg/day</text><text x="40" y="55" font-size="14">28 µg/day</text></svg></figure>',
		),
	},
	// A label that runs into a bar it does not sit on.
	{
		variant: [1280],
		expect: /^1280 px \[label-overlap\] .*text.*"9 µg\/day" — runs into the mark .*rect by/,
		html: page(
			'<figure><svg viewBox="0 0 400 100" width="400" height="100"><rect data-mark x="60" y="20" width="80" height="80"/><text x="10" y="50" font-size="14">9 µg/day</text></svg></figure>',
		),
	},
	// Japanese text squeezed to one character per line.
	{
		variant: [390],
		expect: /^390 px \[japanese-cell\] .*td.*"成人国際多施設共同" — 16 px wide inside its padding/,
		html: page('<table><tr><td class="n">成人国際多施設共同</td><td>Text beside it</td></tr></table>', '.n{width:16px;padding:0}'),
	},
	// A link to a row: the row lands at the top, its table's column header far above (loaded at 320 px;
	// the 390 px finding comes from following the anchor again within the page after a resize).
	{
		variant: [320, 390],
		fragment: '#r40',
		expect: /^390 px \[anchor\] #r40 — the table's column header .* is out of view/,
		html: page(table(120)),
	},
	// A sticky header that the row slides under.
	{
		variant: [390],
		fragment: '#r40',
		expect: /^390 px \[anchor\] #r40 — the table's column header .* covers the top of the row's label/,
		html: page(table(120), 'thead th{position:sticky;top:0;background:#fff}'),
	},
	// A table stacked into blocks (no header shown) whose row label starts off to the right.
	{
		variant: [390],
		fragment: '#r40',
		expect: /^390 px \[anchor\] #r40 — the row's label .* is not wholly in view/,
		html: page(table(120), 'thead{display:none}tr,th,td{display:block}th[scope=row]{margin-left:500px}'),
	},
];

export const CONTROL_LAYOUT_PAGES: Canary<Widths>[] = [
	{
		variant: [390],
		html: page(
			// A scroll region with everything it needs, and one with a visible hint instead of a shadow.
			`<div class="scroll" role="region" aria-label="Results" tabindex="0" data-scroll-cue>${table(2, 'class="w"')}</div>` +
				`<div class="scroll shadows" role="region" aria-label="Results" tabindex="0" data-scroll-cue>${table(2, 'class="w"')}</div>` +
				`<p data-scroll-hint>Scroll sideways for more</p><div class="scroll plain" role="region" aria-labelledby="cap" tabindex="0">${table(2, 'class="w"')}<p id="cap">Caption</p></div>` +
				// Visually hidden text (the usual pattern), a hidden element, a closed disclosure.
				`<span class="vh">${lorem}</span><div class="cut" hidden>${lorem}</div><details><summary>More</summary><p class="cut">${lorem}</p></details>` +
				// Rounding: a box whose content is 1 px wider than it.
				'<div class="round"><div class="inner"></div></div>' +
				// A figure at 12 px with a label on its own bar, and two labels that only touch.
				'<figure><svg viewBox="0 0 300 80" width="300" height="80"><rect data-mark x="0" y="0" width="200" height="40"/><text x="10" y="25" font-size="12">28 µg/day</text>' +
				'<text x="10" y="60" font-size="12">On one line</text><text x="10" y="74" font-size="12">On the next</text></svg><figcaption>A caption at 12 px</figcaption></figure>' +
				// Japanese in a cell three characters wide or more, and Latin text in a narrow cell.
				'<table><tr><td class="ja">成人国際多施設共同</td><td class="n">OK</td></tr></table>',
			'.scroll{overflow-x:auto;margin:1rem 0}.scroll[data-scroll-cue]{box-shadow:inset -12px 0 8px -8px #0006}' +
				// Scroll shadows: covers that move with the content, shadows that stay at the edges.
				'.scroll.shadows{box-shadow:none;background:linear-gradient(to left,#fff 40%,transparent) right/2rem 100% no-repeat local,radial-gradient(farthest-side at 100% 50%,#0004,transparent) right/1rem 100% no-repeat scroll}' +
				'.w{width:900px}' +
				'.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}' +
				'.cut{white-space:nowrap;overflow:hidden}.round{width:100px;overflow:hidden}.inner{width:101px;height:1px}' +
				'figcaption{font-size:12px}.ja{width:3em;padding:0 2px}.n{width:16px;padding:0}',
		),
	},
	// A link to a row of a table whose sticky header stays in view, with a scroll margin so the row lands
	// below it: as loaded, and followed again within the page at other widths.
	{
		variant: [320, 390, 1280],
		fragment: '#r40',
		html: page(table(120), 'thead th{position:sticky;top:0;background:#fff}tbody tr{scroll-margin-top:3rem}'),
	},
	// The same table stacked into blocks on a narrow screen, its header hidden or visually hidden: the row's label is in view.
	{ variant: [320], fragment: '#r40', html: page(table(120), 'thead{display:none}tr,th,td{display:block}') },
	{
		variant: [320],
		fragment: '#r40',
		html: page(
			table(120),
			'thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}tbody,tr,th,td{display:block}',
		),
	},
];
