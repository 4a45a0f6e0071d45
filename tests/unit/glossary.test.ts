// The Japanese glossary (content/glossary.yaml): one term per concept in every Japanese text of
// the site, and prose in the polite style. Both checks are shown failing on broken input below.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { type JapaneseText, findingLine, glossaryFindings, plainStyleFindings } from '../../src/lib/glossary.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { ROOT } from '../helpers/load-content.ts';
import { contentTexts, dictionaryTexts, japaneseTexts, pageTexts } from '../helpers/japanese-texts.ts';

const read = () => {
	const parsed = parseYaml(readFileSync('content/glossary.yaml', 'utf8'), 'content/glossary.yaml');
	if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
	return glossarySchema.parse(parsed.data);
};
const glossary = read();
const texts = japaneseTexts(ROOT, glossary.appliesFrom);
const text = (t: string, prose = true): JapaneseText => ({ file: 'content/example.yaml', where: 'ja.note', text: t, prose });

describe('the glossary', () => {
	test('every Japanese text uses the preferred terms', () => {
		expect(glossaryFindings(glossary, texts).map(findingLine)).toEqual([]);
	});

	test('Japanese prose is written in です/ます, never mixed with the plain style', () => {
		expect(plainStyleFindings(texts).map(findingLine)).toEqual([]);
	});

	test('the scan reaches every place Japanese is written', () => {
		// The dictionary, each content collection that has Japanese fields, and every Japanese page.
		expect(dictionaryTexts(ROOT, 'src/i18n/ja.ts').some((t) => t.text.includes('評価項目'))).toBe(true);
		const files = new Set(contentTexts(ROOT, glossary.appliesFrom).map((t) => t.file.split('/')[1]!.replace(/\.yaml$/, '')));
		for (const collection of [
			'outcomes.yaml',
			'sources.yaml',
			'asjc.yaml',
			'endpoints',
			'publications',
			'trials',
			'regimens',
			'registrations',
		])
			expect(files, collection).toContain(collection.replace(/\.yaml$/, ''));
		const pages = readdirSync('content/pages/ja').filter((f) => f.endsWith('.mdx'));
		expect(new Set(pageTexts(ROOT).map((t) => t.file))).toEqual(new Set(pages.map((f) => `content/pages/ja/${f}`)));
		// Comments of ja.ts are not texts of the site.
		expect(dictionaryTexts(ROOT, 'src/i18n/ja.ts').some((t) => t.text.includes('キーは英語版'))).toBe(false);
	});

	test('a variant is refused, naming file, field and text, with the term to write instead', () => {
		const findings = glossaryFindings(glossary, [
			text('再発または治療抵抗性のALLの成人を対象とした。'),
			text('前半（第1b相）と後半（第2相）'),
		]);
		expect(findings.map(findingLine)).toEqual([
			'content/example.yaml: ja.note: uses 「再発または治療抵抗性」 in 「再発または治療抵抗性のALLの成人を対象とした。」: write 「再発・難治性」 (relapsed or refractory (R/R))',
			'content/example.yaml: ja.note: uses 「前半」 in 「前半（第1b相）と後半（第2相）」: write 「第1b相パート」 (a part of the study (phase 1b part, phase 2 part))',
			'content/example.yaml: ja.note: uses 「後半」 in 「前半（第1b相）と後半（第2相）」: write 「第1b相パート」 (a part of the study (phase 1b part, phase 2 part))',
		]);
		// The issue's own examples: the DLT called a serious side effect, the garbled study parts.
		expect(glossaryFindings(glossary, [text('薬剤によると判断された重篤な副作用')])).toHaveLength(1);
		expect(glossaryFindings(glossary, [text('二サイクル以内のCR/CRh')])).toHaveLength(1);
		expect(glossaryFindings(glossary, [text('2サイクル以内のCR/CRh'), text('再発・難治性')])).toEqual([]);
	});

	test('a plain-style sentence is refused; polite sentences and noun endings pass', () => {
		expect(plainStyleFindings([text('分母は推定です。全例を評価できたという点は仮定である。')]).map(findingLine)).toEqual([
			'content/example.yaml: ja.note: ends a sentence in the plain style: 「全例を評価できたという点は仮定である。」: write it with です/ます',
		]);
		for (const plain of [
			'抄録には記載がない。',
			'抄録は割合を併記している。',
			'検査値異常は除く。',
			'記載がなかった。',
			'中央値を読み取れなかったことを意味する。',
		])
			expect(plainStyleFindings([text(plain)]), plain).toHaveLength(1);
		for (const fine of [
			'抄録には記載がありません。',
			'割合を併記しています。',
			'予定用量での安全性の評価。',
			'投与を続けることができました（第2相パートの学会抄録による）。',
			'最初の2サイクル以内のCRまたはCRhでした（S16、方法の項）。',
			'18歳以上（成人パート）。',
		])
			expect(plainStyleFindings([text(fine)]), fine).toEqual([]);
		// Labels and table cells are not prose.
		expect(plainStyleFindings([text('記載がない。', false)])).toEqual([]);
	});

	test('the glossary itself is refused when a variant would refuse its own preferred term', () => {
		const broken = { appliesFrom: '2026-11-30', terms: [{ concept: 'x', preferred: '再発・難治性', avoid: ['難治性'] }] };
		expect(() => glossarySchema.parse(broken)).toThrow(/part of the preferred term/);
	});
});
