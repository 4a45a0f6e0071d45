import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { readBuiltSite } from './site.ts';

// The search index the build wrote (dist/pagefind/, see src/integrations/search-index.ts) against the
// pages: what the reader sees apart stays apart in the indexed text, and citation texts are left
// out. Expected values are read from the built pages, never retyped. Build first.
const DIST = 'dist';
const site = readBuiltSite(DIST);

interface Fragment {
	url: string;
	content: string;
}
/** Pagefind's fragments: gzip, a "pagefind_dcd" signature, then JSON. */
const fragments: Fragment[] = readdirSync(join(DIST, 'pagefind', 'fragment')).map((f) => {
	const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', f))).toString('utf8');
	return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
});
// Pagefind writes its Japanese word segmentation into the text as zero-width spaces: not a separator a reader sees.
const indexed = (path: string) => fragments.find((f) => f.url === path)?.content.replaceAll('\u200b', '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the search index reads the pages as they are shown', () => {
	test('every indexed page has its fragment', () => {
		expect(fragments.length).toBeGreaterThan(0);
		expect(indexed('/')).toBeDefined();
	});

	test('the parts of each key figure (label, value, detail) are separate words in the index', () => {
		let tiles = 0;
		for (const page of site.pages) {
			const content = indexed(page.path);
			if (!content) continue;
			const $ = load(page.html);
			$('main .key-figures > li').each((_, li) => {
				const parts = $(li)
					.children('span')
					.toArray()
					.map((s) => squash($(s).text()))
					.filter(Boolean);
				if (parts.length < 2) return;
				tiles++;
				expect(squash(content), `${page.path}: ${parts.join(' | ')}`).toContain(parts.slice(0, 2).join(' '));
			});
		}
		expect(tiles).toBeGreaterThan(0);
	});

	test('the header cells of every table are separate words in the index', () => {
		let tables = 0;
		for (const page of site.pages) {
			const content = indexed(page.path);
			if (!content) continue;
			const $ = load(page.html);
			$('main table thead tr').each((_, tr) => {
				const cells = $(tr)
					.children('th')
					.toArray()
					.map((th) => squash($(th).text()))
					.filter(Boolean);
				if (cells.length < 2) return;
				tables++;
				expect(squash(content), page.path).toContain(cells.join(' '));
			});
		}
		expect(tables).toBeGreaterThan(0);
	});

	test('no citation text (formatted references, files, templates) is in the index', () => {
		let blocks = 0;
		for (const page of site.pages) {
			const content = indexed(page.path);
			if (!content) continue;
			const $ = load(page.html);
			$('main [data-cite-block] pre').each((_, pre) => {
				// The whole citation text (a formatted reference, a file's first lines): found only where it is quoted.
				const text = squash($(pre).text()).slice(0, 200);
				if (text.length < 30) return;
				blocks++;
				expect(squash(content), `${page.path}: ${text}`).not.toContain(text);
			});
		}
		expect(blocks).toBeGreaterThan(0);
	});
});
