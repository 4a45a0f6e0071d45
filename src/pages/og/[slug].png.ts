import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet, getStudy } from '../../data/content.ts';
import { pageOgCard } from '../../lib/og/card.ts';
import { renderOgPng } from '../../lib/og/render.ts';
import { ogSlug } from '../../lib/og/paths.ts';
import type { Entry } from '../../lib/content-set.ts';
import type { PageMeta } from '../../schemas/page.ts';

/**
 * One sharing image per MDX page, in every language, rendered at build time: /og/<page id, / as ->.png.
 * A Japanese page's card is Japanese throughout (title, key figure, source line, site name).
 */
export const getStaticPaths = (async () => {
	const { pages } = await getContentSet();
	return pages.map((p) => ({ params: { slug: ogSlug(p.id) }, props: { page: p } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const card = pageOgCard(await getStudy(), (props as { page: Entry<PageMeta> }).page);
	const png = await renderOgPng(card);
	return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
