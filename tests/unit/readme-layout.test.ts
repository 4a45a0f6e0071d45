import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The README's "Project layout" tree against the repository: every path it names exists, and every
// tracked top-level entry, every entry of src/ and tests/ and every folder of src/lib/ is named.

interface Listed {
	path: string;
	line: number;
}

/** The paths of a layout tree: two spaces of indent per level, a folder ends in "/", a description follows after two spaces. */
function parseLayout(markdown: string): Listed[] {
	const start = markdown.indexOf('## Project layout');
	if (start < 0) throw new Error('README.md has no "## Project layout" section');
	const fence = markdown.indexOf('```', start);
	const end = markdown.indexOf('```', fence + 3);
	const lines = markdown.slice(fence, end).split('\n').slice(1);
	const firstLine = markdown.slice(0, fence).split('\n').length + 1;
	const parents: string[] = [];
	const out: Listed[] = [];
	lines.forEach((text, i) => {
		const m = /^( *)(\S+)/.exec(text);
		if (!m) return;
		const depth = m[1]!.length / 2;
		// A continuation line of a description is indented past any name.
		if (!Number.isInteger(depth) || depth > parents.length) return;
		parents.length = depth;
		const path = parents.join('') + m[2]!;
		out.push({ path, line: firstLine + i });
		if (m[2]!.endsWith('/')) parents.push(m[2]!);
	});
	return out;
}

/** Whether a path is named: itself, or (a folder) through a path inside it (".ci/run" names ".ci/"). */
const named = (listed: Listed[], path: string) => listed.some((l) => l.path === path || (path.endsWith('/') && l.path.startsWith(path)));

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const readme = readFileSync('README.md', 'utf8');

test('every path in the layout tree exists', () => {
	const listed = parseLayout(readme);
	expect(listed.length).toBeGreaterThan(20);
	const missing = listed.filter((l) => !existsSync(l.path)).map((l) => `README.md:${l.line}: ${l.path} does not exist`);
	expect(missing).toEqual([]);
});

test('the tree names every top-level entry, every entry of src/ and tests/, and every folder of src/lib/', () => {
	const listed = parseLayout(readme);
	const wanted = new Set<string>();
	for (const file of tracked) {
		const parts = file.split('/');
		wanted.add(parts.length > 1 ? `${parts[0]}/` : parts[0]!);
		if ((parts[0] === 'src' || parts[0] === 'tests') && parts.length > 2) wanted.add(`${parts[0]}/${parts[1]}/`);
		if ((parts[0] === 'src' || parts[0] === 'tests') && parts.length === 2) wanted.add(file);
		if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3) wanted.add(`src/lib/${parts[2]}/`);
	}
	const unnamed = [...wanted].filter((p) => !named(listed, p)).sort();
	expect(unnamed, 'add these to the "Project layout" tree in README.md').toEqual([]);
});

test('the parser reads nesting, and the checks fail on a wrong or a missing path', () => {
	const tree = [
		'## Project layout',
		'```',
		'src/                 code',
		'  lib/               plain TypeScript',
		'    stats/           numbers',
		'                     more words',
		'  nowhere.ts         x',
		'tests/',
		'```',
	].join('\n');
	const listed = parseLayout(tree);
	expect(listed.map((l) => l.path)).toEqual(['src/', 'src/lib/', 'src/lib/stats/', 'src/nowhere.ts', 'tests/']);
	expect(listed.filter((l) => !existsSync(l.path)).map((l) => l.path)).toEqual(['src/nowhere.ts']);
	expect(named(listed, 'src/lib/')).toBe(true);
	expect(named(listed, 'src/i18n/')).toBe(false);
	expect(named(listed, 'src/lib/stats/binomial.ts')).toBe(false);
});
