/**
 * Text in the build-time charts: a conservative estimate of how wide and tall a line is (no font is
 * read at build time, and the reader's font is unknown), line wrapping, and the boxes the layouts
 * keep apart. Estimates err on the wide side: a label drawn in any of the site's fonts (system sans
 * fonts such as DejaVu Sans Bold, the widest seen; Japanese fonts for CJK text) fits its box.
 */

/** A rectangle in SVG user units. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Vertical extent of a line around its baseline, in em: the larger of the site's fonts' ascent and
 * descent (Noto Sans CJK JP: 1.16 and 0.29; DejaVu Sans: 0.93 and 0.24), with room for the browser
 * rounding them to whole pixels (measured in Chromium: 1.19 and 0.30 at 12 px). A browser's box of an
 * SVG text is its font's ascent above the baseline to its descent below.
 */
const ASCENT = 1.22;
const DESCENT = 0.33;
/** Distance between the baselines of wrapped lines, in em, so that the lines' boxes never overlap. */
export const LINE_HEIGHT = ASCENT + DESCENT;

/** Bold text is drawn up to this much wider than the widths below. */
export const BOLD = 1.04;

/** Whether a character is drawn full-width: CJK ideographs, kana, Hangul, CJK punctuation, full-width forms. */
function isWide(ch: string): boolean {
	const c = ch.codePointAt(0) ?? 0;
	return (
		(c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0xa4cf) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xffef) ||
		c >= 0x1f300
	);
}

const NARROW = new Set([...'ijlftrI.,:;!|()[]{}/\\\'"`-']);
const BROAD = new Set([...'mwMW%@']);
/** Latin-script characters outside ASCII that the content uses, with their widths (em, rounded up). */
const KNOWN: Record<string, number> = { μ: 0.75, µ: 0.75, '·': 0.45, '–': 0.55, '—': 1, '²': 0.5, '×': 0.85, '≥': 0.85, '≤': 0.85 };

/**
 * Advance width of one character in em, rounded up from the widest of the fonts the site may use
 * (DejaVu Sans Bold is the widest Latin one: "W" 1.10, "m" 1.04, capitals up to 0.85, lower case and
 * digits up to 0.72). Any other character counts as full-width.
 */
function charWidth(ch: string): number {
	if (ch === ' ') return 0.36;
	if (isWide(ch)) return 1;
	if (KNOWN[ch] !== undefined) return KNOWN[ch];
	const c = ch.codePointAt(0) ?? 0;
	if (c > 0x7e) return 1.1;
	if (BROAD.has(ch)) return 1.12;
	if (NARROW.has(ch)) return 0.5;
	if (ch >= 'A' && ch <= 'Z') return 0.86;
	return 0.73;
}

/**
 * Estimated width of a line of text at a font size (user units), never less than a browser draws it:
 * the characters' widths, and one unit for the browser rounding glyph advances to whole pixels (a
 * full-width character at 12 px measured 12.4).
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em ? em * fontSize + 1 : 0;
}

/** Characters a line must not start with (closing brackets, Japanese punctuation, small kana, long vowel mark). */
const NO_START = new Set([...'）)]」』】、。，．・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%']);
/** Characters a line must not end with (opening brackets). */
const NO_END = new Set([...'（(［[「『【']);

/** Where a line may break: after a space, or between two characters of which one is full-width (never before a closing mark or after an opening one). */
function breakBefore(chars: string[], i: number): boolean {
	const prev = chars[i - 1];
	const cur = chars[i];
	if (prev === undefined || cur === undefined) return false;
	if (prev === ' ' || cur === ' ') return prev !== cur;
	if (NO_START.has(cur) || NO_END.has(prev)) return false;
	return isWide(prev) || isWide(cur);
}

