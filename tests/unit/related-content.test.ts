import { expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { responseComparison, studyRows } from '../../src/lib/context.ts';
import { authorLine } from '../../src/lib/names.ts';
import { endpointRows } from '../../src/lib/endpoint-text.ts';

// Golden values: ../shared/reference/study-facts.md §3 (section named beside each test).
const { set, issues } = await loadContent('content');
const pub = (id: string) => set.publications.find((p) => p.id === id)!.data;
const measures = (id: string) =>
	Object.fromEntries(
		buildStudyView(set, id).endpoints.map((e) => {
			const m = e.data.measure;
			const v =
				m.kind === 'proportion'
					? `${m.events}/${m.denominator}`
					: m.kind === 'reported-percent'
						? `${m.percent}%${m.ci ? ` (${m.ci.lower}–${m.ci.upper})` : ''}`
						: m.kind === 'hazard-ratio'
							? `HR ${m.estimate} (${m.ci.lower}–${m.ci.upper})`
							: `median ${m.estimate}`;
			return [e.anchor, v];
		}),
	);

test('content loads cleanly', () => {
	expect(issues).toEqual([]);
});

test('paediatric phase 1b (§3a): identifiers, no authors, derived M1 count 5/9 from 56%', () => {
	const p = pub('paediatric-phase-1b-2020');
	expect(p.identifiers).toEqual({ doi: '10.1007/s12185-020-02907-9', pmid: '32564243' });
	expect([p.volume, p.issue, p.pages]).toEqual(['112', '2', { first: '223', last: '233' }]);
	expect(p.dates).toEqual({ online: '2020-06-20', issueMonth: '2020-08' });
	expect(p.authorship).toBe('not-confirmed');
	expect(p.authors).toBeUndefined();
	expect(authorLine(p)).toMatch(/^Authors not confirmed/);
	expect(measures('paediatric-phase-1b-2020')).toEqual({ 'm1-remission': '5/9' });
	const [row] = endpointRows(buildStudyView(set, 'paediatric-phase-1b-2020').endpoints);
	expect(row!.notes.join(' ')).toContain('Count derived: the source gives only 56% of 9; 5 is the only count');
});

test('expansion cohort (§3e): counts per age group', () => {
	expect(pub('expansion-cohort-2022').identifiers).toEqual({ doi: '10.1159/000525835', pmid: '35790143' });
	expect(measures('expansion-cohort-2022')).toEqual({
		'cr-crh-adults': '11/14',
		'cr-crh-children': '5/17',
		'grade3-teae-adults': '11/14',
		'grade3-teae-children': '15/17',
		'mrd-adults': '9/10',
		'mrd-children': '2/5',
	});
});

test('MT103-211 / Topp 2015 (§3b): no n/N, no authors, no issue or pages; CR/CRh only as the review prints it', () => {
	const p = pub('mt103-211-2015');
	expect(p.population).toBeUndefined();
	expect(p.authors).toBeUndefined();
	expect([p.issue, p.pages]).toEqual([undefined, undefined]);
	expect(p.identifiers).toEqual({ doi: '10.1016/S1470-2045(14)71170-2', pmid: '25524800', nct: 'NCT01466179' });
	expect(measures('mt103-211-2015')).toEqual({ 'cr-crh': '43% (36–50)', os: 'median 6' });
});

test('TOWER (§3c): no PMID, authors flagged as not in published order, arms and hazard ratio', () => {
	const p = pub('tower-2017');
	expect(p.identifiers.pmid).toBeUndefined();
	expect(p.identifiers.pmcid).toBe('PMC5881572');
	expect(p.authorship).toBe('order-not-confirmed');
	expect(p.authors).toHaveLength(26);
	expect(authorLine(p)).toMatch(/not the published author order/);
	expect(p.population?.parts.map((x) => [x.id, x.n])).toEqual([
		['blinatumomab', 271],
		['chemotherapy', 134],
	]);
	expect(measures('tower-2017')).toEqual({
		'os-blinatumomab': 'median 7.7',
		'os-chemotherapy': 'median 4',
		// printed "4.0 months": see the decimals test below
		'os-hazard-ratio': 'HR 0.71 (0.55–0.93)',
		'cr-12-weeks-blinatumomab': '34%',
		'cr-12-weeks-chemotherapy': '16%',
		'cr-crh-cri-12-weeks-blinatumomab': '44%',
		'cr-crh-cri-12-weeks-chemotherapy': '25%',
		'cr-crh-blinatumomab': '42% (37–49)',
		'grade3-ae-blinatumomab': '231/267',
		'grade3-ae-chemotherapy': '100/109',
	});
});

test('journals of the related papers carry no ISSN (none is in the register)', () => {
	for (const id of ['int-j-hematol', 'acta-haematol', 'lancet-oncol', 'n-engl-j-med']) {
		const j = set.journals.find((e) => e.id === id)!.data;
		expect(j.issn, id).toEqual({});
		expect(j.title, id).toBeUndefined();
	}
});

test('the comparison chart holds exactly the CR/CRh-within-two-cycles rows, with the review rows marked secondary', () => {
	const { included, excluded } = responseComparison(set, 'kiyoi-2020', 'cr-crh-two-cycles');
	expect(included.map((r) => [r.ev.id, r.secondary])).toEqual([
		['kiyoi-2020/cr-crh-phase-1b', false],
		['kiyoi-2020/cr-crh-phase-2', false],
		['mt103-211-2015/cr-crh', true],
		['tower-2017/cr-crh-blinatumomab', true],
		['expansion-cohort-2022/cr-crh-adults', false],
		['expansion-cohort-2022/cr-crh-children', false],
	]);
	// 8/21: exact interval 18.1%–61.6% (SciPy, tests/unit/cases/clopper-pearson.yml)
	const p2 = included.find((r) => r.ev.id === 'kiyoi-2020/cr-crh-phase-2')!;
	expect([p2.lower.toFixed(1), p2.upper.toFixed(1)]).toEqual(['18.1', '61.6']);
	expect(excluded.map((r) => r.ev.id).sort()).toEqual([
		'paediatric-phase-1b-2020/m1-remission',
		'tower-2017/cr-12-weeks-blinatumomab',
		'tower-2017/cr-12-weeks-chemotherapy',
		'tower-2017/cr-crh-cri-12-weeks-blinatumomab',
		'tower-2017/cr-crh-cri-12-weeks-chemotherapy',
	]);
});

test('study rows say what is not known rather than filling it', () => {
	const rows = studyRows(set, 'kiyoi-2020');
	expect(rows[0]!.id).toBe('kiyoi-2020');
	expect(rows.find((r) => r.id === 'mt103-211-2015')!.patients).toBe('not confirmed by the sources read');
	expect(rows.find((r) => r.id === 'tower-2017')!.allocation).toMatch(/^Randomised/);
});

test('a median printed with a trailing zero keeps it ("4.0 months", S18)', () => {
	const ev = buildStudyView(set, 'tower-2017').endpoints.find((e) => e.anchor === 'os-chemotherapy')!;
	const [row] = endpointRows([ev]);
	expect([row!.result, row!.printed]).toEqual(['Median 4.0 months', '4.0 months']);
});

test('the hazard ratio row names its arms and prints its P value (S18: 0.71, 0.55–0.93, P = 0.01)', () => {
	const ev = buildStudyView(set, 'tower-2017').endpoints.find((e) => e.anchor === 'os-hazard-ratio')!;
	const [row] = endpointRows([ev]);
	expect(row!.printed).toBe('0.71 (95% CI 0.55–0.93); P = 0.01');
	expect(row!.notes).toContain('Blinatumomab arm against Chemotherapy arm.');
});

// --- The comparison in Japanese (the /ja/context/ page) -----------------------------------------

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('the Japanese comparison has the same rows, intervals and refusals as the English one', () => {
	const en = responseComparison(set, 'kiyoi-2020', 'cr-crh-two-cycles');
	const ja = responseComparison(set, 'kiyoi-2020', 'cr-crh-two-cycles', 'ja');
	const numbers = (r: { ev: { id: string }; ci: string; estimate: number; lower: number; upper: number }) => [
		r.ev.id,
		r.ci,
		r.estimate,
		r.lower,
		r.upper,
	];
	expect(ja.included.map(numbers)).toEqual(en.included.map(numbers));
	expect(ja.excluded.map((r) => [r.ev.id, r.reasons.length])).toEqual(en.excluded.map((r) => [r.ev.id, r.reasons.length]));
	// Golden values: MT103-211 43% (36–50) and TOWER 42% (37–49) from S20 (register §3b, §3c).
	expect(ja.included.find((r) => r.ev.id === 'mt103-211-2015/cr-crh')!.ci).toBe('36%–50%');
	expect(ja.included.find((r) => r.ev.id === 'tower-2017/cr-crh-blinatumomab')!.ci).toBe('37%–49%');
	// Labels come from the content's Japanese blocks.
	expect(ja.reference.label).toBe(set.outcomes.find((o) => o.id === 'cr-crh-two-cycles')!.data.ja!.label);
	expect(ja.included.find((r) => r.ev.id === 'tower-2017/cr-crh-blinatumomab')!.group).toBe(
		pub('tower-2017').population!.parts.find((p) => p.id === 'blinatumomab')!.ja!.label,
	);
	for (const r of [...ja.included, ...ja.excluded]) {
		expect(r.study, r.ev.id).toEqual({ text: set.publications.find((p) => p.id === r.publication)!.data.ja!.shortTitle, lang: 'ja' });
		expect(r.group, r.ev.id).toMatch(JAPANESE);
	}
	for (const r of ja.excluded) for (const reason of r.reasons) expect(reason, r.ev.id).toMatch(JAPANESE);
});

test('Japanese study rows: Japanese labels from content, the same counts, unknowns said in Japanese', () => {
	const en = studyRows(set, 'kiyoi-2020');
	const ja = studyRows(set, 'kiyoi-2020', 'ja');
	expect(ja.map((r) => r.id)).toEqual(en.map((r) => r.id));
	// Doses are worded from the regimens in each language (tests/unit/japanese-text.test.ts checks the words).
	expect(ja.map((r) => r.dose === undefined)).toEqual(en.map((r) => r.dose === undefined));
	const tower = ja.find((r) => r.id === 'tower-2017')!;
	// Register §3c: 405 randomised, 271 to blinatumomab, 134 to chemotherapy.
	expect(tower.patients).toBe('405');
	expect(tower.patientsDetail).toContain('271');
	expect(tower.patientsDetail).toContain('134');
	expect(tower.patientsDetail).toContain(pub('tower-2017').population!.parts.find((p) => p.id === 'chemotherapy')!.ja!.label);
	expect(tower.phase).toBe(pub('tower-2017').design!.ja!.phase);
	const mt = ja.find((r) => r.id === 'mt103-211-2015')!;
	expect(mt.patients).toMatch(JAPANESE);
	expect(mt.patients).not.toMatch(/\d/);
	for (const r of ja) for (const cell of [r.phase, r.allocation, r.ageGroup, r.setting]) expect(cell, `${r.id}: ${cell}`).toMatch(JAPANESE);
});

test('a study without its Japanese name or Japanese phase fails the Japanese rows, naming file and field', () => {
	const broken = structuredClone(set);
	const tower = broken.publications.find((p) => p.id === 'tower-2017')!.data;
	delete tower.ja;
	expect(() => studyRows(broken, 'kiyoi-2020', 'ja')).toThrow(/tower-2017\.yaml: ja\.shortTitle/);
	tower.ja = { shortTitle: 'TOWER' };
	delete tower.design!.ja;
	expect(() => studyRows(broken, 'kiyoi-2020', 'ja')).toThrow(/tower-2017.*design\.ja\.phase/);
	expect(studyRows(broken, 'kiyoi-2020', 'en')).toHaveLength(5);
});
