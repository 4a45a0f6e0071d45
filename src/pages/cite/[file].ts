import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet } from '../../data/content.ts';
import { getCitation } from '../../data/citation.ts';
import { CITATION_FILES } from '../../lib/citation/files.ts';

// /cite/<publication id><suffix> for every publication and every citation format; the same
// functions render the text the pages show, so the files and the pages cannot disagree.
export const getStaticPaths = (async () => {
	const set = await getContentSet();
	return set.publications.flatMap((entry) =>
		CITATION_FILES.map((file) => ({ params: { file: `${entry.id}${file.suffix}` }, props: { id: entry.id, key: file.key } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { id, key } = props as { id: string; key: string };
	const file = CITATION_FILES.find((f) => f.key === key)!;
	return new Response(file.render(await getCitation(id, site)));
};
