import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// Real builds of a copy of the project with one thing broken: the build must fail (exit code not
// 0), say which file and field, and publish nothing.
const ROOT = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'build-fails-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function projectWith(name: string, edit: (dir: string) => void): string {
	const dir = join(tmp, name);
	for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	edit(dir);
	return dir;
}

function build(dir: string) {
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const replaceIn = (file: string, from: string, to: string) => {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
	writeFileSync(file, text.replace(from, to));
};

test('a dangling reference (which Astro 7 only logs) fails the build, naming file and field', () => {
	const dir = projectWith('dangling', (d) =>
		replaceIn(join(d, 'content/endpoints/kiyoi-2020/os.yaml'), 'outcome: os', 'outcome: overall-survival')
	);
	const { status, output } = build(dir);
	expect(status).not.toBe(0);
	expect(output).toContain('content/endpoints/kiyoi-2020/os.yaml: outcome: refers to outcomes "overall-survival", which does not exist');
	expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
});

test('a printed percentage that disagrees with its counts fails the build, naming file and field', () => {
	const dir = projectWith('percent', (d) =>
		replaceIn(join(d, 'content/endpoints/kiyoi-2020/cr-crh-phase-2.yaml'), 'percent: 38', 'percent: 40')
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
