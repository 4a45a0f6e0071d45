import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';

const { set, issues } = await loadContent('content');

test('the real content passes every schema and check', () => {
	expect(issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)).toEqual([]);
});

test('the featured paper has the 16 authors of the register, in order, as structured names', () => {
	const p = set.publications.find((e) => e.id === 'kiyoi-2020')!.data;
	// From ../shared/reference/study-facts.md §1 (S1 author line).
	const register =
		'Hitoshi Kiyoi, Joan D. Morris, Iekuni Oh, Yoshinobu Maeda, Hironobu Minami, Toshihiro Miyamoto, Toru Sakura, Hiroatsu Iida, Catherine A. Tuglus, Yuqi Chen, Cedric Dos Santos, James Kalabus, Abraham Anderson, Tomoko Hata, Yasuhiro Nakashima, Yukio Kobayashi';
	expect(p.authors!.map((a) => `${a.given} ${a.family}`).join(', ')).toBe(register);
	expect(p.authors![10]).toEqual({ given: 'Cedric', family: 'Dos Santos' });
});

test('the permanent endpoint anchors all exist', () => {
	// Public and permanent (issue: evidence-site foundation); wikis link to these.
	const permanent = ['dlt-phase-1b', 'cr-crh-phase-1b', 'cr-crh-phase-2', 'mrd-phase-1b', 'mrd-phase-2', 'grade3-ae', 'rfs-phase-2', 'os'];
	const anchors = buildStudyView(set, 'kiyoi-2020').endpoints.map((e) => e.anchor);
	expect(anchors).toEqual(expect.arrayContaining(permanent));
});

test('every endpoint reproduces the counts of the abstract (register §2a)', () => {
	const counts = Object.fromEntries(
		buildStudyView(set, 'kiyoi-2020').endpoints.map((e) => [
			e.anchor,
			e.data.measure.kind === 'proportion'
				? `${e.data.measure.events}/${e.data.measure.denominator}`
				: String('estimate' in e.data.measure ? e.data.measure.estimate : ''),
		]),
	);
	expect(counts).toEqual({
		'dlt-phase-1b': '0/5',
		'cr-crh-phase-1b': '4/5',
		'cr-crh-phase-2': '8/21',
		'mrd-phase-1b': '4/4',
		'mrd-phase-2': '3/8',
		'grade3-ae': '25/26',
		'rfs-phase-2': '5',
		os: 'not-estimable',
	});
});
