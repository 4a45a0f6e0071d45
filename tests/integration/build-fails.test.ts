import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild as build, projectCopy, replaceIn } from '../helpers/project-copy.ts';

// Real builds of a copy of the project with one thing broken: the build must fail (exit code not
// 0), say which file and field, and publish nothing.
const tmp = mkdtempSync(join(tmpdir(), 'build-fails-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const projectWith = (name: string, edit: (dir: string) => void) => projectCopy(join(tmp, name), edit);

test('a dangling reference (which Astro 7 only logs) fails the build, naming file and field', () => {
	const dir = projectWith('dangling', (d) =>
		replaceIn(join(d, 'content/endpoints/kiyoi-2020/os.yaml'), 'outcome: os', 'outcome: overall-survival'),
	);
	const { status, output } = build(dir);
	expect(status).not.toBe(0);
	expect(output).toContain('content/endpoints/kiyoi-2020/os.yaml: outcome: refers to outcomes "overall-survival", which does not exist');
	expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
});

test('a printed percentage that disagrees with its counts fails the build, naming file and field', () => {
	const dir = projectWith('percent', (d) =>
		replaceIn(join(d, 'content/endpoints/kiyoi-2020/cr-crh-phase-2.yaml'), 'percent: 38', 'percent: 40'),
	);
	const { status, output } = build(dir);
	expect(status).not.toBe(0);
	expect(output).toMatch(/cr-crh-phase-2/);
	expect(output).toContain('measure.printed.percent');
	expect(output).toContain('8/21 rounds to 38%');
	expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
});

test('the unbroken copy builds (so the failures above are caused by the edits)', () => {
	const dir = projectWith('unbroken', () => {});
	const { status, output } = build(dir);
	expect(status, output).toBe(0);
	expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
});
