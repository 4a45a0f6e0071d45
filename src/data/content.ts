import { getCollection } from 'astro:content';
import { checkContent } from '../lib/checks/content.ts';
import { type ContentSet, ContentError, type Entry } from '../lib/content-set.ts';
import { contentFingerprint } from '../lib/content/files.ts';
import { loadContent } from '../lib/content/load.ts';
import { memoPerObjectAndKey } from '../lib/memo.ts';
import { type StudyView, buildStudyView } from '../lib/study.ts';
import { CONTENT_DIR, FEATURED_PUBLICATION } from '../site.ts';

// The only module that calls Astro's collection API; everything else takes plain data.

const plain = <T>(entries: { id: string; data: T; filePath?: string | undefined }[]): Entry<T>[] =>
	entries.map(({ id, data, filePath }) => ({ id, data, filePath }));

async function load(): Promise<ContentSet> {
	const set: ContentSet = {
		sources: plain(await getCollection('sources')),
		asjc: plain(await getCollection('asjc')),
		journals: plain(await getCollection('journals')),
		trials: plain(await getCollection('trials')),
		regimens: plain(await getCollection('regimens')),
		outcomes: plain(await getCollection('outcomes')),
		publications: plain(await getCollection('publications')),
		endpoints: plain(await getCollection('endpoints')),
		pages: plain(await getCollection('pages')),
		changes: plain(await getCollection('changes')),
		registrations: plain(await getCollection('registrations')),
	};
	const issues = checkContent(set);
	if (issues.length > 0) throw new ContentError(issues);
	return set;
}

let cached: Promise<ContentSet> | undefined;
let cachedFingerprint = '';

/**
 * All content, checked once per build; a failed check throws and so fails the build. In the dev
 * server the content folder is checked again whenever a file in it changed, with the same code as
 * the build: a content error is thrown while the page renders, so the browser shows it in Astro's
 * error overlay instead of the last good numbers.
 */
export function getContentSet(): Promise<ContentSet> {
	if (import.meta.env.DEV) {
		const fingerprint = contentFingerprint(CONTENT_DIR);
		if (fingerprint !== cachedFingerprint) {
			const { issues } = loadContent(CONTENT_DIR);
			if (issues.length > 0) throw new ContentError(issues);
			cachedFingerprint = fingerprint;
			cached = undefined;
		}
	}
	cached ??= load();
	return cached;
}

/** Views by content set and publication: a set is loaded once per build, so each view is built once. */
const studyView = memoPerObjectAndKey(buildStudyView);

/**
 * The view of one publication (the featured paper by default), built once per content set: every
 * page and component that asks for it shares the same (read-only) view. A reloaded set (new
 * content) gets new views.
 */
export async function getStudy(id: string = FEATURED_PUBLICATION): Promise<StudyView> {
	return studyView(await getContentSet(), id);
}
