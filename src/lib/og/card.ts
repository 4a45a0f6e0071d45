import { journalName } from '../../schemas/journal.ts';
import { type KeyFigure, keyFigures } from '../endpoints/key-figures.ts';
import type { StudyView } from '../study.ts';
import { t } from '../../i18n/index.ts';
import { DEFAULT_LANG, type Lang, splitPageId } from '../i18n.ts';
import type { Entry } from '../content-set.ts';
import type { PageMeta } from '../../schemas/page.ts';

/** Size of every sharing image (the Open Graph recommendation for large cards). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Inner padding of the card, in pixels. */
export const OG_PADDING = 72;

/** What one sharing image shows, all as display text in the page's language. */
export interface OgCard {
	lang: Lang;
	/** The site's name in the page's language, at the foot of the card. */
	siteName: string;
	/** A short source line: "Kiyoi et al. · Cancer Science 2020" (ja "Kiyoi ほか · Cancer Science 2020"). */
	kicker: string;
	title: string;
	figure: KeyFigure;
	/** The image described in words, for og:image:alt. */
	alt: string;
}

/** The id a key figure goes by (the same as `data-key-figure` on the overview): its anchor, or "enrolled". */
export const figureId = (f: KeyFigure): string => f.anchor ?? 'enrolled';

/**
 * The key figure a page shows, in its language: the one named, or else the primary endpoint of the
 * study's largest part (for the Horai study, CR/CRh in phase 2). An unknown name fails the build,
 * listing the known ones.
 */
export function pickFigure(view: StudyView, name?: string, lang: Lang = DEFAULT_LANG): KeyFigure {
	const figures = keyFigures(view, lang);
	if (name !== undefined) {
		const found = figures.find((f) => figureId(f) === name);
		if (!found) throw new Error(`Unknown key figure "${name}". Known: ${figures.map(figureId).join(', ')}`);
		return found;
	}
	const primary = view.endpoints.filter((e) => e.data.role === 'primary').sort((a, b) => (b.partSize ?? 0) - (a.partSize ?? 0))[0];
	const fallback = figures[0];
	const chosen = primary ? figures.find((f) => f.anchor === primary.anchor) : fallback;
	if (!chosen) throw new Error(`${view.id} has no key figure to show on its sharing images`);
	return chosen;
}

/**
 * The card of one page, in the page's language: its title, the study's short source line and a
 * key figure (the same figure, from the same data, in every language).
 */
export function buildOgCard(view: StudyView, page: { title: string; figure?: string | undefined }, lang: Lang = DEFAULT_LANG): OgCard {
	const d = t(lang);
	const authors = view.publication.authors ?? [];
	const first = view.publication.authorship === 'published-order' ? authors[0] : undefined;
	const year = (view.publication.dates.issue ?? view.publication.dates.online)?.slice(0, 4);
	const kicker = [
		first && `${first.family}${authors.length > 1 ? d.etAl : ''}`,
		[journalName(view.journal.data), year].filter(Boolean).join(' '),
	]
		.filter(Boolean)
		.join(' · ');
	const picked = pickFigure(view, page.figure, lang);
	// A shared card carries the number's caveats too ("a review's value", "assumed denominator").
	const figure = { ...picked, detail: [picked.detail, ...picked.caveats.map((c) => c.short)].join(' · ') };
	return {
		lang,
		siteName: d.siteName,
		kicker,
		title: page.title,
		figure,
		alt: d.ogAlt(page.title, figure.label, figure.value, figure.detail, kicker),
	};
}

/** The card of an MDX page, in the page's language (from its id: "ja/context" → Japanese). */
export function pageOgCard(view: StudyView, page: Entry<PageMeta>): OgCard {
	return buildOgCard(view, page.data, splitPageId(page.id).lang);
}

/** True for characters that take a full em in CJK text (kana, kanji, full-width forms). */
const isWide = (ch: string) => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch);

/** Width of a text in half-em units: 1 for Latin letters and digits, 2 for Japanese characters. */
export function textUnits(text: string): number {
	let units = 0;
	for (const ch of text) units += isWide(ch) ? 2 : 1;
	return units;
}

/** Title sizes tried, largest first, in pixels; the last is the floor. */
const TITLE_SIZES = [68, 60, 52, 44, 38] as const;
const SMALLEST_TITLE = 38;
/** Most lines a title may take on the card. */
export const TITLE_MAX_LINES = 3;

/**
 * The largest title size whose estimated line count fits: a half-em unit is taken as 0.5 × size
 * pixels wide (Noto Sans averages a little under that), across the card's inner width.
 * e.g. a 62-character title: 62 × 0.5 × 68 = 2108 px → 2 lines of 1056 px at 68 px → 68.
 */
export function titleFontSize(title: string, innerWidth = OG_WIDTH - 2 * OG_PADDING): number {
	const units = textUnits(title);
	for (const size of TITLE_SIZES) {
		if (Math.ceil((units * 0.5 * size) / innerWidth) <= TITLE_MAX_LINES) return size;
	}
	return SMALLEST_TITLE;
}
