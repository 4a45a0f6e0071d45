import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuildAsync, ROOT } from '../helpers/project-copy.ts';
import { checkLinks } from './links.ts';
import { checkPublicUrls, readPublicUrls } from './public-urls.ts';
import { builtOrigins, readBuiltSite, report } from './site.ts';

// The links gate for a build under a sub-path (`astro build --base /evidence/`), written to its own
// folder so that dist/ stays as it is. Every link must stay inside the base and resolve, and every
// public URL and anchor must exist under it.

const BASE = '/evidence/';
const out = mkdtempSync(join(tmpdir(), 'subpath-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test(`a build under ${BASE}: every link resolves and every public URL and anchor is there`, async () => {
	const { status, output } = await astroBuildAsync(ROOT, ['--base', BASE, '--outDir', out]);
	expect(status, output).toBe(0);
	const site = readBuiltSite(out, BASE);
	expect(site.pages.map((p) => p.path)).toContain(BASE);
	const links = checkLinks(site.pages, site.files, builtOrigins(site));
	expect(links, `broken links under ${BASE}:\n${report(links)}`).toEqual([]);
	const urls = checkPublicUrls(readPublicUrls(), site.pages, site.files, BASE);
	expect(urls, `\n${report(urls)}`).toEqual([]);
});
