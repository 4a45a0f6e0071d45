import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet } from '../../data/content.ts';
import { dataFiles } from '../../lib/data/files.ts';
import { withBase } from '../../lib/urls.ts';
import { COMPARISON_OUTCOME, FEATURED_PUBLICATION } from '../../site.ts';

// /data/<file> for every file in src/lib/data/files.ts: tables (CSV, JSON, JSON Schema), FHIR
// Bundles and QuickStatements. They are made from the same views as the pages.
export const getStaticPaths = (async () => {
	const set = await getContentSet();
	return dataFiles(set, FEATURED_PUBLICATION).map((file) => ({ params: { file: file.name }, props: { name: file.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const set = await getContentSet();
	const file = dataFiles(set, FEATURED_PUBLICATION).find((f) => f.name === (props as { name: string }).name)!;
	const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
	const body = file.render({ set, featured: FEATURED_PUBLICATION, comparisonOutcome: COMPARISON_OUTCOME, url });
	return new Response(body, { headers: { 'Content-Type': file.mediaType } });
};
