import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { fieldPath } from '../../src/lib/content/files.ts';

/** The project root (tests run from it). */
export const ROOT = resolve('.');

/** What a copy of the project needs to build. */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into `dir` (node_modules linked, not copied) and applies `edit` to the copy. */
export function projectCopy(dir: string, edit: (dir: string) => void = () => {}): string {
	for (const f of PROJECT_FILES) {
		if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	edit(dir);
	return dir;
}

/**
 * The environment for a child build: this process's, without what Vitest adds (BASE_URL, MODE,
 * NODE_ENV=test, …), which would leak into the build's import.meta.env and override --base.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
	for (const key of Object.keys(env)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
	}
	return env;
}

/** Runs `astro build` in `dir` with Node 24 (this process's Node); returns exit status and all output. */
export function astroBuild(dir: string, args: string[] = [], env: Record<string, string> = {}) {
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: buildEnv(env),
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Like astroBuild, without blocking, so that a test can run two builds at once (one per core). */
export function astroBuildAsync(
	dir: string,
	args: string[] = [],
	env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
			cwd: dir,
			env: buildEnv(env),
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (status) => done({ status, output }));
	});
}

/** Runs async jobs at most `n` at a time. */
export function limit(n: number) {
	let running = 0;
	const queue: (() => void)[] = [];
	return async <T>(job: () => Promise<T>): Promise<T> => {
		if (running >= n) await new Promise<void>((r) => queue.push(r));
		running++;
		try {
			return await job();
		} finally {
			running--;
			queue.shift()?.();
		}
	};
}

/** Replaces text in a file, failing loudly when the text is not there (so fixtures cannot rot silently). */
export function replaceIn(file: string, from: string, to: string): void {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
	writeFileSync(file, text.replace(from, to));
}

/**
 * One edit of a content file, as an editor would make it: `set` and `unset` take dotted paths ([n]
 * for list items) and keep the rest of the YAML as it was; `append` adds raw text, `replace`
 * replaces raw text (both for mistakes YAML cannot express once parsed, such as a missing quote or
 * an unquoted impossible date); `write` creates or overwrites the file with raw text; `copy` makes
 * the file a copy of another content file; `move` renames the file.
 */
export interface ContentEdit {
	file: string;
	set?: Record<string, unknown>;
	unset?: string;
	append?: string;
	replace?: [from: string, to: string];
	write?: string;
	copy?: string;
	move?: string;
}

/** "population.parts[1].n" → ['population', 'parts', 1, 'n']; 'provenance["dates.online"]' keeps the dotted key. */
export const pathOf = fieldPath;

/** Applies an edit to a file below `contentDir`, keeping the rest of the YAML as it was. */
export function applyEdit(contentDir: string, edit: ContentEdit): void {
	const file = join(contentDir, edit.file);
	if (edit.write !== undefined) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, edit.write);
		return;
	}
	if (edit.copy) {
		cpSync(join(contentDir, edit.copy), file);
		return;
	}
	if (edit.move) {
		if (!existsSync(file)) throw new Error(`fixture edit: ${edit.file} does not exist`);
		renameSync(file, join(contentDir, edit.move));
		return;
	}
	if (edit.replace) {
		replaceIn(file, edit.replace[0], edit.replace[1]);
		return;
	}
	if (edit.append) {
		writeFileSync(file, readFileSync(file, 'utf8') + edit.append);
		return;
	}
	const doc = parseDocument(readFileSync(file, 'utf8'));
	for (const [k, v] of Object.entries(edit.set ?? {})) {
		if (!doc.hasIn(pathOf(k).slice(0, -1)) && pathOf(k).length > 1) throw new Error(`fixture edit: ${k} has no parent in ${edit.file}`);
		doc.setIn(pathOf(k), v);
	}
	if (edit.unset) {
		if (!doc.hasIn(pathOf(edit.unset))) throw new Error(`fixture edit: ${edit.unset} is not in ${edit.file}`);
		doc.deleteIn(pathOf(edit.unset));
	}
	writeFileSync(file, doc.toString());
}
