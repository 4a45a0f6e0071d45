import { expect, test } from 'vitest';
import { loadContent } from '../../helpers/load-content.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { OG_HEIGHT, OG_WIDTH, buildOgCard, pageOgCard, pickFigure, textUnits, titleFontSize } from '../../../src/lib/og/card.ts';
import { cardTree, renderOgPng } from '../../../src/lib/og/render.ts';
import { pngSize } from '../../helpers/png.ts';

const { set } = loadContent('content');
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
	expect(() => pickFigure(view, 'cr-crh-phase-3')).toThrow(/Unknown key figure "cr-crh-phase-3"\. Known: .*cr-crh-phase-2/);
	expect(() => pickFigure(view, 'cr-crh-phase-3')).toThrow(/Known: .*\benrolled\b/);
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

// --- Japanese cards -------------------------------------------------------------------------

/** Every string in satori's element tree: what the card will draw. */
function treeTexts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (!node || typeof node !== 'object') return [];
	const children = (node as { props?: { children?: unknown } }).props?.children;
	return (Array.isArray(children) ? children : [children]).flatMap(treeTexts);
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Words of the English card that must not survive on a Japanese one.
const ENGLISH_WORDS = /\b(within|cycles?|Phase|of|CI|et al|study|evidence|enrolled|patients)\b/i;

test('a Japanese page gets a Japanese card: figure, source line and site name, from the same data', () => {
	const ja = buildOgCard(view, { title: '評価項目と結果' }, 'ja');
	const en = buildOgCard(view, { title: 'Endpoints and results' });
	// The figure label is made of the content's own Japanese labels (outcomes.yaml, the part's ja.label).
	const outcome = set.outcomes.find((o) => o.id === 'cr-crh-two-cycles')!.data.ja!.label;
	const part = view.publication.population!.parts.find((p) => p.id === 'phase-2')!.ja!.label;
	expect(ja.figure.label).toContain(outcome);
	expect(ja.figure.label).toContain(part);
	// The same figure and numbers as the English card: 8 of 21 (register §2a), 18.1%–61.6% (SciPy).
	expect(ja.figure.anchor).toBe(en.figure.anchor);
	expect(ja.figure.value).toBe('38.1%');
	expect(ja.figure.detail).toContain('21例中8例');
	expect(ja.figure.detail).toContain('95%信頼区間');
	expect(ja.figure.detail).toContain('18.1%–61.6%');
	expect(ja.figure.detail.match(/\d+(?:\.\d+)?/g)?.sort()).toEqual(en.figure.detail.match(/\d+(?:\.\d+)?/g)?.sort());
	// The card as drawn: every text but the figure value (a number) and the paper's own names is Japanese.
	const texts = treeTexts(cardTree(ja));
	expect(texts).toContain(ja.figure.label);
	expect(texts).toContain(ja.figure.detail);
	for (const text of texts) expect(text, text).not.toMatch(ENGLISH_WORDS);
	for (const text of [ja.figure.label, ja.figure.detail, ja.kicker, ja.siteName, ja.title]) expect(text, text).toMatch(JAPANESE);
	expect(ja.alt).toMatch(/^評価項目と結果。/);
	expect(ja.alt).not.toMatch(ENGLISH_WORDS);
});

test('the English-words check would catch an English card (so the Japanese test can fail)', () => {
	const texts = treeTexts(cardTree(buildOgCard(view, { title: 'Endpoints and results' })));
	expect(texts.some((x) => ENGLISH_WORDS.test(x))).toBe(true);
	expect(texts.filter((x) => JAPANESE.test(x))).toEqual([]);
});

test('a Japanese card with a named figure uses the Japanese enrolment label and the same count', () => {
	const ja = buildOgCard(view, { title: '試験デザイン', figure: 'enrolled' }, 'ja');
	// Register §2a: 26 adults enrolled, 5 in phase 1b and 21 in phase 2.
	expect(ja.figure.value).toBe('26');
	expect(ja.figure.label).toMatch(JAPANESE);
	expect(ja.figure.detail).toContain(view.publication.population!.parts.find((p) => p.id === 'phase-1b')!.ja!.label);
});

test('a Japanese card renders offline to a PNG of the declared size', async () => {
	const png = await renderOgPng(buildOgCard(view, { title: '関連試験と比べた結果' }, 'ja'));
	expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
}, 60_000);

test('every page gets a card in its own language: Japanese pages (content/pages/ja/) Japanese, the others English', () => {
	const pages = set.pages;
	const ja = pages.filter((p) => p.id.startsWith('ja/') || p.id === 'ja');
	expect(ja.map((p) => p.id)).toContain('ja/context');
	expect(pages.length).toBeGreaterThan(ja.length);
	for (const page of pages) {
		const card = pageOgCard(view, page);
		const japanese = ja.includes(page);
		for (const text of [card.figure.label, card.figure.detail, card.siteName]) {
			if (japanese) expect(text, `${page.id}: ${text}`).toMatch(JAPANESE);
			else expect(text, `${page.id}: ${text}`).not.toMatch(JAPANESE);
		}
		for (const text of treeTexts(cardTree(card))) {
			if (japanese) expect(text, `${page.id}: ${text}`).not.toMatch(ENGLISH_WORDS);
		}
	}
});
