import { type CitationRecord, buildCitationRecord } from '../lib/citation/csl.ts';
import { FEATURED_PUBLICATION } from '../site.ts';
import { getStudy } from './content.ts';

/** The citation record of a publication (the featured paper by default). */
export async function getCitation(id: string = FEATURED_PUBLICATION): Promise<CitationRecord> {
	return buildCitationRecord(await getStudy(id));
}

/** When this build ran: the access date "cite this page" can honestly give. */
export const BUILD_DATE = new Date();
