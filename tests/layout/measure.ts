// What the layout gate reads in the browser: one call per page and width (measurePage), and one per
// permanent anchor (measureAnchor). Both run inside the page (Playwright serialises them, so they use
// nothing from outside their own body) and only read geometry and computed styles; every rule, every
// tolerance and every message is decided in Node by tests/layout/rules.ts, which has unit tests.

/** A box in viewport (client) coordinates, CSS px. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** How an element is named in a finding. */
export interface Named {
	/** A short CSS path: `table.endpoints > tbody > tr:nth-of-type(3) > td:nth-of-type(2)`. */
	selector: string;
	/** The start of its text, whitespace collapsed. */
	text: string;
}

/** An element whose content is larger than its box, with overflow other than `visible`. */
export interface Clipping extends Named {
	overflowX: string;
	overflowY: string;
	scrollWidth: number;
	clientWidth: number;
	scrollHeight: number;
	clientHeight: number;
	role: string | null;
	/** Its accessible name from aria-label or aria-labelledby ('' when none). */
	name: string;
	/** The tabindex attribute (null when absent). */
	tabindex: string | null;
	/** It carries `data-scroll-cue`. */
	cueAttribute: boolean;
	/** Shadow or gradient styles on it or its ::before / ::after: "background-image", "::after box-shadow", … */
	cueStyles: string[];
	/** A visible `[data-scroll-hint]` element inside it or next to it. */
	hint: boolean;
}

/** Text in a figure: an SVG `<text>` (with the SVG it is in) or HTML text inside `<figure>`. */
export interface FigureText extends Named {
	/** Index of its SVG in `PageMeasure.svgs`; -1 for HTML text in a figure. */
	svg: number;
	/** Computed font-size, in the element's own units (user units inside an SVG). */
	fontSize: number;
	/** Scale from those units to CSS px on screen (the SVG's transform: 1 for HTML). */
	scale: number;
	box: Box;
	/** A `<tspan>` with text of its own: checked for its size, not as a label of its own. */
	part?: boolean;
}

export interface Svg extends Named {
	box: Box;
	/** Its overflow is not `visible`, so text outside its box is cut off. */
	clips: boolean;
}

/** A drawn data mark in an SVG (`data-mark`): a bar, a point, an interval. */
export interface Mark extends Named {
	svg: number;
	box: Box;
}

/** A table cell: its text, its content width (padding and borders left out) and font-size. */
export interface Cell extends Named {
	fullText: string;
	width: number;
	fontSize: number;
}

/** An element that sticks out past the right edge of the viewport, where the page's overflow starts. */
export interface Wide extends Named {
	right: number;
}

export interface PageMeasure {
	/** The viewport (document element's client box). */
	viewportWidth: number;
	viewportHeight: number;
	scrollWidth: number;
	/** Only when the page is wider than the viewport: where that comes from. */
	wide: Wide[];
	clipping: Clipping[];
	svgs: Svg[];
	texts: FigureText[];
	marks: Mark[];
	cells: Cell[];
}

/**
 * Reads the geometry of the page as it is. Skips what is not rendered (display: none, hidden,
 * closed <details>) and what is visually hidden (the 1 × 1 px clipped "visually-hidden" pattern, or
 * inside one).
 */
