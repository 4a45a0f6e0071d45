import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../helpers/load-content.ts';
import { type ContentEdit, applyEdit } from '../../helpers/project-copy.ts';

interface Case extends Partial<ContentEdit> {
	title: string;
	edits?: ContentEdit[];
	expect: { field: string; message: string };
}
const cases = parse(readFileSync('tests/unit/cases/bad-content.yml', 'utf8')) as Case[];

const tmp = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad content is reported with file, field and reason', () => {
	test.each(cases)('$title', async (c) => {
		const dir = join(tmp, c.title.replace(/\W+/g, '-'));
		cpSync('content', dir, { recursive: true });
		const edits = c.edits ?? [c as ContentEdit];
		for (const edit of edits) applyEdit(dir, edit);
		const file = (edits.at(-1)!.move ?? edits.at(-1)!.file).replace(/^/, '');
		const { issues } = loadContent(dir);
		const match = issues.find((i) => i.file.endsWith(file) && i.field.startsWith(c.expect.field) && i.message.includes(c.expect.message));
		expect(
			match,
			`expected an issue in ${file} at ${c.expect.field} saying "${c.expect.message}"; got:\n${issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n')}`,
		).toBeDefined();
	});
});

test('the unbroken copy has no issues (so every case above fails for its own reason)', async () => {
	const dir = join(tmp, 'unbroken');
	cpSync('content', dir, { recursive: true });
	expect(loadContent(dir).issues).toEqual([]);
});
