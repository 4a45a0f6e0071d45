import { expect, test } from 'vitest';
import { loadContent } from '../../helpers/load-content.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { OG_HEIGHT, OG_WIDTH, buildOgCard, pickFigure, textUnits, titleFontSize } from '../../../src/lib/og/card.ts';
import { renderOgPng } from '../../../src/lib/og/render.ts';
import { pngSize } from '../../helpers/png.ts';

const { set } = await loadContent('content');
const view = buildStudyView(set, 'kiyoi-2020');

test('text width counts Japanese characters as two half-em units', () => {
	expect(textUnits('Study design')).toBe(12);
	expect(textUnits('試験デザイン')).toBe(12);
	expect(textUnits('CR/CRh 完全寛解')).toBe(7 + 8);
});

test('the title size is the largest that fits in three lines (hand-calculated)', () => {
	// Inner width 1200 − 2 × 72 = 1056 px; a half-em unit is 0.5 × size px.
	// 62 units at 68 px: 62 × 34 = 2108 px → 2 lines → 68.
	expect(titleFontSize('x'.repeat(62))).toBe(68);
	// 94 units: at 68 px 3196 px → 4 lines; at 60 px 2820 px → 3 lines → 60.
	expect(titleFontSize('x'.repeat(94))).toBe(60);
	// 47 Japanese characters = 94 units: the same as above.
	expect(titleFontSize('試'.repeat(47))).toBe(60);
	// 200 units: even 38 px needs 200 × 19 = 3800 px → 4 lines; the smallest size is the floor.
	expect(titleFontSize('x'.repeat(200))).toBe(38);
});

test('the default key figure is the primary endpoint of the largest part: CR/CRh in phase 2', () => {
	// Register §2a: CR/CRh within two cycles in phase 2, 8 of 21; 8/21 = 38.095…% → "38.1%".
	const f = pickFigure(view);
	expect(f.anchor).toBe('cr-crh-phase-2');
	expect(f.value).toBe('38.1%');
	expect(f.detail).toContain('8 of 21');
});

test('a page can name its figure, and an unknown name fails with the known ones', () => {
	expect(pickFigure(view, 'enrolled').value).toBe('26');
	expect(() => pickFigure(view, 'cr-crh-phase-3')).toThrow(/Unknown key figure "cr-crh-phase-3"\. Known: enrolled, .*cr-crh-phase-2/);
});

test('the card names the paper and describes itself for og:image:alt', () => {
	const card = buildOgCard(view, { title: 'Endpoints and results' });
	expect(card.kicker).toBe('Kiyoi et al. · Cancer Science 2020');
	expect(card.alt).toMatch(/^Endpoints and results\. CR\/CRh.*: 38\.1% \(8 of 21 · 95% CI 18\.1%–61\.6%\)\./);
});

test('a card renders offline to a PNG of the declared size, Japanese title included', async () => {
	const en = await renderOgPng(buildOgCard(view, { title: 'Endpoints and results' }), 'Horai study evidence');
	expect(pngSize(en)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
	expect(OG_WIDTH).toBe(1200);
	expect(OG_HEIGHT).toBe(630);
	// A test-only Japanese title: the font must have the glyphs (resvg would draw nothing otherwise).
	const ja = await renderOgPng(buildOgCard(view, { title: '試験デザインと評価項目の一覧' }), 'Horai study evidence');
	expect(pngSize(ja)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
}, 60_000);

test('the PNG size reader rejects what is not a PNG', () => {
	expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toThrow(/wrong signature/);
});