export async function measurePage(): Promise<PageMeasure> {
	await document.fonts.ready;
	// After a resize: let resize observers and media-query listeners run first.
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const root = document.documentElement;
	const vw = root.clientWidth;
	const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);
	const box = (el: Element): Box => {
		const r = el.getBoundingClientRect();
		return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
	};
	const selector = (el: Element): string => {
		const parts: string[] = [];
		for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
			const tag = e.tagName.toLowerCase();
			if (e.id) {
				parts.unshift(`${tag}#${e.id}`);
				break;
			}
			const classes = [...e.classList]
				.slice(0, 2)
				.map((c) => `.${c}`)
				.join('');
			const same = e.parentElement ? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName) : [];
			parts.unshift(tag + classes + (same.length > 1 ? `:nth-of-type(${same.indexOf(e) + 1})` : ''));
		}
		return parts.join(' > ');
	};
	const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
	const named = (el: Element) => ({ selector: selector(el), text: text(el).slice(0, 60) });
	const hidden = (el: Element): boolean => {
		if (!el.checkVisibility({ checkVisibilityCSS: true })) return true;
		for (let e: Element | null = el; e; e = e.parentElement) {
			const r = e.getBoundingClientRect();
			const s = style(e);
			if ((r.width <= 1 || r.height <= 1) && (s.overflow !== 'visible' || s.clipPath !== 'none' || s.getPropertyValue('clip') !== 'auto'))
				return true;
		}
		return false;
	};
	const all = [...document.body.querySelectorAll('*')];

	const clipping: Clipping[] = [];
	for (const el of all) {
		if (el instanceof SVGElement || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) continue;
		const s = style(el);
		if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
		if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) continue;
		if (hidden(el)) continue;
		const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
		const name =
			el.getAttribute('aria-label') ??
			labelledBy
				.map((id) => document.getElementById(id))
				.map((l) => (l ? text(l) : ''))
				.join(' ');
		const cueStyles: string[] = [];
		for (const pseudo of ['', '::before', '::after']) {
			const p = style(el, pseudo || undefined);
			if (pseudo && (p.content === 'none' || p.display === 'none')) continue;
			if (p.backgroundImage.includes('gradient(')) cueStyles.push(`${pseudo} background-image`.trim());
			if (p.boxShadow !== 'none') cueStyles.push(`${pseudo} box-shadow`.trim());
		}
		const hints = [...el.querySelectorAll('[data-scroll-hint]'), el.previousElementSibling, el.nextElementSibling].filter(
			(h): h is Element => !!h && h.hasAttribute('data-scroll-hint'),
		);
		clipping.push({
			...named(el),
			overflowX: s.overflowX,
			overflowY: s.overflowY,
			scrollWidth: el.scrollWidth,
			clientWidth: el.clientWidth,
			scrollHeight: el.scrollHeight,
			clientHeight: el.clientHeight,
			role: el.getAttribute('role'),
			name: name.trim(),
			tabindex: el.getAttribute('tabindex'),
			cueAttribute: el.hasAttribute('data-scroll-cue'),
			cueStyles,
			hint: hints.some((h) => !hidden(h)),
		});
	}

	const svgElements = [...document.querySelectorAll('svg')].filter((s) => !(s.parentElement instanceof SVGElement) && !hidden(s));
	const svgs: Svg[] = svgElements.map((s) => ({ ...named(s), box: box(s), clips: style(s).overflow !== 'visible' }));
	const texts: FigureText[] = [];
	const marks: Mark[] = [];
	svgElements.forEach((s, i) => {
		for (const t of s.querySelectorAll('text, tspan')) {
			const part = t.tagName === 'tspan';
			const own = [...t.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
			if (!text(t) || (part && !own) || hidden(t)) continue;
			const m = (t as SVGGraphicsElement).getScreenCTM();
			const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
			texts.push({ ...named(t), svg: i, fontSize: parseFloat(style(t).fontSize), scale, box: box(t), ...(part ? { part } : {}) });
		}
		for (const m of s.querySelectorAll('[data-mark]')) if (!hidden(m)) marks.push({ ...named(m), svg: i, box: box(m) });
	});
	// HTML text in a figure: every element that holds text of its own.
	for (const el of document.querySelectorAll('figure *')) {
		if (el instanceof SVGElement || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
		if (hidden(el)) continue;
		texts.push({ ...named(el), svg: -1, fontSize: parseFloat(style(el).fontSize), scale: 1, box: box(el) });
	}

	const cells: Cell[] = [];
	for (const el of document.querySelectorAll('td, th')) {
		const s = style(el);
		const fontSize = parseFloat(s.fontSize);
		const r = el.getBoundingClientRect();
		const width =
			r.width - [s.paddingLeft, s.paddingRight, s.borderLeftWidth, s.borderRightWidth].map(parseFloat).reduce((a, b) => a + b, 0);
		// Only cells that could be too narrow for the rule in rules.ts (3 characters): the others cannot fail.
		if (width >= 4 * fontSize || !text(el) || hidden(el)) continue;
		cells.push({ ...named(el), fullText: text(el), width, fontSize });
	}

	const wide: Wide[] = [];
	if (root.scrollWidth > vw) {
		const clippedByAncestor = (el: Element) => {
			for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) if (style(e).overflowX !== 'visible') return true;
			return false;
		};
		for (const el of all) {
			const right = el.getBoundingClientRect().right + window.scrollX;
			const parentRight = el.parentElement ? el.parentElement.getBoundingClientRect().right + window.scrollX : 0;
			if (right > vw + 1 && parentRight <= vw + 1 && !clippedByAncestor(el) && !hidden(el)) wide.push({ ...named(el), right });
		}
		wide.sort((a, b) => b.right - a.right);
	}

	return {
		viewportWidth: vw,
		viewportHeight: root.clientHeight,
		scrollWidth: root.scrollWidth,
		wide: wide.slice(0, 5),
		clipping,
		svgs,
		texts,
		marks,
		cells,
	};
}

