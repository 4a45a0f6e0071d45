import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet, getStudy } from '../../data/content.ts';
import { buildOgCard } from '../../lib/og/card.ts';
import { cachedOgPng } from '../../lib/og/render.ts';
import { ogSlug } from '../../lib/og/paths.ts';
import { type CardSource, cardSources } from '../../lib/og/sources.ts';
import { FEATURED_PUBLICATION } from '../../site.ts';

/**
 * The sharing images, rendered at build time: one per MDX page and one per related publication's
 * page, in every language (/og/<page id, / as ->.png). A Japanese page's card is Japanese throughout
 * (title, key figure, source line, site name).
 */
export const getStaticPaths = (async () => {
	return cardSources(await getContentSet(), FEATURED_PUBLICATION).map((source) => ({
		params: { slug: ogSlug(source.id) },
		props: { source },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { source } = props as { source: CardSource };
	const card = buildOgCard(await getStudy(source.publication), source, source.lang);
	// Rendered once per content: an image drawn by an earlier build from the same card is reused.
	const { png } = await cachedOgPng(card);
	return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
