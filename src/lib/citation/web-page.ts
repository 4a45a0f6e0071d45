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
 */
export function webPageRecord(opts: { title: string; siteName: string; url: string; builtOn: Date }): CslWebPage {
	const d = opts.builtOn;
	return {
		id: opts.siteName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
		type: 'webpage',
		title: opts.title,
		'container-title': opts.siteName,
		URL: opts.url,
		accessed: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		language: 'en',
	};
}

/** The build date as an ISO day ("2026-11-24"), UTC. */
export function isoDay(d: Date): string {
	return d.toISOString().slice(0, 10);
}
