import { type CitationRecord, buildCitationRecord } from '../lib/citation/csl.ts';
import { DEFAULT_LANG } from '../lib/i18n.ts';
import { publicationPath } from '../lib/site-pages.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { FEATURED_PUBLICATION } from '../site.ts';
import { getStudy } from './content.ts';

/**
 * The canonical address of a publication's page (the overview for the featured paper), from the
 * site URL and base the build is configured with (`Astro.site`, `import.meta.env.BASE_URL`);
 * undefined for a build without a public address (no SITE_URL), whose files then carry no URL.
 */
function publicationPageUrl(id: string, site: URL | undefined): string | undefined {
	return absoluteUrl(site, import.meta.env.BASE_URL, publicationPath(id, DEFAULT_LANG, FEATURED_PUBLICATION));
}

/** The citation record of a publication (the featured paper by default); `site` is `Astro.site`. */
export async function getCitation(id: string, site: URL | undefined): Promise<CitationRecord> {
	return buildCitationRecord(await getStudy(id), { url: publicationPageUrl(id, site) });
}

/** When this build ran: the access date "cite this page" can honestly give. */
export const BUILD_DATE = new Date();
