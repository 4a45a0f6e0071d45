import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, FEATURED } from '../helpers/content-files.ts';

// One page of each kind the site has, in both languages: what the browser tests load. Pages of one
// kind share their components, so a browser check on one of them stands for all (the checks that
// only read HTML run on every page in tests/gates/, and axe on every page in `npm run test:a11y:all`).

/** The related publication with the longest endpoint table: its page stands for every publication page. */
export const PUBLICATION = readdirSync(join(CONTENT, 'endpoints'))
	.filter((id) => id !== FEATURED)
	.map((id) => ({ id, rows: readdirSync(join(CONTENT, 'endpoints', id)).length }))
	.sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id))[0]!.id;

export interface Template {
	kind: string;
	en: string;
	/** The Japanese page; the 404 page has both languages in one English page. */
	ja?: string;
	/** What the kind is made of. */
	what: string;
}

export const TEMPLATES: Template[] = [
	{ kind: 'overview', en: '/', ja: '/ja/', what: 'plain-language summary, paper header with folded authors, key figures, inline results' },
	{ kind: 'design', en: '/design/', ja: '/ja/design/', what: 'dosing timeline (SVG), schedule table, registry facts' },
	{ kind: 'endpoint table', en: '/endpoints/', ja: '/ja/endpoints/', what: 'endpoint table with row anchors, Markdown table' },
	{ kind: 'comparison', en: '/context/', ja: '/ja/context/', what: 'forest chart (SVG), study table, refused comparisons' },
	{ kind: 'citations', en: '/cite/', ja: '/ja/cite/', what: 'citation blocks with copy buttons' },
	{ kind: 'changelog', en: '/changes/', ja: '/ja/changes/', what: 'changelog entries with anchors' },
	{ kind: 'reference tables', en: '/sources/', ja: '/ja/sources/', what: 'source register and provenance tables (as on /classification/)' },
	{
		kind: 'publication',
		en: `/publications/${PUBLICATION}/`,
		ja: `/ja/publications/${PUBLICATION}/`,
		what: 'record, endpoint table, provenance and citations of one publication',
	},
	{ kind: 'search', en: '/search/', ja: '/ja/search/', what: 'search page: Pagefind loads on arrival' },
	{ kind: 'not found', en: '/404.html', what: 'help in English and Japanese: search forms, page lists' },
];

/** Every template page, English and Japanese. */
export const TEMPLATE_PAGES: string[] = TEMPLATES.flatMap((t) => (t.ja ? [t.en, t.ja] : [t.en]));