export interface AnchorMeasure {
	id: string;
	viewportWidth: number;
	viewportHeight: number;
	/** Absent when no element has the id. */
	target?: Named & { box: Box; tag: string; covered: string | null };
	/** For a table row: its label (the row header, or its first cell). */
	label?: Named & { box: Box; covered: string | null };
	/** For a table row: the table's column header row, when it is shown (not hidden or visually hidden). */
	header?: Named & { box: Box; first: Box; covered: string | null };
	/** For a table row whose table has a <thead> that is not shown (a table stacked into blocks). */
	headerHidden?: boolean;
}

/** Reads where the target of `#id` and, for a table row, its label and its table's column header are. */
export async function measureAnchor(id: string): Promise<AnchorMeasure> {
	await document.fonts.ready;
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const root = document.documentElement;
	const vw = root.clientWidth;
	const vh = root.clientHeight;
	const box = (el: Element): Box => {
		const r = el.getBoundingClientRect();
		return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
	};
	const describe = (el: Element) => {
		const classes = [...el.classList]
			.slice(0, 2)
			.map((c) => `.${c}`)
			.join('');
		return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : classes}`;
	};
	const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
	/** What is drawn on top at the middle of the part of `b` inside the viewport, when that is not `owner` or inside it. */
	const coveredBy = (b: Box, owner: Element): string | null => {
		const x = (Math.max(b.left, 0) + Math.min(b.right, vw)) / 2;
		const y = (Math.max(b.top, 0) + Math.min(b.bottom, vh)) / 2;
		if (x < 0 || x >= vw || y < 0 || y >= vh) return null;
		const hit = document.elementFromPoint(x, y);
		return !hit || owner.contains(hit) ? null : describe(hit);
	};
	/** Rendered, and neither visually hidden (1 × 1 px and clipped) nor inside something that is. */
	const shown = (el: Element) => {
		if (!el.checkVisibility({ checkVisibilityCSS: true })) return false;
		for (let e: Element | null = el; e; e = e.parentElement) {
			const r = e.getBoundingClientRect();
			const s = getComputedStyle(e);
			if ((r.width <= 1 || r.height <= 1) && (e === el || s.overflow !== 'visible' || s.clipPath !== 'none')) return false;
		}
		return true;
	};
	const out: AnchorMeasure = { id, viewportWidth: vw, viewportHeight: vh };
	const target = document.getElementById(id);
	if (!target) return out;
	out.target = {
		selector: describe(target),
		text: text(target),
		box: box(target),
		tag: target.tagName,
		covered: coveredBy(box(target), target),
	};
	if (!(target instanceof HTMLTableRowElement)) return out;
	const label = target.querySelector(':scope > th[scope="row"]') ?? target.cells[0];
	if (label) out.label = { selector: describe(label), text: text(label), box: box(label), covered: coveredBy(box(label), target) };
	const thead = target.closest('table')?.tHead;
	const headerRow = thead ? [...thead.rows].filter(shown).at(-1) : undefined;
	const cells = headerRow ? [...headerRow.cells].filter(shown) : [];
	if (thead && cells.length > 0) {
		// The cells' boxes, not the row's: a sticky header moves its cells, not its row.
		const boxes = cells.map(box);
		const union: Box = {
			left: Math.min(...boxes.map((b) => b.left)),
			top: Math.min(...boxes.map((b) => b.top)),
			right: Math.max(...boxes.map((b) => b.right)),
			bottom: Math.max(...boxes.map((b) => b.bottom)),
		};
		out.header = {
			selector: describe(headerRow!),
			text: text(headerRow!),
			box: union,
			first: boxes[0]!,
			covered: coveredBy(boxes[0]!, thead),
		};
	} else if (thead) out.headerHidden = true;
	return out;
}
