import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type ContentEdit, applyEdit, astroBuildAsync, limit, projectCopy } from '../helpers/project-copy.ts';

// Hostile-input gate, bad half: copies of the project with bad content must fail to build, name
// the file and field, and write no page. The cases are in tests/fixtures/bad-builds.yml.

interface BadBuild {
	title: string;
	edits: ContentEdit[];
	expect: { file: string; field: string; message: string }[];
}
const builds = parse(readFileSync('tests/fixtures/bad-builds.yml', 'utf8')) as BadBuild[];

const tmp = mkdtempSync(join(tmpdir(), 'bad-builds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Two builds at a time: the machine has two cores.
const slot = limit(2);

describe.concurrent('bad content fails a real build, naming file and field', () => {
	test.each(builds)(
		'$title',
		async (b: BadBuild) => {
			const dir = projectCopy(join(tmp, b.title.replace(/\W+/g, '-')), (d) => b.edits.forEach((e) => applyEdit(join(d, 'content'), e)));
			const { status, output } = await slot(() => astroBuildAsync(dir));
			expect(status, output).not.toBe(0);
			for (const e of b.expect) {
				// Astro prints schema errors as "**field**: message" under the entry's file; our checks as "file: field: message".
				const lines = output.split('\n');
				const named = output.includes(`content/${e.file}`) || output.includes(e.file.replace(/\.yaml$/, ''));
				expect(named, `the output does not name ${e.file}:\n${output}`).toBe(true);
				expect(
					lines.some((l) => l.includes(e.field) && l.includes(e.message)),
					`no line names ${e.field} with "${e.message}":\n${output}`,
				).toBe(true);
			}
			expect(existsSync(join(dir, 'dist/index.html')), 'a failed build must not publish pages').toBe(false);
		},
		600_000,
	); // a test may wait for a free slot before its build starts
});
