import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
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

/** Renders a card to PNG bytes, offline (satori lays out the SVG, resvg rasterises it). */
export async function renderOgPng(card: OgCard, siteName: string = card.siteName): Promise<Uint8Array> {
	const svg = await satori(cardTree(card, siteName) as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: loadFonts(),
	});
	return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
