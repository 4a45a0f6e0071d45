import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { studyRows } from '../../src/lib/context/studies.ts';
import { responseComparison } from '../../src/lib/context/responses.ts';
import { authorLine } from '../../src/lib/names.ts';
import { endpointRows } from '../../src/lib/endpoints/rows.ts';
import { FEATURED_PUBLICATION as FEATURED } from '../../src/site.ts';

// The related publications and the comparison, as rules that hold for whatever content holds: the
// values themselves are checked against the register in tests/unit/register.test.ts (through
// tests/fixtures/register.yaml), and on the pages by the gates. Adding a publication changes none
// of this file.

const { set, issues } = loadContent('content');
const views = set.publications.map((p) => buildStudyView(set, p.id));
const allEndpoints = views.flatMap((v) => v.endpoints);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const publicationOf = (ev: { id: string }) => set.publications.find((p) => p.id === ev.id.split('/')[0])!.data;
// The outcome the comparison chart is about: the featured paper's primary endpoint of its largest part.
const featured = views.find((v) => v.publication === set.publications.find((p) => p.id === FEATURED)?.data)!;
const reference = featured.endpoints.find((e) => e.data.role === 'primary' && e.outcome.data.criteria)!.outcome.id;

test('content loads cleanly, with related publications beside the featured one', () => {
	expect(issues).toEqual([]);
	expect(set.publications.map((p) => p.id)).toContain(FEATURED);
	expect(set.publications.length).toBeGreaterThan(1);
});

test('authorship: a publication says when its authors or their order are not confirmed, and names no one it cannot', () => {
	for (const { data: p, id } of set.publications) {
		const line = authorLine(p);
		if (p.authorship === 'not-confirmed') {
			expect(p.authors, id).toBeUndefined();
			expect(line, id).toMatch(/^Authors not confirmed/);
		} else {
			for (const a of p.authors ?? []) expect(line, id).toContain(a.family);
			if (p.authorship === 'order-not-confirmed') expect(line, id).toMatch(/not the published author order/);
		}
	}
});

test('a count derived from a printed percentage is explained from its numbers', () => {
	const derived = allEndpoints.filter(
		(e) => e.data.measure.kind === 'proportion' && e.data.measure.eventsBasis?.method === 'inferred-from-percent',
	);
	for (const ev of derived) {
		const m = ev.data.measure as { events: number; denominator: number; printed?: { percent: number } };
		const [row] = endpointRows([ev]);
		const note = row!.notes.join(' ');
		expect(note, ev.id).toContain('Count derived');
		expect(note, ev.id).toContain(`${m.printed?.percent}% of ${m.denominator}`);
		expect(note, ev.id).toContain(`${m.events} is the only count`);
	}
});

test('a median printed with trailing zeros keeps them, in the result and the printed value', () => {
	for (const ev of allEndpoints) {
		const m = ev.data.measure;
		if (m.kind !== 'time-to-event' || m.estimate === 'not-estimable' || m.decimals === undefined) continue;
		const [row] = endpointRows([ev]);
		expect(row!.result, ev.id).toContain(m.estimate.toFixed(m.decimals));
		expect(row!.printed, ev.id).toContain(m.estimate.toFixed(m.decimals));
	}
});

test('a hazard ratio row prints estimate, interval and P value, and names its two arms', () => {
	for (const ev of allEndpoints) {
		const m = ev.data.measure;
		if (m.kind !== 'hazard-ratio') continue;
		const [row] = endpointRows([ev]);
		expect(row!.printed, ev.id).toBe(`${m.estimate} (95% CI ${m.ci.lower}–${m.ci.upper})${m.p ? `; P ${m.p.relation} ${m.p.value}` : ''}`);
		const parts = publicationOf(ev).population!.parts;
		const label = (id: string) => parts.find((p) => p.id === id)!.label;
		expect(row!.notes, ev.id).toContain(`${label(m.treatment)} against ${label(m.control)}.`);
	}
});

test('the comparison: every response rate is on the chart or left out with reasons; the chart holds only alike outcomes', () => {
	const { included, excluded } = responseComparison(set, FEATURED, reference);
	const responses = allEndpoints.filter((e) => e.outcome.data.criteria || e.outcome.id === reference).map((e) => e.id);
	expect([...included, ...excluded].map((r) => r.ev.id).sort()).toEqual(responses.sort());
	expect(included.map((r) => r.ev.id)).toContain(`${FEATURED}/${featured.endpoints.find((e) => e.outcome.id === reference)!.anchor}`);
	for (const r of excluded) expect(r.reasons.length, r.ev.id).toBeGreaterThan(0);
	// Rows from a review or a press release are marked as secondary summaries, and only those.
	for (const r of included)
		expect(r.secondary, r.ev.id).toBe(['review-article', 'press-release'].includes(r.ev.source.sourceEntry.data.kind));
	// Every row on the chart shows an interval that contains its estimate.
	for (const r of included) expect(r.lower <= r.estimate && r.estimate <= r.upper, r.ev.id).toBe(true);
});

