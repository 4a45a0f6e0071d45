import { DEFAULT_LANG, type Lang } from '../i18n.ts';

/** CSL-JSON item for citing a page of this site as a web resource. */
export interface CslWebPage {
	id: string;
	type: 'webpage';
	title: string;
	'container-title': string;
	URL: string;
	accessed: { 'date-parts': [[number, number, number]] };
	language: string;
}

/**
 * The record for "cite this page". The site names no personal author, so none is given. The access
 * date is the day the site was built (the only date a static page can know), and is labelled so.
 * A page in another language than English is cited as itself: its own title, URL and site name,
 * `language` set to its language, and an id (citation key) with the language as suffix, so the
 * English and the Japanese page never share a key. `idBase` names the key when the site name is not
 * in Latin letters (the Japanese site name); it defaults to the site name.
 * e.g. ({ title: "Overview", siteName: "Some site", … }) → id "some-site", language "en";
 *      ({ …, siteName: "サイト", idBase: "Some site", language: "ja" }) → id "some-site-ja", language "ja"
 */
export function webPageRecord(opts: {
	title: string;
	siteName: string;
	url: string;
	builtOn: Date;
	language?: Lang;
	idBase?: string;
}): CslWebPage {
	const d = opts.builtOn;
	const language = opts.language ?? DEFAULT_LANG;
	const base = (opts.idBase ?? opts.siteName).toLowerCase().replace(/[^a-z0-9]+/g, '-');
	return {
		id: language === DEFAULT_LANG ? base : `${base}-${language}`,
		type: 'webpage',
		title: opts.title,
		'container-title': opts.siteName,
		URL: opts.url,
		accessed: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		language,
	};
}

/** The build date as an ISO day ("2026-11-24"), UTC. */
export function isoDay(d: Date): string {
	return d.toISOString().slice(0, 10);
}
