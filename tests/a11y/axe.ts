import type { Check } from '../walk/walk.ts';
import { axeViolations } from '../gates/browser.ts';
import { BROKEN_PAGE } from '../gates/broken-page.ts';

export type Scheme = 'light' | 'dark';

/**
 * axe-core (WCAG 2.0/2.1/2.2, A and AA; tests/gates/browser.ts) on every page of the build, in the
 * light and the dark colour scheme. The per-template browser tests (tests/e2e/templates.spec.ts) run
 * the same function on one page of each template in `npm test`.
 */
export const axeCheck: Check<Scheme> = {
	name: 'axe (WCAG 2.2 A/AA)',
	variants: ['light', 'dark'],
	label: (scheme) => scheme,
	context: (colorScheme) => ({ colorScheme }),
	run: (page) => axeViolations(page),
	canary: { html: BROKEN_PAGE, variant: 'light' },
};
