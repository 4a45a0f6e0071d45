import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentSet } from '../../data/content.ts';
import { buildCitationRecord } from '../../lib/citation/csl.ts';
import { CITATION_FILES } from '../../lib/citation/files.ts';
import { buildStudyView } from '../../lib/study.ts';

// /cite/<publication id><suffix> for every publication and every citation format; the same
// functions render the text the pages show, so the files and the pages cannot disagree.
export const getStaticPaths = (async () => {
	const set = await getContentSet();
	return set.publications.flatMap((entry) => {
		const record = buildCitationRecord(buildStudyView(set, entry.id));
		return CITATION_FILES.map((file) => ({ params: { file: `${entry.id}${file.suffix}` }, props: { body: file.render(record) } }));
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body);
