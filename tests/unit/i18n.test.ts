import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { dictionaryProblems } from '../../src/i18n/index.ts';
import { alternates, localizeHref, splitPageId, switchPath } from '../../src/lib/i18n.ts';
import { carryHash } from '../../src/lib/lang-switch.ts';
import { formatLongDate, formatMonthYear } from '../../src/lib/dates.ts';
import { MissingTranslationError, translated, translatedList } from '../../src/lib/localize.ts';
import { loadContent } from '../helpers/load-content.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { endpointRows } from '../../src/lib/endpoints/rows.ts';
import { findEndpoint } from '../../src/lib/study.ts';
import { keyFigures } from '../../src/lib/endpoints/key-figures.ts';
import { summaryText, resultText } from '../../src/lib/endpoints/measures.ts';
import { citationLine } from '../../src/lib/citation-line.ts';
import { requireSchedule, scheduleRows } from '../../src/lib/dosing.ts';
import { fact } from '../../src/lib/facts.ts';
import { studyName } from '../../src/lib/context/studies.ts';

// --- Dictionaries -------------------------------------------------------------------------

test('the Japanese dictionary has exactly the English keys, with the same kinds of value', () => {
	expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
	expect(dictionaryProblems(ja)).toEqual([]);
});

test('the build-time dictionary check names a missing, an extra and a mistyped key', () => {
	const { colResult: _dropped, ...missing } = ja;
	expect(dictionaryProblems(missing)).toEqual(['missing key "colResult"']);
	expect(dictionaryProblems({ ...ja, extraKey: 'x' })).toEqual(['unknown key "extraKey"']);
	expect(dictionaryProblems({ ...ja, countOf: '8/21' })).toEqual(['key "countOf" is a string, expected a function']);
});

/** Every .ts/.astro file under src/ except the dictionaries themselves. */
function sourceText(dir = 'src'): string {
	let out = '';
	for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(ts|astro)$/.test(f) || f.startsWith('i18n/') || f.startsWith('i18n\\')) continue;
		out += readFileSync(join(dir, f), 'utf8');
	}
	return out;
}

/** Keys no source file reads as `.key` (d.key, t(lang).key, w.key …). */
function unusedKeys(keys: string[], source: string): string[] {
	return keys.filter((k) => !new RegExp(`\\.${k}\\b`).test(source));
}

test('every dictionary key is used somewhere in src/', () => {
	expect(unusedKeys(Object.keys(en), sourceText())).toEqual([]);
});

test('the unused-key check finds a key nothing reads', () => {
	expect(unusedKeys(['colResult', 'neverReadAnywhere'], 'const x = d.colResult;')).toEqual(['neverReadAnywhere']);
});

// --- Dates and numbers (golden values written out by hand) --------------------------------

test('dates in each language', () => {
	expect(formatLongDate('2020-01-24', 'en')).toBe('24 January 2020');
	expect(formatLongDate('2020-01-24', 'ja')).toBe('2020年1月24日');
	expect(formatLongDate('2020-04-01', 'ja')).toBe('2020年4月1日');
	expect(formatMonthYear('2015-06-04', 'en')).toBe('June 2015');
	expect(formatMonthYear('2015-06-04', 'ja')).toBe('2015年6月');
});

const { set } = loadContent('content');
const view = buildStudyView(set, 'kiyoi-2020');
const ev = (id: string) => findEndpoint(view.endpoints, id);

test('Japanese endpoint texts carry the same numbers (intervals from SciPy, see cases/clopper-pearson.yml)', () => {
	expect(summaryText(ev('cr-crh-phase-2'), 'ja')).toBe('21例中8例（38.1%、95%信頼区間 18.1%–61.6%）');
	expect(resultText(ev('cr-crh-phase-2'), 'ja')).toBe('8/21例 (38.1%)');
	expect(summaryText(ev('rfs-phase-2'), 'ja')).toBe('中央値5か月（95%信頼区間 3.5–6.4か月）');
	expect(summaryText(ev('os'), 'ja')).toBe('推定不能');
	expect(resultText(ev('rfs-phase-2'), 'en')).toBe('Median 5 months');
});

test('Japanese tables and figures use the Japanese labels from content', () => {
	const row = endpointRows(view.endpoints, 'ja').find((r) => r.anchor === 'cr-crh-phase-2')!;
	expect(row).toMatchObject({ label: '2サイクル以内のCR/CRh', part: '第2相', role: '主要評価項目', printed: '38%' });
	expect(keyFigures(view, 'ja')[1]).toMatchObject({ label: '登録患者数', value: '26', detail: '第1b相: 5 · 第2相: 21' });
	expect(keyFigures(view, 'ja')[0]).toMatchObject({ label: '2サイクル以内のCR/CRh · 第2相', primary: '主要評価項目', lead: true });
	expect(scheduleRows(requireSchedule(view.regimen!.data, 'blinatumomab-adult', 'test'), 'ja').map((r) => r.label)).toEqual([
		'サイクル1',
		'サイクル2–5',
	]);
	expect(citationLine(view, 'ja')).toBe('Cancer Science 第111巻 第4号 1314–1323頁（2020年4月1日号、オンライン公開 2020年1月24日）');
});

