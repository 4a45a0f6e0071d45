import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../helpers/load-content.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { buildOgCard } from '../../../src/lib/og/card.ts';
import { cardSourceFor, cardSources } from '../../../src/lib/og/sources.ts';
import { readRegister } from '../../helpers/register.ts';

const { set } = loadContent('content');
const sources = cardSources(set, 'kiyoi-2020');
const view = () => buildStudyView(set, 'kiyoi-2020');
const yaml = (path: string) => parse(readFileSync(path, 'utf8'));
const primaryAnchors = (pub: string) =>
	readdirSync(`content/endpoints/${pub}`)
		.filter((f) => (yaml(`content/endpoints/${pub}/${f}`) as { role?: string }).role === 'primary')
		.map((f) => f.replace(/\.yaml$/, ''));

test('every MDX page and every related publication page, in each language, has its own image', () => {
	const ids = sources.map((s) => s.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const file of readdirSync('content/publications').filter((f) => f.endsWith('.yaml'))) {
		const id = file.replace(/\.yaml$/, '');
		if (id === 'kiyoi-2020') continue; // its publication page's canonical page is the overview
		expect(ids).toContain(`publications/${id}`);
		expect(ids).toContain(`ja/publications/${id}`);
	}
	expect(ids).toEqual(expect.arrayContaining(['index', 'design', 'ja', 'ja/design']));
});

test("a related study's card shows that study, never this paper's result", () => {
	const mt = cardSourceFor(sources, '/ja/publications/mt103-211-2015/');
	expect(mt).toMatchObject({ id: 'ja/publications/mt103-211-2015', lang: 'ja', publication: 'mt103-211-2015' });
	expect(mt.title).toBe((yaml('content/publications/mt103-211-2015.yaml') as { ja: { shortTitle: string } }).ja.shortTitle);
	const card = buildOgCard(buildStudyView(set, mt.publication), mt, mt.lang);
	// The review table's rounded CR/CRh rate for MT103-211, from the register (tests/fixtures/register.yaml).
	const reported = readRegister().publications['mt103-211-2015']!.endpoints![card.figure.anchor!] as { percent: number };
	expect(card.figure.value).toBe(`${reported.percent}%`);
	expect(primaryAnchors('mt103-211-2015')).toContain(card.figure.anchor);
	// Every related publication with a card of its own: its own title and figure, not this paper's.
	const overview = buildOgCard(view(), cardSourceFor(sources, '/'), 'en');
	expect(card.alt).not.toContain(overview.figure.value);
	const related = set.publications
		.map((p) => p.id)
		.filter((id) => id !== 'kiyoi-2020' && sources.some((s) => s.id === `publications/${id}`));
	expect(related.length).toBeGreaterThan(0);
	for (const pub of related) {
		const s = cardSourceFor(sources, `/publications/${pub}/`);
		const c = buildOgCard(buildStudyView(set, s.publication), s, s.lang);
		expect(s.title, pub).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		expect(c.alt, pub).not.toContain(overview.figure.detail);
	}
});

test("a publication with no figure to show gets no card of its own (its pages take the overview's)", () => {
	const sparse = structuredClone(set);
	sparse.endpoints = sparse.endpoints.filter((e) => !e.id.startsWith('tower-2017/'));
	delete sparse.publications.find((p) => p.id === 'tower-2017')!.data.population;
	const ids = cardSources(sparse, 'kiyoi-2020').map((s) => s.id);
	expect(ids).not.toContain('publications/tower-2017');
	expect(ids).toContain('publications/mt103-211-2015');
	expect(cardSourceFor(cardSources(sparse, 'kiyoi-2020'), '/ja/publications/tower-2017/').id).toBe('ja');
});

test("pages without their own image take the overview's in their language", () => {
	expect(cardSourceFor(sources, '/publications/kiyoi-2020/').id).toBe('index');
	expect(cardSourceFor(sources, '/ja/publications/kiyoi-2020/').id).toBe('ja');
	expect(cardSourceFor(sources, '/ja/search/').id).toBe('ja');
	expect(cardSourceFor(sources, '/404.html').id).toBe('index');
	expect(cardSourceFor(sources, '/design/').id).toBe('design');
});
