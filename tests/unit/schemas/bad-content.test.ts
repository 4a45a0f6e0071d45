import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadContent } from '../../helpers/load-content.ts';

interface Case {
	title: string;
	file: string;
	set?: Record<string, unknown>;
	unset?: string;
	append?: string;
	expect: { field: string; message: string };
}
const cases = parse(readFileSync('tests/unit/cases/bad-content.yml', 'utf8')) as Case[];

/** "population.parts[1].n" → ['population', 'parts', 1, 'n'] */
const pathOf = (dotted: string) =>
	dotted.split(/\.|(?=\[)/).filter(Boolean).map((k) => (/^\[\d+\]$/.test(k) ? Number(k.slice(1, -1)) : k));

const tmp = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad content is reported with file, field and reason', () => {
	test.each(cases)('$title', async (c) => {
		const dir = join(tmp, c.title.replace(/\W+/g, '-'));
		cpSync('content', dir, { recursive: true });
		const file = join(dir, c.file);
		if (c.append) writeFileSync(file, readFileSync(file, 'utf8') + c.append);
		else {
			const doc = parseDocument(readFileSync(file, 'utf8'));
			for (const [k, v] of Object.entries(c.set ?? {})) doc.setIn(pathOf(k), v);
			if (c.unset) doc.deleteIn(pathOf(c.unset));
			writeFileSync(file, doc.toString());
		}
		const { issues } = await loadContent(dir);
		const match = issues.find((i) => i.file.endsWith(c.file) && i.field === c.expect.field && i.message.includes(c.expect.message));
		expect(match, `expected an issue in ${c.file} at ${c.expect.field} saying "${c.expect.message}"; got:\n${issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n')}`).toBeDefined();
	});
});

test('the unbroken copy has no issues (so every case above fails for its own reason)', async () => {
	const dir = join(tmp, 'unbroken');
	cpSync('content', dir, { recursive: true });
	expect((await loadContent(dir)).issues).toEqual([]);
});
