import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Gates that need a browser. Each takes a Playwright page and returns findings as strings, so the
// e2e tests can run them on the real pages and on deliberately broken ones.

/** axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core violations on the page as loaded, one line per violating element. */
export async function axeViolations(page: Page): Promise<string[]> {
	// resultTypes: only violations are collected in full, which makes axe several times faster.
	const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
	return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/**
 * Presses Tab through the page and checks that every interactive element (links, buttons, form
 * fields, summaries, elements with tabindex ≥ 0) is reached, and that each one shows a focus
 * indicator: a visible outline or a box-shadow that differs from its unfocused style.
 */
export async function keyboardFindings(page: Page): Promise<string[]> {
	const total = await page.evaluate(() => {
		const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
		const els = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }) || el.classList.contains('skip-link'));
		els.forEach((el, i) => el.setAttribute('data-gate-focus', String(i)));
		return els.length;
	});
	const seen = new Map<string, string>();
	await page.locator('body').focus();
	for (let i = 0; i < total + 3 && seen.size < total; i++) {
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
		if (!seen.has(state.id)) seen.set(state.id, state.visible ? '' : `${state.label} has no visible focus indicator (outline or box-shadow)`);
	}
	const findings = [...seen.values()].filter(Boolean);
	const missed = await page.evaluate((ids) => {
		return [...document.querySelectorAll<HTMLElement>('[data-gate-focus]')]
			.filter((el) => !ids.includes(el.getAttribute('data-gate-focus')!))
			.map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" is never reached with Tab`);
	}, [...seen.keys()]);
	return [...findings, ...missed];
}

/** Starts summing layout-shift entries (not caused by input); call before navigating. */
export async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __gateCls: number };
		w.__gateCls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!e.hadRecentInput) w.__gateCls += e.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The cumulative layout shift so far, after letting late content arrive. */
export async function layoutShift(page: Page, settleMs = 500): Promise<number> {
	await page.waitForLoadState('load');
	await page.waitForTimeout(settleMs);
	return page.evaluate(() => (window as unknown as { __gateCls: number }).__gateCls);
}
