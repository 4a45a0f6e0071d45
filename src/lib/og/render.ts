import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cachedPng, hashJson, ogCacheDir } from './cache.ts';
import { OG_HEIGHT, OG_PADDING, OG_WIDTH, type OgCard, TITLE_MAX_LINES, titleFontSize } from './card.ts';

// Noto Sans JP from an npm package (TTF: satori reads TTF/OTF/WOFF, not WOFF2). It covers Latin
// and Japanese, so Japanese titles need no other font. Nothing is fetched from the network.
const FONT_FAMILY = 'Noto Sans JP';
const require = createRequire(import.meta.url);
const fontFile = (weight: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
	(fonts ??= [
		{ name: FONT_FAMILY, data: fontFile('400Regular'), weight: 400, style: 'normal' },
		{ name: FONT_FAMILY, data: fontFile('700Bold'), weight: 700, style: 'normal' },
	]);

const COLORS = { bg: '#ffffff', fg: '#1b1f24', soft: '#4a5562', accent: '#0b5cad', accentSoft: '#e3eefa' } as const;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Node['props']['style'], ...children: (Node | string)[]): Node => ({ type: 'div', props: { style, children } });

/** The card as satori's element tree (plain objects: no JSX needed); the site name is the card's own by default. */
export function cardTree(card: OgCard, siteName: string = card.siteName): Node {
	const size = titleFontSize(card.title);
	return box(
		{
			// Sizes include padding and border, so everything stays on the OG_WIDTH × OG_HEIGHT canvas.
			width: OG_WIDTH,
			height: OG_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: OG_PADDING,
			background: COLORS.bg,
			color: COLORS.fg,
			fontFamily: FONT_FAMILY,
			borderTop: `16px solid ${COLORS.accent}`,
		},
		box(
			{ display: 'flex', flexDirection: 'column', gap: 20 },
			box({ display: 'flex', fontSize: 28, color: COLORS.soft }, card.kicker),
			box({ display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.2, lineClamp: TITLE_MAX_LINES }, card.title),
		),
		box(
			{ display: 'flex', alignItems: 'center', gap: 36, padding: '24px 32px', background: COLORS.accentSoft, borderRadius: 16 },
			box({ display: 'flex', fontSize: 84, fontWeight: 700, color: COLORS.accent }, card.figure.value),
			box(
				{ display: 'flex', flexDirection: 'column', gap: 6, flexShrink: 1 },
				box({ display: 'flex', fontSize: 30, fontWeight: 700 }, card.figure.label),
				box({ display: 'flex', fontSize: 26, color: COLORS.soft }, card.figure.detail),
			),
		),
		box({ display: 'flex', fontSize: 24, color: COLORS.soft }, siteName),
	);
}

/**
 * satori's options besides the fonts, and resvg's: both are part of an image's cache key. satori
 * draws every glyph as a path, so resvg needs no fonts: not loading the system's (which it does by
 * default, on every image) saves time and keeps the pixels independent of the machine.
 */
const SATORI_OPTIONS = { width: OG_WIDTH, height: OG_HEIGHT } as const;
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/** Renders a card to PNG bytes, offline (satori lays out the SVG, resvg rasterises it). */
export async function renderOgPng(card: OgCard, siteName: string = card.siteName): Promise<Uint8Array> {
	const svg = await satori(cardTree(card, siteName) as Parameters<typeof satori>[0], { ...SATORI_OPTIONS, fonts: loadFonts() });
	return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}

/**
 * Version of the rendering steps in renderOgPng: raise it when they change in a way that the
 * card's tree and the options below do not show (a new step, another output format), so that no
 * image rendered the old way is reused.
 */
const OG_RENDER_VERSION = 1;

/** What, besides the card's tree, decides the pixels: the rendering steps, the fonts and the renderers. */
export interface RendererIdentity {
	version: number;
	satoriOptions: object;
	resvgOptions: object;
	/** SHA-256 of each font file, by family and weight. */
	fonts: Record<string, string>;
	/** Installed versions of satori, its dependencies and resvg. */
	packages: Record<string, string>;
}

/** The installed version of a package, read from its package.json ("?" when it cannot be read). */
function packageVersion(name: string, from: NodeJS.Require = require): string {
	try {
		return String((from(`${name}/package.json`) as { version?: string }).version ?? '?');
	} catch {
		return '?';
	}
}

let identity: RendererIdentity | undefined;

/** The renderer as this build has it (read once: font files are hashed, package versions read). */
export function rendererIdentity(): RendererIdentity {
	if (identity) return identity;
	const fromSatori = createRequire(require.resolve('satori/package.json'));
	const satoriDeps = Object.keys((require('satori/package.json') as { dependencies?: Record<string, string> }).dependencies ?? {});
	const resvgBindings = Object.keys(
		(require('@resvg/resvg-js/package.json') as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {},
	);
	const packages: Record<string, string> = { satori: packageVersion('satori'), '@resvg/resvg-js': packageVersion('@resvg/resvg-js') };
	for (const dep of satoriDeps) packages[dep] = packageVersion(dep, fromSatori);
	// The native binding that is installed for this platform (the others read as "?").
	const fromResvg = createRequire(require.resolve('@resvg/resvg-js/package.json'));
	for (const binding of resvgBindings) {
		const v = packageVersion(binding, fromResvg);
		if (v !== '?') packages[binding] = v;
	}
	identity = {
		version: OG_RENDER_VERSION,
		satoriOptions: SATORI_OPTIONS,
		resvgOptions: RESVG_OPTIONS,
		fonts: Object.fromEntries(
			loadFonts().map((f) => [`${f.name} ${f.weight} ${f.style}`, createHash('sha256').update(f.data).digest('hex')]),
		),
		packages,
	};
	return identity;
}

/**
 * The cache key of a card's image: a hash of everything that decides its pixels, that is the
 * element tree satori lays out (every text on the card, sizes, colours, the layout) and the
 * renderer (rendering version and options, font files, package versions). The alt text and the
 * page's language are not drawn, so they are not in the key.
 */
export function ogImageKey(card: OgCard, siteName: string = card.siteName, renderer: RendererIdentity = rendererIdentity()): string {
	return hashJson({ tree: cardTree(card, siteName), renderer });
}

/**
 * A card's PNG, from the image cache when the same image was rendered before (by this build or an
 * earlier one), otherwise rendered and stored. `dir` is the cache folder (ogCacheDir()).
 */
export async function cachedOgPng(
	card: OgCard,
	dir: string = ogCacheDir(),
	siteName: string = card.siteName,
): Promise<{ png: Uint8Array; reused: boolean }> {
	return cachedPng(dir, ogImageKey(card, siteName), () => renderOgPng(card, siteName));
}
