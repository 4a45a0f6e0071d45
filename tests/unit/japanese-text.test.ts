// Japanese from data: doses worded from the regimens, source locators and notes, source titles,
// ASJC names and author lists. Golden values are written by hand from the register
// (../shared/reference/study-facts.md, section named beside each); each check is also shown failing.
import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { endpointRows } from '../../src/lib/endpoints/rows.ts';
import { regimenSentences, studyDoseText } from '../../src/lib/regimen-text.ts';
import { provenanceRows } from '../../src/lib/provenance.ts';
import { MissingTranslationError, provenanceInLang, sourceInLang, sourceLabel } from '../../src/lib/localize.ts';
import { asjcName } from '../../src/lib/asjc.ts';
import { authorListParts, formatAuthorList } from '../../src/lib/names.ts';
import { studyRows } from '../../src/lib/context/studies.ts';
import { isScheduled } from '../../src/schemas/regimen.ts';

const { set, issues } = loadContent('content');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** An English word of two letters or more ("μg" and "m²" are units, not words). */
const ENGLISH_WORD = /[A-Za-z]{2,}/;
const regimen = (id: string) => set.regimens.find((r) => r.id === id)!;

test('content loads cleanly', () => {
	expect(issues).toEqual([]);
});

test('the Horai adult schedule in words (register §4: 9 then 28 μg/day, 4 weeks on, 2 off; S5: up to 5 cycles)', () => {
	const r = regimen('blinatumomab-adult');
	expect(regimenSentences(r, 'en')).toEqual([
		'Cycle 1: 9 μg/day in week 1, 28 μg/day in weeks 2–4',
		'Cycles 2–5: 28 μg/day in weeks 1–4',
		'6-week cycles: 4 weeks of continuous intravenous infusion, then 2 weeks off',
		'Up to 5 cycles in all',
	]);
	expect(regimenSentences(r, 'ja')).toEqual([
		'サイクル1：第1週は9 μg/日、第2–4週は28 μg/日',
		'サイクル2–5：第1–4週は28 μg/日',
		'1サイクル6週間（持続静脈内投与4週間、休薬2週間）',
		'最大5サイクル',
	]);
});

test('a study known only by its dose ranges, part by part (register §3e: adults 9–28 μg/day, children 5–15 μg/m²/day; §2d: up to 5 cycles)', () => {
	const view = buildStudyView(set, 'expansion-cohort-2022');
	expect(studyDoseText(view, 'en')).toBe('Adults — 9–28 μg/day. Up to 5 cycles in all. Children — 5–15 μg/m²/day. Up to 5 cycles in all.');
	expect(studyDoseText(view, 'ja')).toBe('［成人］9–28 μg/日。最大5サイクル。［小児］5–15 μg/m²/日。最大5サイクル。');
});

test('an arm without doses in the sources says so (register §3c: the chemotherapy arm has no doses)', () => {
	const view = buildStudyView(set, 'tower-2017');
	expect(studyDoseText(view, 'en')).toMatch(/^Blinatumomab arm — Cycle 1: 9 μg\/day in week 1, 28 μg\/day in weeks 2–4\. /);
	expect(studyDoseText(view, 'en')).toMatch(/Chemotherapy arm — no doses in the sources read\.$/);
	expect(studyDoseText(view, 'ja')).toMatch(/［化学療法群］参照した資料に用量の記載なし。$/);
	// S23 gives no route and no largest number of cycles: none is said.
	expect(studyDoseText(view, 'en')).not.toMatch(/intravenous|Up to/);
});

test('every study dose is Japanese on Japanese pages, with the same dose numbers as in English', () => {
	const en = studyRows(set, 'kiyoi-2020', 'en');
	const ja = studyRows(set, 'kiyoi-2020', 'ja');
	for (const [i, row] of ja.entries()) {
		const view = buildStudyView(set, row.id);
		if (view.regimens.length === 0) {
			expect(row.dose, row.id).toBeUndefined();
			continue;
		}
		expect(row.dose, row.id).toMatch(JAPANESE);
		expect(row.dose, row.id).not.toMatch(ENGLISH_WORD);
		for (const { entry } of view.regimens) {
			const doses = isScheduled(entry.data) ? entry.data.steps.map((s) => s.dose) : [entry.data.doseRange!.from, entry.data.doseRange!.to];
			for (const dose of doses) {
				// The number on its own (9 in "9–28 μg/day" or "9 μg/day", never inside 19 or 9.5).
				const number = new RegExp(`(^|[^\\d.])${dose}(?![\\d.])`);
				expect(en[i]!.dose, `${row.id}: ${dose}`).toMatch(number);
				expect(row.dose, `${row.id}: ${dose}`).toMatch(number);
			}
		}
	}
});

