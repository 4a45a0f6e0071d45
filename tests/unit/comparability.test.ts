import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { assertComparable, comparability, comparabilityReasons, duplicateDefinitions } from '../../src/lib/comparability.ts';
import type { Entry } from '../../src/lib/content-set.ts';
import type { Outcome } from '../../src/schemas/outcome.ts';

const { set } = loadContent('content');
const outcome = (id: string) => set.outcomes.find((o) => o.id === id)!;

test('CR/CRh within two cycles is comparable with itself', () => {
	expect(comparability(outcome('cr-crh-two-cycles'), outcome('cr-crh-two-cycles'))).toEqual({ comparable: true });
});

test('CR/CRh within two cycles is not CR/CRh/CRi: CRi is an extra response category', () => {
	const c = comparability(outcome('cr-crh-two-cycles'), outcome('cr-crh-cri-12-weeks'));
	expect(c.comparable).toBe(false);
	expect(!c.comparable && c.reasons).toEqual(['they count different responses (CR, CRh vs CR, CRh, CRi)']);
});

test('CR within 12 weeks is refused for its response categories, not its window (two 6-week cycles = 12 weeks)', () => {
	const c = comparability(outcome('cr-crh-two-cycles'), outcome('cr-12-weeks'));
	expect(c.comparable).toBe(false);
	expect(!c.comparable && c.reasons).toEqual(['they count different responses (CR, CRh vs CR)']);
});

test('M1 remission is not CR/CRh', () => {
	const c = comparability(outcome('m1-remission-two-cycles'), outcome('cr-crh-two-cycles'));
	expect(c.comparable).toBe(false);
	expect(!c.comparable && c.reasons.join()).toContain('M1-marrow vs CR, CRh');
});

test('different windows and different populations are each named as a reason', () => {
	const base = outcome('cr-crh-two-cycles');
	const other: Entry<Outcome> = {
		id: 'cr-crh-eight-weeks-evaluable',
		data: { ...base.data, criteria: { components: ['CRh', 'CR'], window: { label: 'eight weeks', weeks: 8 }, among: 'evaluable' } },
	};
	const c = comparability(base, other);
	expect(!c.comparable && c.reasons).toEqual([
		'they assess response over different windows (the first two cycles, 12 weeks, vs eight weeks, 8 weeks)',
		'they count among different patients (all-in-part vs evaluable)',
	]);
});

test('outcomes without a structured definition only match themselves', () => {
	expect(comparability(outcome('grade3-ae'), outcome('grade3-teae')).comparable).toBe(false);
	expect(comparability(outcome('os'), outcome('os')).comparable).toBe(true);
});

test('assertComparable throws a clear reason for a mismatched pair', () => {
	expect(() => assertComparable(outcome('cr-crh-two-cycles'), outcome('cr-12-weeks'), 'forest chart')).toThrow(
		'forest chart: "CR/CRh within two cycles" cannot be compared with "CR within 12 weeks": they count different responses (CR, CRh vs CR).',
	);
	expect(() => assertComparable(outcome('cr-crh-two-cycles'), outcome('cr-crh-two-cycles'), 'x')).not.toThrow();
});

test('the same definition under two ids is flagged; the real outcomes have none', () => {
	const base = outcome('cr-crh-two-cycles');
	expect(duplicateDefinitions([base, { id: 'copy', data: base.data }])).toEqual([['cr-crh-two-cycles', 'copy']]);
	expect(duplicateDefinitions(set.outcomes)).toEqual([]);
});

// --- The same decision in Japanese ------------------------------------------------------------

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('the refusal is data (problems), and every language words the same problems', () => {
	const c = comparability(outcome('cr-crh-two-cycles'), outcome('cr-12-weeks'));
	expect(!c.comparable && c.problems).toEqual([{ kind: 'components', a: ['CR', 'CRh'], b: ['CR'] }]);
	expect(comparabilityReasons(c, 'en')).toEqual(['they count different responses (CR, CRh vs CR)']);
	const [ja] = comparabilityReasons(c, 'ja');
	expect(ja).toMatch(JAPANESE);
	expect(ja).toContain('CR・CRh');
	expect(ja).not.toMatch(/\b(they|vs|count)\b/);
	expect(comparabilityReasons(comparability(outcome('os'), outcome('os')), 'ja')).toEqual([]);
});

test('Japanese reasons name the windows in weeks and the patients, one reason per problem', () => {
	const base = outcome('cr-crh-two-cycles');
	const other: Entry<Outcome> = {
		id: 'cr-crh-eight-weeks-evaluable',
		data: { ...base.data, criteria: { components: ['CRh', 'CR'], window: { label: 'eight weeks', weeks: 8 }, among: 'evaluable' } },
	};
	const ja = comparabilityReasons(comparability(base, other), 'ja');
	expect(ja).toHaveLength(2);
	expect(ja[0]).toContain('12週間');
	expect(ja[0]).toContain('8週間');
	expect(ja[1]).toContain('評価可能な患者');
	for (const r of ja) expect(r).toMatch(JAPANESE);
});

test('for every pair of real outcomes, the Japanese reasons match the English ones in number', () => {
	for (const a of set.outcomes) {
		for (const b of set.outcomes) {
			const c = comparability(a, b);
			if (c.comparable) continue;
			// Outcomes without a Japanese label cannot be named in Japanese: that fails (MissingTranslationError).
			if (c.problems.some((p) => p.kind === 'no-criteria') && (!a.data.ja || !b.data.ja)) {
				expect(() => comparabilityReasons(c, 'ja')).toThrow(/ja\.label/);
				continue;
			}
			const ja = comparabilityReasons(c, 'ja');
			expect(ja, `${a.id} / ${b.id}`).toHaveLength(c.reasons.length);
			for (const r of ja) expect(r, `${a.id} / ${b.id}`).toMatch(JAPANESE);
		}
	}
});
