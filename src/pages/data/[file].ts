import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet } from '../../data/content.ts';
import { type DataFile, dataFiles } from '../../lib/data/files.ts';
import { absoluteUrl, withBase } from '../../lib/urls.ts';
import { COMPARISON_OUTCOME, FEATURED_PUBLICATION } from '../../site.ts';

// /data/<file> for every file in src/lib/data/files.ts: tables (CSV, JSON, JSON Schema), FHIR
// Bundles and QuickStatements. They are made from the same views as the pages.
let files: Promise<Map<string, DataFile>> | undefined;
const fileMap = () => (files ??= getContentSet().then((set) => new Map(dataFiles(set, FEATURED_PUBLICATION).map((f) => [f.name, f]))));

export const getStaticPaths = (async () =>
	[...(await fileMap()).keys()].map((name) => ({ params: { file: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const set = await getContentSet();
	const file = (await fileMap()).get(String(params.file));
	if (!file) throw new Error(`no data file "${String(params.file)}" in src/lib/data/files.ts`);
	// Without a public address (no SITE_URL) the files give site-relative paths, never localhost.
	const url = (path: string) => absoluteUrl(site, import.meta.env.BASE_URL, path) ?? withBase(import.meta.env.BASE_URL, path);
	const body = file.render({ set, featured: FEATURED_PUBLICATION, comparisonOutcome: COMPARISON_OUTCOME, url });
	return new Response(body, { headers: { 'Content-Type': file.mediaType } });
};
