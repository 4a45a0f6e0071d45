import type { Outcome } from '../schemas/outcome.ts';
import { type Entry, fileOf } from './content-set.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { translated } from './localize.ts';

type Criteria = NonNullable<Outcome['criteria']>;

/**
 * One way two outcomes differ, as data: the rule decides, and `reasonText` words it in a language
 * (so every language gives the same reasons from the same decision).
 */
type ComparabilityProblem =
	| { kind: 'no-criteria'; a: Entry<Outcome>; b: Entry<Outcome> }
	| { kind: 'components'; a: Criteria['components']; b: Criteria['components'] }
	| { kind: 'window'; a: Criteria['window']; b: Criteria['window'] }
	| { kind: 'among'; a: Criteria['among']; b: Criteria['among'] }
	/** The endpoint's source does not state these criteria of its outcome, and nothing says how they were matched. */
	| { kind: 'unstated'; criteria: readonly ('components' | 'window' | 'among')[] };

/**
 * Whether two outcomes may be put side by side, and if not, every reason why not: as data
 * (`problems`) and in English words (`reasons`, for messages).
 */
export type Comparability = { comparable: true } | { comparable: false; problems: ComparabilityProblem[]; reasons: string[] };

const sameSet = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/** An outcome's label in a language; a missing Japanese label fails the build, naming the file. */
const outcomeName = (o: Entry<Outcome>, lang: Lang) =>
	translated(o.data, 'label', lang, { file: fileOf('outcomes', o), field: '', entry: o.id });

/** One reason in words, in a language. e.g. en "they count different responses (CR, CRh vs CR)". */
function reasonText(p: ComparabilityProblem, lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	switch (p.kind) {
		case 'no-criteria':
			return d.reasonNoCriteria(outcomeName(p.a, lang), outcomeName(p.b, lang));
		case 'components':
			return d.reasonComponents(p.a, p.b);
		case 'window':
			return d.reasonWindow(p.a, p.b);
		case 'among':
			return d.reasonAmong(p.a, p.b);
		case 'unstated':
			return d.reasonUnstated(p.criteria.map((c) => d.criterionNames[c]));
	}
}

/** The reasons of a refusal in a language; empty when the outcomes are comparable. */
export function comparabilityReasons(c: Comparability, lang: Lang = DEFAULT_LANG): string[] {
	return c.comparable ? [] : c.problems.map((p) => reasonText(p, lang));
}

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
	const problems: ComparabilityProblem[] = [];
	if (!ca || !cb) {
		problems.push({ kind: 'no-criteria', a, b });
	} else {
		if (!sameSet(ca.components, cb.components)) problems.push({ kind: 'components', a: ca.components, b: cb.components });
		if (ca.window.weeks !== cb.window.weeks) problems.push({ kind: 'window', a: ca.window, b: cb.window });
		if (ca.among !== cb.among) problems.push({ kind: 'among', a: ca.among, b: cb.among });
	}
	if (problems.length === 0) return { comparable: true };
	return { comparable: false, problems, reasons: problems.map((p) => reasonText(p, DEFAULT_LANG)) };
}

/**
 * Whether an endpoint may be compared with an outcome: its own outcome must match (comparability),
 * and its source must state the criteria the match rests on. A criterion the source does not state
 * (`unstated`) makes the definition unspecified: the endpoint is refused with that reason, unless
 * the content says how the definition was matched (`unstated.basis`, a derived reading that every
 * page showing the endpoint then states).
 * e.g. a review table's "CR/CRh" without a window and without a basis → refused: "its source does
 * not state the window".
 */
export function endpointComparability(
	reference: Entry<Outcome>,
	endpoint: {
		outcome: Entry<Outcome>;
		unstated?: { criteria: readonly ('components' | 'window' | 'among')[]; basis?: unknown } | undefined;
	},
): Comparability {
	const c = comparability(reference, endpoint.outcome);
	const unstated = endpoint.unstated && !endpoint.unstated.basis ? endpoint.unstated.criteria : [];
	if (unstated.length === 0) return c;
	const problem: ComparabilityProblem = { kind: 'unstated', criteria: unstated };
	const problems = [...(c.comparable ? [] : c.problems), problem];
	return { comparable: false, problems, reasons: problems.map((p) => reasonText(p, DEFAULT_LANG)) };
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
