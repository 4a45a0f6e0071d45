import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadContent } from '../../helpers/load-content.ts';
import { pngSize } from '../../helpers/png.ts';
import { buildStudyView } from '../../../src/lib/study.ts';
import { type OgCard, buildOgCard } from '../../../src/lib/og/card.ts';
import { cachedPng, ogCacheDir } from '../../../src/lib/og/cache.ts';
import { cachedOgPng, ogImageKey, rendererIdentity, renderOgPng } from '../../../src/lib/og/render.ts';

const { set } = loadContent('content');
const view = buildStudyView(set, 'kiyoi-2020');
const card = buildOgCard(view, { title: 'Endpoints and results' });
const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'og-cache-test-'));
	dirs.push(dir);
	return dir;
};
afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every text drawn on the card, each changed on its own. */
const drawnChanges: [string, (c: OgCard) => OgCard][] = [
	['title', (c) => ({ ...c, title: `${c.title}.` })],
	['kicker', (c) => ({ ...c, kicker: `${c.kicker} ` })],
	['site name', (c) => ({ ...c, siteName: `${c.siteName}!` })],
	['figure value', (c) => ({ ...c, figure: { ...c.figure, value: '38.2%' } })],
	['figure label', (c) => ({ ...c, figure: { ...c.figure, label: `${c.figure.label}.` } })],
	['figure detail', (c) => ({ ...c, figure: { ...c.figure, detail: `${c.figure.detail}.` } })],
];

test('the cache key changes with every text drawn on the card, and only with what is drawn', () => {
	const key = ogImageKey(card);
	expect(key).toMatch(/^[0-9a-f]{64}$/);
	// The same card built again (another object, equal content) has the same key.
	expect(ogImageKey(structuredClone(card))).toBe(key);
	for (const [what, change] of drawnChanges) expect(ogImageKey(change(card)), what).not.toBe(key);
	// The site name can also come as an argument (the one drawn), as renderOgPng takes it.
	expect(ogImageKey(card, 'Another site')).not.toBe(key);
	// Not drawn: the alt text and the page's language (a Japanese page may share an English image).
	expect(ogImageKey({ ...card, alt: 'something else' })).toBe(key);
	expect(ogImageKey({ ...card, lang: 'ja' })).toBe(key);
});

test('the cache key changes with the renderer: rendering version, options, font files and package versions', () => {
	const renderer = rendererIdentity();
	const key = ogImageKey(card, card.siteName, renderer);
	expect(ogImageKey(card)).toBe(key);
	// What the identity holds, read independently: the installed versions and two font files.
	const version = (p: string) => (JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')) as { version: string }).version;
	expect(renderer.packages).toMatchObject({ satori: version('satori'), '@resvg/resvg-js': version('@resvg/resvg-js') });
	const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
	const fontDir = 'node_modules/@expo-google-fonts/noto-sans-jp';
	expect(Object.values(renderer.fonts).sort()).toEqual(
		[sha256(`${fontDir}/400Regular/NotoSansJP_400Regular.ttf`), sha256(`${fontDir}/700Bold/NotoSansJP_700Bold.ttf`)].sort(),
	);
	const firstFont = Object.keys(renderer.fonts)[0]!;
	const changed: [string, typeof renderer][] = [
		['version', { ...renderer, version: renderer.version + 1 }],
		['resvg options', { ...renderer, resvgOptions: { fitTo: { mode: 'zoom', value: 2 } } }],
		['satori options', { ...renderer, satoriOptions: { width: 1200, height: 630, embedFont: false } }],
		['a font file', { ...renderer, fonts: { ...renderer.fonts, [firstFont]: '0'.repeat(64) } }],
		['satori version', { ...renderer, packages: { ...renderer.packages, satori: '0.0.1' } }],
		['resvg version', { ...renderer, packages: { ...renderer.packages, '@resvg/resvg-js': '0.0.1' } }],
	];
	for (const [what, r] of changed) expect(ogImageKey(card, card.siteName, r), what).not.toBe(key);
});

test('an unchanged card is reused from the cache; a changed card gets a new image', async () => {
	const dir = tempDir();
	const first = await cachedOgPng(card, dir);
	expect(first.reused).toBe(false);
	expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
	expect(Buffer.from(first.png).equals(Buffer.from(await renderOgPng(card)))).toBe(true);
	expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);

	// The same card again (a new object, as the next build makes it) comes from the cache.
	const again = await cachedOgPng(structuredClone(card), dir);
	expect(again.reused).toBe(true);
	expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);

	// A changed figure is not served the old image: it is rendered, and it differs.
	const changed = drawnChanges.find(([w]) => w === 'figure value')![1](card);
	const second = await cachedOgPng(changed, dir);
	expect(second.reused).toBe(false);
	expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(false);
	expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);

	// Reuse really reads the stored file: a stored image put under the first card's key is what
	// the first card gets back (no rendering behind the cache's back).
	writeFileSync(join(dir, `${ogImageKey(card)}.png`), second.png);
	const planted = await cachedOgPng(card, dir);
	expect(planted.reused).toBe(true);
	expect(Buffer.from(planted.png).equals(Buffer.from(second.png))).toBe(true);
}, 60_000);

test('a stored file that is not a whole PNG is rendered again and replaced', async () => {
	const dir = tempDir();
	const key = 'ab'.repeat(32);
	const png = await renderOgPng(card);
	writeFileSync(join(dir, `${key}.png`), Buffer.from(png).subarray(0, 1000)); // cut short
	let renders = 0;
	const got = await cachedPng(dir, key, async () => {
		renders++;
		return png;
	});
	expect(renders).toBe(1);
	expect(got.reused).toBe(false);
	expect(readFileSync(join(dir, `${key}.png`)).equals(Buffer.from(png))).toBe(true);
	// Written whole, under its name: no temporary file is left behind.
	expect(readdirSync(dir)).toEqual([`${key}.png`]);
	expect((await cachedPng(dir, key, () => Promise.reject(new Error('rendered again')))).reused).toBe(true);
	// A key that is not a digest cannot name a path outside the folder.
	await expect(cachedPng(dir, '../x', async () => png)).rejects.toThrow(/not a hex digest/);
}, 60_000);

test("the cache folder: OG_CACHE_DIR (relative to the project or absolute), else beside Astro's caches", () => {
	expect(ogCacheDir({}, '/srv/site')).toBe('/srv/site/node_modules/.astro/og-images');
	expect(ogCacheDir({ OG_CACHE_DIR: '.cache/og' }, '/srv/site')).toBe('/srv/site/.cache/og');
	expect(ogCacheDir({ OG_CACHE_DIR: '/var/cache/og' }, '/srv/site')).toBe('/var/cache/og');
	expect(existsSync(ogCacheDir({}, '/nonexistent-root'))).toBe(false);
});