test('facts for Japanese prose: doses, durations and dates in Japanese, same numbers', () => {
	// Hand-written from the abstract (9 and 28 μg/day; 4 weeks on, 2 off, 6-week cycle) and the registry (start 2015-06-04).
	expect(fact(view, 'regimen.dose.start', 'ja')).toBe('9 μg/日');
	expect(fact(view, 'regimen.dose.full', 'ja')).toBe('28 μg/日');
	expect(fact(view, 'regimen.cycle.infusion', 'ja')).toBe('4週間');
	expect(fact(view, 'regimen.cycle.length', 'ja')).toBe('6週間');
	expect(fact(view, 'trial.start', 'ja')).toBe('2015年6月');
	expect(fact(view, 'regimen.dose.start', 'en')).toBe('9 μg/day');
});

test('a missing Japanese content text fails with file and field', () => {
	const part = { label: 'Phase 2' };
	const where = { file: 'content/x.yaml', field: 'population.parts[1]' };
	expect(() => translated(part, 'label', 'ja', where)).toThrow(MissingTranslationError);
	expect(() => translated(part, 'label', 'ja', where)).toThrow(/content\/x\.yaml: population\.parts\[1\]\.ja\.label/);
	expect(translated(part, 'label', 'en', where)).toBe('Phase 2');
	expect(translated({ label: 'Phase 2', ja: { label: '第2相' } }, 'label', 'ja', where)).toBe('第2相');
	const trial = { eligibility: ['a', 'b'], ja: { eligibility: ['あ'] } };
	expect(() => translatedList(trial, 'eligibility', 'ja', { file: 'content/t.yaml', field: '' })).toThrow(
		/content\/t\.yaml: ja\.eligibility/,
	);
	// An outcome without its Japanese block: the English table still builds, the Japanese one does not.
	const broken = structuredClone(set);
	const os = broken.outcomes.find((o) => o.id === 'os')!;
	delete os.data.ja;
	const v = buildStudyView(broken, 'kiyoi-2020');
	expect(endpointRows(v.endpoints, 'en')).toHaveLength(view.endpoints.length);
	expect(() => endpointRows(v.endpoints, 'ja')).toThrow(/outcomes.*ja\.label/);
});

test('a publication without its Japanese name or arm labels fails the Japanese texts, naming file and field', () => {
	const broken = structuredClone(set);
	const tower = broken.publications.find((p) => p.id === 'tower-2017')!;
	delete tower.data.ja;
	for (const part of tower.data.population!.parts) delete part.ja;
	const v = buildStudyView(broken, 'tower-2017');
	expect(studyName(v, 'en')).toBe('TOWER phase 3');
	expect(() => studyName(v, 'ja')).toThrow(/tower-2017\.yaml: ja\.shortTitle/);
	// The hazard ratio's row belongs to no arm, but its note names both: in Japanese, it needs their labels.
	const hrOnly = v.endpoints.filter((e) => e.anchor === 'os-hazard-ratio');
	expect(endpointRows(hrOnly, 'en')[0]!.notes).toContain('Blinatumomab arm against Chemotherapy arm.');
	expect(() => endpointRows(hrOnly, 'ja')).toThrow(
		/tower-2017\.yaml: population\.parts\[0\]\.ja\.label: the Japanese pages need this text/,
	);
	const ok = buildStudyView(set, 'tower-2017');
	expect(studyName(ok, 'ja')).toBe('TOWER試験（第3相）');
	const hr = endpointRows(ok.endpoints, 'ja').find((r) => r.anchor === 'os-hazard-ratio')!;
	expect(hr.notes).toContain('化学療法群に対するブリナツモマブ群の比。');
});

// --- URLs, alternates and the switch --------------------------------------------------------

test('page ids map to a language and a language-neutral slug', () => {
	expect(splitPageId('design')).toEqual({ lang: 'en', slug: 'design' });
	expect(splitPageId('ja/design')).toEqual({ lang: 'ja', slug: 'design' });
	expect(splitPageId('ja')).toEqual({ lang: 'ja', slug: 'index' });
	expect(splitPageId('index')).toEqual({ lang: 'en', slug: 'index' });
});

test('alternates list each language version and x-default (the English page)', () => {
	const ids = ['index', 'design', 'cite', 'ja', 'ja/design'];
	const both = [
		{ hreflang: 'en', path: '/design/' },
		{ hreflang: 'ja', path: '/ja/design/' },
		{ hreflang: 'x-default', path: '/design/' },
	];
	expect(alternates(ids, '/design/')).toEqual(both);
	expect(alternates(ids, '/ja/design/')).toEqual(both);
	expect(alternates(ids, '/ja/')).toEqual([
		{ hreflang: 'en', path: '/' },
		{ hreflang: 'ja', path: '/ja/' },
		{ hreflang: 'x-default', path: '/' },
	]);
	// A page not yet translated has no alternates (and so no switch).
	expect(alternates(ids, '/cite/')).toEqual([]);
});

test('links in a Japanese page stay in Japanese; the switch keeps the anchor', () => {
	expect(localizeHref('/endpoints/#os', 'ja')).toBe('/ja/endpoints/#os');
	expect(localizeHref('/', 'ja')).toBe('/ja/');
	expect(localizeHref('/ja/design/', 'ja')).toBe('/ja/design/');
	expect(localizeHref('/endpoints/', 'en')).toBe('/endpoints/');
	expect(switchPath('/ja/endpoints/', 'en')).toBe('/endpoints/');
	expect(switchPath('/endpoints/', 'ja')).toBe('/ja/endpoints/');
	expect(switchPath('/ja/', 'en')).toBe('/');
	expect(carryHash('http://x/ja/endpoints/', '#cr-crh-phase-2')).toBe('http://x/ja/endpoints/#cr-crh-phase-2');
	expect(carryHash('http://x/ja/endpoints/#old', '')).toBe('http://x/ja/endpoints/');
});