test('study rows say what is not known rather than filling it', () => {
	const rows = studyRows(set, FEATURED);
	expect(rows[0]!.id).toBe(FEATURED);
	expect(rows.map((r) => r.id).sort()).toEqual(set.publications.map((p) => p.id).sort());
	for (const { id, data: p } of set.publications) {
		const row = rows.find((r) => r.id === id)!;
		if (p.population) expect(row.patients, id).toBe(String(p.population.enrolled));
		else expect(row.patients, id).toBe('not confirmed by the sources read');
		if (p.design?.allocation === 'randomised') expect(row.allocation, id).toMatch(/^Randomised/);
	}
});

// --- The comparison in Japanese (the /ja/context/ page) -----------------------------------------

test('the Japanese comparison has the same rows, intervals and refusals as the English one, in Japanese labels from content', () => {
	const en = responseComparison(set, FEATURED, reference);
	const ja = responseComparison(set, FEATURED, reference, 'ja');
	const numbers = (r: { ev: { id: string }; ci: string; estimate: number; lower: number; upper: number }) => [
		r.ev.id,
		r.ci,
		r.estimate,
		r.lower,
		r.upper,
	];
	expect(ja.included.map(numbers)).toEqual(en.included.map(numbers));
	expect(ja.excluded.map((r) => [r.ev.id, r.reasons.length])).toEqual(en.excluded.map((r) => [r.ev.id, r.reasons.length]));
	expect(ja.reference.label).toBe(set.outcomes.find((o) => o.id === reference)!.data.ja!.label);
	for (const r of [...ja.included, ...ja.excluded]) {
		expect(r.study, r.ev.id).toEqual({ text: set.publications.find((p) => p.id === r.publication)!.data.ja!.shortTitle, lang: 'ja' });
		expect(r.group, r.ev.id).toMatch(JAPANESE);
		const part = publicationOf(r.ev).population?.parts.find((p) => p.id === r.ev.data.part);
		if (part) expect(r.group, r.ev.id).toBe(part.ja!.label);
	}
	for (const r of ja.excluded) for (const reason of r.reasons) expect(reason, r.ev.id).toMatch(JAPANESE);
});

test('Japanese study rows: Japanese labels from content, the same counts, unknowns said in Japanese', () => {
	const en = studyRows(set, FEATURED);
	const ja = studyRows(set, FEATURED, 'ja');
	expect(ja.map((r) => r.id)).toEqual(en.map((r) => r.id));
	// Doses are worded from the regimens in each language (tests/unit/japanese-text.test.ts checks the words).
	expect(ja.map((r) => r.dose === undefined)).toEqual(en.map((r) => r.dose === undefined));
	for (const r of ja) {
		const p = set.publications.find((x) => x.id === r.id)!.data;
		for (const cell of [r.phase, r.allocation, r.ageGroup, r.setting]) expect(cell, `${r.id}: ${cell}`).toMatch(JAPANESE);
		if (p.design?.ja?.phase) expect(r.phase, r.id).toBe(p.design.ja.phase);
		if (!p.population) {
			expect(r.patients, r.id).toMatch(JAPANESE);
			expect(r.patients, r.id).not.toMatch(/\d/);
			continue;
		}
		expect(r.patients, r.id).toBe(String(p.population.enrolled));
		for (const part of p.population.parts.length > 1 ? p.population.parts : []) {
			expect(r.patientsDetail, r.id).toContain(part.ja!.label);
			expect(r.patientsDetail, r.id).toContain(String(part.n));
		}
	}
});

test('a study without its Japanese name or Japanese phase fails the Japanese rows, naming file and field', () => {
	const broken = structuredClone(set);
	const other = broken.publications.find((p) => p.id !== FEATURED && p.data.design)!;
	delete other.data.ja;
	expect(() => studyRows(broken, FEATURED, 'ja')).toThrow(new RegExp(`${other.id}\\.yaml: ja\\.shortTitle`));
	other.data.ja = { shortTitle: '仮の名前' };
	delete other.data.design!.ja;
	expect(() => studyRows(broken, FEATURED, 'ja')).toThrow(new RegExp(`${other.id}.*design\\.ja\\.phase`));
	expect(studyRows(broken, FEATURED, 'en')).toHaveLength(set.publications.length);
});
