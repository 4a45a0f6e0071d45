import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet, getStudy } from '../../data/content.ts';
import { buildOgCard } from '../../lib/og/card.ts';
import { renderOgPng } from '../../lib/og/render.ts';
import { ogSlug } from '../../lib/og/paths.ts';
import { SITE_NAME } from '../../site.ts';

/** One sharing image per MDX page, in every language, rendered at build time: /og/<page id, / as ->.png. */
export const getStaticPaths = (async () => {
	const { pages } = await getContentSet();
	return pages.map((p) => ({ params: { slug: ogSlug(p.id) }, props: { title: p.data.title, figure: p.data.figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const card = buildOgCard(await getStudy(), props as { title: string; figure?: string });
	const png = await renderOgPng(card, SITE_NAME);
	return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
