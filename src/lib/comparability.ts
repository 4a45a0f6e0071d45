import type { Outcome } from '../schemas/outcome.ts';
import type { Entry } from './content-set.ts';

/** Whether two outcomes may be put side by side, and if not, every reason why not. */
export type Comparability = { comparable: true } | { comparable: false; reasons: string[] };

const sameSet = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * Decides whether endpoints of two outcomes measure the same thing. Outcomes with structured
 * criteria match when the response categories, the assessment window (in weeks) and the
 * population the rate is among are all the same; an outcome without criteria matches only itself.
 * e.g. CR/CRh within two 6-week cycles vs CR within 12 weeks → not comparable: the windows are
 * equally long, but the response categories differ (CR, CRh vs CR).
 */
export function comparability(a: Entry<Outcome>, b: Entry<Outcome>): Comparability {
	if (a.id === b.id) return { comparable: true };
	const ca = a.data.criteria;
	const cb = b.data.criteria;
	if (!ca || !cb) {
		return {
			comparable: false,
			reasons: [`"${a.data.label}" and "${b.data.label}" are different outcomes, and at least one has no structured definition to compare`],
		};
	}
	const reasons: string[] = [];
	if (!sameSet(ca.components, cb.components)) {
		reasons.push(`they count different responses (${ca.components.join(', ')} vs ${cb.components.join(', ')})`);
	}
	if (ca.window.weeks !== cb.window.weeks) {
		reasons.push(`they assess response over different windows (${ca.window.label}, ${ca.window.weeks} weeks, vs ${cb.window.label}, ${cb.window.weeks} weeks)`);
	}
	if (ca.among !== cb.among) {
		reasons.push(`they count among different patients (${ca.among} vs ${cb.among})`);
	}
	if (reasons.length === 0) return { comparable: true };
	return { comparable: false, reasons };
}

/** Throws, with the reasons, unless the two outcomes may be compared. */
export function assertComparable(a: Entry<Outcome>, b: Entry<Outcome>, context: string): void {
	const c = comparability(a, b);
	if (!c.comparable) {
		throw new Error(`${context}: "${a.data.label}" cannot be compared with "${b.data.label}": ${c.reasons.join('; ')}.`);
	}
}

/**
 * Two outcome entries whose criteria are identical are the same outcome defined twice; one of
 * them should be used. Returns the pairs, so the content check can report them.
 */
export function duplicateDefinitions(outcomes: Entry<Outcome>[]): [string, string][] {
	const out: [string, string][] = [];
	outcomes.forEach((a, i) => {
		for (const b of outcomes.slice(i + 1)) {
			if (a.data.criteria && b.data.criteria && comparability(a, b).comparable) out.push([a.id, b.id]);
		}
	});
	return out;
}
