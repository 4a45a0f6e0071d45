import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { HOSTILE, HOSTILE_STRINGS, checkEscaped } from '../gates/hostile.ts';
import { checkHtmlValidate } from '../gates/html.ts';
import { readBuiltSite, report } from '../gates/site.ts';
import { applyEdit, astroBuildAsync, projectCopy } from '../helpers/project-copy.ts';

// Hostile-input gate, valid half: a title and author names full of markup, "</script>", quotes,
// TeX specials, right-to-left and combining characters are valid content. They must build, come
// out escaped on every page (body and head), and leave the HTML valid. To cover a new output
// (BibTeX, RIS, …), read the file from the build below and check that HOSTILE_STRINGS come out
// in that format's escaping.

const tmp = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('hostile but valid titles and names build and come out escaped everywhere', async () => {
	const dir = projectCopy(join(tmp, 'project'), (d) =>
		applyEdit(join(d, 'content'), {
			file: 'publications/kiyoi-2020.yaml',
			set: { title: HOSTILE.title, 'authors[0].given': HOSTILE.given, 'authors[0].family': HOSTILE.family },
		}),
	);
	const { status, output } = await astroBuildAsync(dir);
	expect(status, output).toBe(0);
	const site = readBuiltSite(join(dir, 'dist'));
	// The overview shows the paper's title and its authors.
	const findings = checkEscaped(site.pages, { '/': HOSTILE_STRINGS });
	expect(findings, `\n${report(findings)}`).toEqual([]);
	const invalid = await checkHtmlValidate(site.pages);
	expect(invalid, `hostile content made the HTML invalid:\n${report(invalid)}`).toEqual([]);
});
