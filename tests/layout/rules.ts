import type { AnchorMeasure, Box, Clipping, FigureText, Named, PageMeasure } from './measure.ts';

// The layout gate's rules (README, "Layout gate"), applied to what tests/layout/measure.ts read in
// the browser. Plain functions over measured boxes, so that each rule and each tolerance has unit
// tests (tests/unit/gates/layout.test.ts) and the in-page code stays a reader.

/** The viewport widths every page is checked at, in CSS px. */
export const WIDTHS = [320, 390, 768, 1280] as const;
/** The viewport height: a phone held upright is about this tall, and so is a laptop window. */
export const VIEWPORT_HEIGHT = 800;
/** Browsers round scroll sizes to whole pixels: a difference of 1 px or less is rounding, not overflow. */
export const TOLERANCE_PX = 1;
/** The smallest text a figure may draw, in CSS px on screen. */
export const MIN_FIGURE_TEXT_PX = 12;
/** A table cell holding Japanese text is at least this many characters of its font wide. */
export const MIN_JAPANESE_CELL_CHARS = 3;

export type Rule = 'page-width' | 'clipped' | 'figure-text' | 'label-overlap' | 'japanese-cell' | 'anchor';

/** What each rule requires, for the report's headings. */
export const RULES: Record<Rule, string> = {
	'page-width': 'the page never scrolls sideways (document scrollWidth ≤ viewport width)',
	clipped: 'no element clips its content, except a marked, focusable scroll region with a visible cue',
	'figure-text': `no text in a figure is drawn smaller than ${MIN_FIGURE_TEXT_PX} CSS px`,
	'label-overlap': 'no two figure labels overlap, and no label runs into a data mark (data-mark)',
	'japanese-cell': `no table cell holding Japanese text is narrower than ${MIN_JAPANESE_CELL_CHARS} characters of its font`,
	anchor: "a permanent anchor shows its target; a table row shows its label and its table's column header",
};

export interface RuleFinding {
	rule: Rule;
	/** What is wrong where: the element, named by a short CSS path and the start of its text. */
	subject: string;
	/** What was measured, and the limit. */
	detail: string;
}

/** Hiragana, katakana or kanji (Han): the scripts of Japanese text. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
export const hasJapanese = (text: string): boolean => JAPANESE.test(text);

/** Width and height of the part two boxes share (0 when they do not meet). */
export function intersection(a: Box, b: Box): { width: number; height: number } {
	return {
		width: Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)),
		height: Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)),
	};
}

/** Two boxes overlap when they share more than `tolerance` px in both directions (touching edges do not). */
export function overlaps(a: Box, b: Box, tolerance = TOLERANCE_PX): boolean {
	const i = intersection(a, b);
	return i.width > tolerance && i.height > tolerance;
}

/** `inner` lies within `outer`, give or take `tolerance` px on each side. */
export const inside = (inner: Box, outer: Box, tolerance = TOLERANCE_PX): boolean =>
	inner.left >= outer.left - tolerance &&
	inner.top >= outer.top - tolerance &&
	inner.right <= outer.right + tolerance &&
	inner.bottom <= outer.bottom + tolerance;

const px = (n: number) => `${Math.round(n * 10) / 10} px`;
const span = (a: number, b: number) => `${Math.round(a)}…${Math.round(b)}`;
// " — " separates a finding's subject from its detail in the report line (findingLine), so texts quoted in a subject do not carry it.
const quote = (text: string) => (text ? ` "${text.replaceAll(' — ', ' - ')}${text.length >= 60 ? '…' : ''}"` : '');
const what = (n: Named) => `${n.selector}${quote(n.text)}`;

/** The directions in which an element clips content larger than its box (beyond rounding). */
export function clippedAxes(c: Clipping, tolerance = TOLERANCE_PX): ('x' | 'y')[] {
	const axes: ('x' | 'y')[] = [];
	if (c.overflowX !== 'visible' && c.scrollWidth > c.clientWidth + tolerance) axes.push('x');
	if (c.overflowY !== 'visible' && c.scrollHeight > c.clientHeight + tolerance) axes.push('y');
	return axes;
}

