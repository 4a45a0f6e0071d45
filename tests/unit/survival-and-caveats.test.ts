import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { endpointComparability } from '../../src/lib/comparability.ts';
import type { ContentSet } from '../../src/lib/content-set.ts';
import { survivalComparison } from '../../src/lib/context/survival.ts';
import { endpointCaveats } from '../../src/lib/endpoints/caveats.ts';
import { isSecondarySummary } from '../../src/lib/endpoints/explanations.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { FEATURED_PUBLICATION, SURVIVAL_OUTCOME } from '../../src/site.ts';

const { set } = loadContent('content');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const allViews = () => set.publications.map((p) => buildStudyView(set, p.id));

// --- Caveats: invariants over whatever the content holds --------------------------------------

test('every endpoint has at most one caveat of each kind, each with a short label and a full text, in every language', () => {
	for (const view of allViews()) {
		for (const ev of view.endpoints) {
			for (const lang of LANGS) {
				const caveats = endpointCaveats(ev, lang);
				const kinds = caveats.map((c) => c.kind);
				expect(new Set(kinds).size, ev.id).toBe(kinds.length);
				for (const c of caveats) {
					expect(c.short.trim(), `${ev.id} ${c.kind}`).not.toBe('');
					expect(c.text.length, `${ev.id} ${c.kind}`).toBeGreaterThan(c.short.length);
					if (lang === 'ja') expect(c.text, `${ev.id} ${c.kind}`).toMatch(JAPANESE);
				}
			}
		}
	}
});

test('a number from a review or a press release, a worked-out denominator or count, or a matched definition always carries its caveat', () => {
	let seen = 0;
	for (const view of allViews()) {
		for (const ev of view.endpoints) {
			const kinds = endpointCaveats(ev).map((c) => c.kind);
			const m = ev.data.measure;
			const expected = [
				m.kind === 'proportion' && m.denominatorBasis
					? m.denominatorBasis.method === 'part-size'
						? 'denominator-assumed'
						: 'denominator-derived'
					: null,
				m.kind === 'proportion' && m.eventsBasis ? 'count-derived' : null,
				isSecondarySummary(ev.source.sourceEntry.data) ? 'secondary-source' : null,
				ev.data.unstated?.basis ? 'definition-matched' : null,
			].filter(Boolean);
			expect(kinds, ev.id).toEqual(expected);
			seen += kinds.length;
		}
	}
	// The real content has caveats of several kinds; a set without any would make this test vacuous.
	expect(seen).toBeGreaterThan(0);
});

// --- A definition the source does not state ----------------------------------------------------

test('an endpoint whose source leaves part of its definition unstated is refused, unless the content says how it was matched', () => {
	const reference = set.outcomes.find((o) => o.id === 'cr-crh-two-cycles')!;
	const endpoint = { outcome: reference, unstated: { criteria: ['window'] as const } };
	const refused = endpointComparability(reference, endpoint);
	expect(refused.comparable).toBe(false);
	expect(!refused.comparable && refused.reasons).toEqual([
		'its source does not state the assessment window of its definition, and nothing says how it was matched',
	]);
	expect(endpointComparability(reference, { ...endpoint, unstated: { ...endpoint.unstated, basis: {} } })).toEqual({ comparable: true });
	expect(endpointComparability(reference, { outcome: reference })).toEqual({ comparable: true });
});

test('a definition left unstated adds its reason to a mismatch rather than hiding it', () => {
	const reference = set.outcomes.find((o) => o.id === 'cr-crh-two-cycles')!;
	const other = set.outcomes.find((o) => o.id === 'cr-12-weeks')!;
	const c = endpointComparability(reference, { outcome: other, unstated: { criteria: ['window', 'among'] } });
	expect(!c.comparable && c.problems.map((p) => p.kind)).toEqual(['components', 'unstated']);
	expect(!c.comparable && c.reasons[1]).toContain('assessment window or the patients counted');
});

// --- Survival side by side ---------------------------------------------------------------------

test('every survival result is listed once, and a hazard ratio is never set beside a single-arm median', () => {
	for (const lang of LANGS) {
		const rows = survivalComparison(set, FEATURED_PUBLICATION, SURVIVAL_OUTCOME, lang);
		const timeResults = set.endpoints.filter((e) => e.data.measure.kind === 'time-to-event' || e.data.measure.kind === 'hazard-ratio');
		expect(rows.map((r) => r.ev.id).sort()).toEqual(timeResults.map((e) => e.id).sort());
		for (const r of rows) {
			if (r.ev.data.measure.kind === 'hazard-ratio') expect(r.reasons.length, r.ev.id).toBeGreaterThan(0);
			if (isSecondarySummary(r.ev.source.sourceEntry.data)) expect(r.caveats.map((c) => c.kind)).toContain('secondary-source');
			if (lang === 'ja') for (const reason of r.reasons) expect(reason).toMatch(JAPANESE);
		}
	}
});

/** The content with the featured paper's overall survival replaced by an estimable median (a hand-made case). */
function withEstimableReference(): ContentSet {
	const endpoints = set.endpoints.map((e) =>
		e.data.publication.id === FEATURED_PUBLICATION && e.data.outcome.id === SURVIVAL_OUTCOME
			? {
					...e,
					data: {
						...e.data,
						measure: { kind: 'time-to-event' as const, statistic: 'median' as const, estimate: 9, unit: 'months' as const },
					},
				}
			: e,
	);
	return { ...set, endpoints } as ContentSet;
}

test('with an estimable reference median, a randomised arm measuring the same outcome in a paper is no longer refused for it', () => {
	const before = survivalComparison(set, FEATURED_PUBLICATION, SURVIVAL_OUTCOME);
	const after = survivalComparison(withEstimableReference(), FEATURED_PUBLICATION, SURVIVAL_OUTCOME);
	const arm = (rows: typeof before) =>
		rows.filter(
			(r) =>
				!r.featured &&
				r.ev.data.measure.kind === 'time-to-event' &&
				r.ev.outcome.id === SURVIVAL_OUTCOME &&
				!isSecondarySummary(r.ev.source.sourceEntry.data),
		);
	expect(arm(before).length).toBeGreaterThan(0);
	for (const r of arm(before)) expect(r.reasons.join(), r.ev.id).toContain('was not estimable');
	for (const r of arm(after)) expect(r.reasons, `${r.ev.id}: ${r.reasons.join()}`).toEqual([]);
});
