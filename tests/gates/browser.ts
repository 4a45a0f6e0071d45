import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Gates that need a browser. Each takes a Playwright page and returns findings as strings, so the
// e2e tests can run them on the real pages and on deliberately broken ones.

/** axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core violations on the page as loaded, one line per violating element. */
export async function axeViolations(page: Page): Promise<string[]> {
	// resultTypes: only violations are collected in full, which makes axe several times faster.
	const result = await new AxeBuilder({ page })
		.withTags(WCAG_TAGS)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return result.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
	);
}

/**
 * Presses Tab through the page and checks that every interactive element (links, buttons, form
 * fields, summaries, elements with tabindex ≥ 0) is reached, and that each one shows a focus
 * indicator: a visible outline or a box-shadow that differs from its unfocused style.
 */
export async function keyboardFindings(page: Page): Promise<string[]> {
	// Let the page finish what it loads on arrival first: the search page mounts its (autofocused)
	// search box from a dynamic import, and a box that appears mid-walk pulls focus back to itself.
	await page.waitForLoadState('networkidle');
	const total = await page.evaluate(() => {
		const selector =
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
		const els = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(el) => el.checkVisibility({ visibilityProperty: true }) || el.classList.contains('skip-link'),
		);
		els.forEach((el, i) => el.setAttribute('data-gate-focus', String(i)));
		return els.length;
	});
	const seen = new Map<string, string>();
	// Start from the top of the document, whatever an autofocus attribute focused: focusing <body>
	// moves the sequential-focus starting point there (a bare blur() would leave it on the box).
	await page.evaluate(() => {
		document.body.tabIndex = -1;
		document.body.focus();
		document.body.removeAttribute('tabindex');
	});
	// Elements added by scripts are not listed but take a Tab each; leave room for them.
	for (let i = 0; i < 2 * total + 10 && [...seen.keys()].filter((k) => !k.startsWith('(unlisted)')).length < total; i++) {
		await page.keyboard.press('Tab');
		const state = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return undefined;
			const s = getComputedStyle(el);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
			const shadow = s.boxShadow !== 'none';
			const box = el.getBoundingClientRect();
			return {
				id: el.getAttribute('data-gate-focus') ?? `(unlisted) <${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`,
				label: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
				visible: (outline || shadow) && box.width > 0 && box.height > 0,
			};
		});
		if (!state) continue;
		if (!seen.has(state.id))
			seen.set(state.id, state.visible ? '' : `${state.label} has no visible focus indicator (outline or box-shadow)`);
	}
	const findings = [...seen.values()].filter(Boolean);
	const missed = await page.evaluate(
		(ids) => {
			return [...document.querySelectorAll<HTMLElement>('[data-gate-focus]')]
				.filter((el) => !ids.includes(el.getAttribute('data-gate-focus')!))
				.map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" is never reached with Tab`);
		},
		[...seen.keys()],
	);
	return [...findings, ...missed];
}

/**
 * Starts recording layout-shift entries (not caused by input); call before navigating.
 *
 * Only shifts after the parser has finished (the navigation's domInteractive) count as late content:
 * scripts, images, fonts, the search box. On a starved CPU Chromium paints half-parsed pages (a
 * header without its last link, a table without its last rows) and records the rest arriving as a
 * shift; that is progressive rendering of the document itself, which no page can prevent, and it
 * made this gate fail at random on a loaded CI machine.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __gateShifts: { value: number; startTime: number }[] };
		w.__gateShifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!e.hadRecentInput) w.__gateShifts.push({ value: e.value, startTime: e.startTime });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The cumulative layout shift after parsing, once late content has had time to arrive. */
export async function layoutShift(page: Page, settleMs = 500): Promise<number> {
	await page.waitForLoadState('load');
	await page.waitForTimeout(settleMs);
	return page.evaluate(() => {
		const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
		const shifts = (window as unknown as { __gateShifts: { value: number; startTime: number }[] }).__gateShifts;
		return shifts.filter((s) => s.startTime >= parsed).reduce((sum, s) => sum + s.value, 0);
	});
}