/**
 * Wraps text into lines no wider than `maxWidth` at a font size, breaking at spaces and between
 * full-width characters (with the Japanese rules above); a word longer than a line is cut (or, with
 * `cutWords` false, left whole on a line of its own). Spaces at a break are dropped.
 * e.g. wrapText('Full analysis set · review table', 120, 12) → ['Full analysis set ·', 'review table']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, cutWords = true): string[] {
	const chars = [...text.trim().replace(/\s+/g, ' ')];
	if (!chars.length) return [];
	const lines: string[] = [];
	let start = 0;
	while (start < chars.length) {
		let end = start;
		let lastBreak = -1;
		let width = 1; // the rounding allowance of textWidth
		while (end < chars.length) {
			const w = charWidth(chars[end]!) * fontSize;
			if (end > start && width + w > maxWidth + 1e-9) break;
			if (end > start && breakBefore(chars, end)) lastBreak = end;
			width += w;
			end++;
		}
		if (end < chars.length && breakBefore(chars, end)) lastBreak = end;
		if (end < chars.length && lastBreak <= start && !cutWords) {
			// Run on to the next break rather than cut a word.
			while (end < chars.length && !breakBefore(chars, end)) end++;
			lastBreak = end;
		}
		let cut = end >= chars.length ? end : lastBreak > start ? lastBreak : end;
		// A cut inside a word still keeps closing punctuation on the line before.
		if (cut === end && cut < chars.length && cut - start > 1 && NO_START.has(chars[cut]!)) cut--;
		lines.push(chars.slice(start, cut).join('').trim());
		start = cut;
		while (chars[start] === ' ') start++;
	}
	return lines.filter((l) => l.length > 0);
}

/** How a text is anchored at its x (SVG `text-anchor`). */
export type Anchor = 'start' | 'middle' | 'end';

/** A label drawn as one SVG <text>, one line per <tspan>. */
export interface TextBlock {
	x: number;
	/** Baseline of each line. */
	lines: { text: string; y: number }[];
	fontSize: number;
	anchor: Anchor;
	bold?: boolean;
}

/** A text block from its first line's top edge: baselines one LINE_HEIGHT apart. */
export function textBlock(x: number, top: number, lines: string[], fontSize: number, anchor: Anchor = 'start', bold = false): TextBlock {
	return {
		x,
		lines: lines.map((text, i) => ({ text, y: round(top + (ASCENT + i * LINE_HEIGHT) * fontSize) })),
		fontSize,
		anchor,
		...(bold ? { bold } : {}),
	};
}

/** Height of `n` lines at a font size. */
export const blockHeight = (n: number, fontSize: number) => n * LINE_HEIGHT * fontSize;

/** The box a text block may cover (estimated width, full ascent and descent of every line). */
export function textBox(b: TextBlock): Box {
	const width = Math.max(0, ...b.lines.map((l) => textWidth(l.text, b.fontSize) * (b.bold ? BOLD : 1)));
	const x = b.anchor === 'start' ? b.x : b.anchor === 'middle' ? b.x - width / 2 : b.x - width;
	const first = b.lines[0]?.y ?? 0;
	const last = b.lines[b.lines.length - 1]?.y ?? 0;
	const y = first - ASCENT * b.fontSize;
	return { x, y, width, height: last + DESCENT * b.fontSize - y };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
	const eps = 1e-6;
	return a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;
}

/** Whether `inner` lies within `outer`. */
export function inside(inner: Box, outer: Box): boolean {
	const eps = 1e-6;
	return (
		inner.x >= outer.x - eps &&
		inner.y >= outer.y - eps &&
		inner.x + inner.width <= outer.x + outer.width + eps &&
		inner.y + inner.height <= outer.y + outer.height + eps
	);
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The two drawings of every chart: `wide` from `BREAKPOINT` CSS px of figure width up (and in print),
 * `narrow` below it. Each viewBox is as wide as the narrowest width it is drawn at (`minWidth`), so the
 * drawing is never scaled down and a font size in user units is at least that many CSS px; `maxWidth`
 * caps how far it is scaled up. src/styles/charts.css repeats these numbers (a unit test compares them).
 */
export const VARIANTS = {
	wide: { width: 640, minWidth: 640, maxWidth: 720 },
	/** 320 px screen less the page's padding (2 × 20 px) and a scroll bar (16 px), rounded down. */
	narrow: { width: 260, minWidth: 260, maxWidth: 400 },
} as const;
export type Variant = keyof typeof VARIANTS;
export const BREAKPOINT = VARIANTS.wide.minWidth;

/** Smallest font size in a chart, in CSS px at its narrowest (user units, as the viewBox is never scaled down). */
export const MIN_FONT = 12;

/** Which drawing a figure of a given width (CSS px) shows, and at how many CSS px per user unit. */
export function drawnAt(figureWidth: number): { variant: Variant; scale: number } {
	const variant: Variant = figureWidth >= BREAKPOINT ? 'wide' : 'narrow';
	const v = VARIANTS[variant];
	return { variant, scale: Math.min(figureWidth, v.maxWidth) / v.width };
}