/**
 * What a clipping element lacks to be an allowed scroll region (empty when it is one):
 * - marked as a region: `role="region"` with an accessible name (aria-label or aria-labelledby),
 *   so a screen reader announces it and says what it holds;
 * - reachable from the keyboard: `tabindex="0"`, so it can be scrolled with the arrow keys;
 * - scrollable where it clips: overflow `auto` or `scroll` in each clipped direction (`hidden` or
 *   `clip` cuts content off for good);
 * - a visible cue that more is there: `data-scroll-cue` on the region and a shadow or gradient
 *   drawn by it (`box-shadow`, or a gradient `background-image`, on the region or on its ::before or
 *   ::after), or a visible element marked `data-scroll-hint` inside it or right beside it.
 */
export function scrollRegionGaps(c: Clipping, tolerance = TOLERANCE_PX): string[] {
	const gaps: string[] = [];
	if (c.role !== 'region') gaps.push('role="region"');
	if (!c.name) gaps.push('an accessible name (aria-label or aria-labelledby)');
	if (c.tabindex !== '0') gaps.push('tabindex="0"');
	const axes = clippedAxes(c, tolerance);
	const overflow = (axis: 'x' | 'y') => (axis === 'x' ? c.overflowX : c.overflowY);
	const unscrollable = axes.filter((a) => !/^(auto|scroll)$/.test(overflow(a)));
	if (unscrollable.length) gaps.push(`overflow auto or scroll (overflow-${unscrollable[0]} is ${overflow(unscrollable[0]!)})`);
	if (!c.hint) {
		if (!c.cueAttribute) gaps.push('data-scroll-cue');
		if (c.cueStyles.length === 0) gaps.push('a shadow or gradient that shows more content (or a visible [data-scroll-hint])');
	}
	return gaps;
}