test('a regimen whose route has no Japanese version fails the Japanese text, naming file and field', () => {
	const r = structuredClone(regimen('mt103-211'));
	delete r.data.ja!.route;
	expect(() => regimenSentences(r, 'ja')).toThrow(MissingTranslationError);
	expect(() => regimenSentences(r, 'ja')).toThrow(/mt103-211\.yaml: ja\.route/);
	expect(regimenSentences(r, 'en')).toContain('6-week cycles: 4 weeks of continuous intravenous infusion, then 2 weeks off');
});

test('source cells on Japanese pages: locators in Japanese (quoting the source in English), no English locator left', () => {
	for (const id of set.publications.map((p) => p.id)) {
		const view = buildStudyView(set, id);
		const ja = endpointRows(view.endpoints, 'ja');
		for (const [i, row] of ja.entries()) {
			expect(row.locator, `${id}/${row.anchor}`).toMatch(JAPANESE);
			expect(row.locator, `${id}/${row.anchor}`).not.toBe(endpointRows(view.endpoints, 'en')[i]!.locator);
		}
	}
	const dlt = endpointRows(buildStudyView(set, 'kiyoi-2020').endpoints, 'ja').find((r) => r.anchor === 'dlt-phase-1b')!;
	expect(dlt.locator).toBe('抄録（"There were no DLT"）');
});

test('provenance tables in Japanese: every locator and note translated', () => {
	for (const [collection, entries] of [
		['publications', set.publications],
		['journals', set.journals],
		['trials', set.trials],
		['regimens', set.regimens],
	] as const) {
		for (const entry of entries) {
			const en = provenanceRows(set, collection, entry as never, 'en');
			const ja = provenanceRows(set, collection, entry as never, 'ja');
			for (const [i, row] of ja.entries()) {
				expect(row.locator, `${entry.id} ${row.field}`).toMatch(JAPANESE);
				expect(!!row.note, `${entry.id} ${row.field}`).toBe(!!en[i]!.note);
				if (row.note) expect(row.note, `${entry.id} ${row.field}`).toMatch(JAPANESE);
			}
		}
	}
});

test('a provenance entry without its Japanese locator fails, naming file and field', () => {
	const p = { locator: 'abstract', note: 'A note.' };
	expect(() => provenanceInLang(p, 'ja', { file: 'content/x.yaml', field: 'provenance.title' })).toThrow(
		/content\/x\.yaml: provenance\.title\.ja\.locator/,
	);
	expect(() => provenanceInLang({ ...p, ja: { locator: '抄録' } }, 'ja', { file: 'content/x.yaml', field: 'source' })).toThrow(
		/content\/x\.yaml: source\.ja\.note/,
	);
	expect(provenanceInLang(p, 'en', { file: 'content/x.yaml', field: 'source' })).toEqual(p);
});

test('the source register in Japanese: titles and notes translated, word labels too, ids as they are', () => {
	for (const s of set.sources) {
		const ja = sourceInLang(s.data, 'ja');
		expect(ja.title, s.id).toMatch(JAPANESE);
		expect(!!ja.note, s.id).toBe(!!s.data.note);
		// "S1" stays S1; "Seed" has a Japanese label.
		const label = sourceLabel(s.data, 'ja');
		expect(/^S\d+$/.test(label) || JAPANESE.test(label), `${s.id}: ${label}`).toBe(true);
	}
	expect(() => sourceInLang({ id: 's99', title: 'A source' }, 'ja')).toThrow(/sources\.yaml: ja\.title \(entry "s99"\)/);
});

test("ASJC names in Japanese are the site's translation, with the English name beside them", () => {
	for (const a of set.asjc) {
		expect(a.data.ja?.basis, a.id).toBe('site-translation');
		expect(asjcName(a.id, a.data.label, a.data.ja?.label, 'ja')).toEqual({ text: a.data.ja!.label, english: a.data.label });
		expect(asjcName(a.id, a.data.label, a.data.ja?.label, 'en')).toEqual({ text: a.data.label });
	}
	expect(() => asjcName('2730', 'Oncology', undefined, 'ja')).toThrow(/asjc\.yaml: ja\.label \(entry "2730"\)/);
});

test('author lists: "and" in English, the Japanese list separator in Japanese (no English word between names)', () => {
	const names = [
		{ given: 'Hitoshi', family: 'Kiyoi' },
		{ given: 'Joan D.', family: 'Morris' },
		{ given: 'Iekuni', family: 'Oh' },
	];
	expect(formatAuthorList(names, 'en')).toBe('Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh');
	expect(formatAuthorList(names, 'ja')).toBe('Hitoshi Kiyoi、Joan D. Morris、Iekuni Oh');
	for (const p of authorListParts(names, 'ja')) expect(p.sep).not.toMatch(ENGLISH_WORD);
});