/** Every finding of the page rules (all but `anchor`) on one measured page. */
export function pageFindings(m: PageMeasure): RuleFinding[] {
	const out: RuleFinding[] = [];
	const add = (rule: Rule, subject: string, detail: string) => out.push({ rule, subject, detail });

	if (m.scrollWidth > m.viewportWidth + TOLERANCE_PX) {
		const from = m.wide.map((w) => `${what(w)} (right edge at ${px(Math.round(w.right))})`).join('; ');
		add(
			'page-width',
			'the page',
			`scrolls sideways: ${px(m.scrollWidth)} wide in a ${px(m.viewportWidth)} viewport${from ? `; it sticks out from ${from}` : ''}`,
		);
	}

	for (const c of m.clipping) {
		if (clippedAxes(c).length === 0) continue;
		const gaps = scrollRegionGaps(c);
		if (gaps.length === 0) continue;
		add(
			'clipped',
			what(c),
			`${px(c.scrollWidth)} × ${px(c.scrollHeight)} of content in a ${px(c.clientWidth)} × ${px(c.clientHeight)} box (overflow-x ${c.overflowX}, overflow-y ${c.overflowY}); as a scroll region it lacks ${gaps.join(', ')}`,
		);
	}

	const svgName = (i: number) => m.svgs[i]?.selector ?? 'svg';
	/** An SVG's text named with its SVG, unless its CSS path already runs through it. */
	const label = (t: FigureText) => (t.svg >= 0 && !t.selector.includes(svgName(t.svg)) ? `${what(t)} in ${svgName(t.svg)}` : what(t));
	for (const t of m.texts) {
		const size = t.fontSize * t.scale;
		if (size < MIN_FIGURE_TEXT_PX - 0.05) {
			const how = t.svg >= 0 ? `drawn at ${px(size)} (font-size ${px(t.fontSize)} × scale ${t.scale.toFixed(2)})` : `${px(size)}`;
			add('figure-text', label(t), `${how}; the least is ${px(MIN_FIGURE_TEXT_PX)}`);
		}
		const svg = m.svgs[t.svg];
		if (svg?.clips && !t.part && !inside(t.box, svg.box)) {
			add(
				'clipped',
				label(t),
				`cut off by the edge of its figure: text at x ${span(t.box.left, t.box.right)}, y ${span(t.box.top, t.box.bottom)}; figure at x ${span(svg.box.left, svg.box.right)}, y ${span(svg.box.top, svg.box.bottom)}`,
			);
		}
	}

	// Labels are whole <text> elements; a <tspan> is part of one.
	const labels = m.texts.filter((t) => t.svg >= 0 && !t.part);
	for (let i = 0; i < labels.length; i++) {
		const a = labels[i]!;
		for (let j = i + 1; j < labels.length; j++) {
			const b = labels[j]!;
			if (a.svg !== b.svg || !overlaps(a.box, b.box)) continue;
			const o = intersection(a.box, b.box);
			add('label-overlap', label(a), `overlaps ${what(b)} by ${px(o.width)} × ${px(o.height)}`);
		}
		for (const mark of m.marks) {
			// A label drawn wholly on a mark (a value inside its bar) is allowed; one that crosses a mark's edge is not.
			if (mark.svg !== a.svg || !overlaps(a.box, mark.box) || inside(a.box, mark.box)) continue;
			const o = intersection(a.box, mark.box);
			add('label-overlap', label(a), `runs into the mark ${what(mark)} by ${px(o.width)} × ${px(o.height)}`);
		}
	}

	for (const c of m.cells) {
		const least = MIN_JAPANESE_CELL_CHARS * c.fontSize;
		if (hasJapanese(c.fullText) && c.width < least - TOLERANCE_PX) {
			add(
				'japanese-cell',
				what(c),
				`${px(c.width)} wide inside its padding, less than ${MIN_JAPANESE_CELL_CHARS} characters of its ${px(c.fontSize)} font (${px(least)})`,
			);
		}
	}
	return out;
}

/** The figures (SVGs with text) that mark no data marks, whose labels are checked only against each other. */
export const unmarkedFigures = (m: PageMeasure): string[] =>
	m.svgs.filter((_, i) => m.texts.some((t) => t.svg === i) && !m.marks.some((k) => k.svg === i)).map((s) => s.selector);

/**
 * The anchor rule, after navigating to `page#id`:
 * - the target exists, its top edge is inside the viewport and nothing else is drawn over it;
 * - for a table row, the row's label (its `th scope="row"`, or its first cell) is inside the viewport
 *   from top to bottom and starts inside it horizontally, and nothing is drawn over it;
 * - when the table's column header (`thead`) is shown, all of it is inside the viewport vertically,
 *   above the row's label (it does not hide the row), its first shown cell is inside the viewport
 *   horizontally and nothing is drawn over that cell;
 * - when the table hides its `thead` (rows stacked into labelled blocks on narrow screens), the row's
 *   label must be wholly inside the viewport, across as well.
 * A label taller than the viewport need only start inside it. All with the rounding tolerance.
 */
export function anchorFindings(m: AnchorMeasure): RuleFinding[] {
	const out: RuleFinding[] = [];
	const subject = `#${m.id}`;
	const add = (detail: string) => out.push({ rule: 'anchor', subject, detail });
	const t = TOLERANCE_PX;
	const vh = m.viewportHeight;
	const vw = m.viewportWidth;
	const ys = (b: Box) => `y ${span(b.top, b.bottom)}`;
	const viewport = `the viewport is y 0…${vh}, x 0…${vw}`;
	if (!m.target) {
		add('no element has this id');
		return out;
	}
	if (m.target.tag !== 'TR') {
		if (m.target.box.top < -t || m.target.box.top >= vh)
			add(`the target ${what(m.target)} is not in view: it is at ${ys(m.target.box)}; ${viewport}`);
		if (m.target.covered) add(`the target ${what(m.target)} is hidden under ${m.target.covered}`);
		return out;
	}
	const label = m.label;
	if (!label) {
		add(`the row ${what(m.target)} has no cells`);
		return out;
	}
	const b = label.box;
	const tall = b.bottom - b.top > vh;
	const inVertically = b.top >= -t && (tall ? b.top < vh : b.bottom <= vh + t);
	const inHorizontally = m.header ? b.left >= -t && b.left < vw : b.left >= -t && b.right <= vw + t;
	if (!inVertically || !inHorizontally)
		add(
			`the row's label ${what(label)} is not ${m.header ? 'in view' : 'wholly in view'}: it is at x ${span(b.left, b.right)}, ${ys(b)}; ${viewport}`,
		);
	else if (label.covered) add(`the row's label ${what(label)} is hidden under ${label.covered}`);
	if (m.header) {
		const h = m.header.box;
		if (h.top < -t || h.bottom > vh + t)
			add(`the table's column header ${what(m.header)} is out of view at ${ys(h)} (the row's label is at ${ys(b)}); ${viewport}`);
		else if (h.bottom > b.top + t) add(`the table's column header (${ys(h)}) covers the top of the row's label ${what(label)} (${ys(b)})`);
		else if (m.header.first.left >= vw || m.header.first.right <= 0)
			add(
				`the table's column header starts outside the viewport across (x ${span(m.header.first.left, m.header.first.right)}); ${viewport}`,
			);
		else if (m.header.covered) add(`the table's column header is hidden under ${m.header.covered}`);
	}
	return out;
}

/** A finding as one line of the walk's report: "390 px [rule] subject — detail". */
export const findingLine = (width: number, f: RuleFinding): string => `${width} px [${f.rule}] ${f.subject} — ${f.detail}`;

const LINE = /^(\d+) px \[([a-z-]+)\] (.*?) — (.*)$/s;

/**
 * The report grouped by rule, then page (with its language), then the element at fault, with one
 * line per width: what a reader of the log needs to find each problem. A line in another form (a
 * page that failed to load) comes under "other".
 */
export function groupByRule(findings: { path: string; message: string }[]): string {
	const byRule = new Map<string, Map<string, Map<string, string[]>>>();
	for (const f of findings) {
		const m = LINE.exec(f.message);
		const [rule, subject, line] = m ? [m[2]!, m[3]!, `${m[1]} px: ${m[4]}`] : ['other', 'the check', f.message];
		const path = f.path.replace(/#.*/, '');
		const page = `${path} (${path.startsWith('/ja/') ? 'ja' : 'en'})`;
		const pages = byRule.get(rule) ?? new Map<string, Map<string, string[]>>();
		byRule.set(rule, pages);
		const subjects = pages.get(page) ?? new Map<string, string[]>();
		pages.set(page, subjects);
		subjects.set(subject, [...(subjects.get(subject) ?? []), line]);
	}
	const out: string[] = [];
	for (const rule of [...Object.keys(RULES), 'other']) {
		const pages = byRule.get(rule);
		if (!pages) continue;
		const count = [...pages.values()].reduce((n, s) => n + [...s.values()].reduce((k, l) => k + l.length, 0), 0);
		out.push(`[${rule}] ${RULES[rule as Rule] ?? 'the check could not run'}: ${count} finding(s) on ${pages.size} page(s)`);
		for (const [page, subjects] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
			out.push(`  ${page}`);
			for (const [subject, lines] of subjects) {
				out.push(`    ${subject}`);
				for (const line of lines.sort((a, b) => parseInt(a) - parseInt(b))) out.push(`      ${line}`);
			}
		}
	}
	return out.join('\n');
}
