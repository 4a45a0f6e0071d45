import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { astroBuildAsync, buildEnv, pathOf, projectCopy, replaceIn } from '../helpers/project-copy.ts';

// Languages are data (issue 12): a third language is a dictionary, one line in the list of languages,
// and the content's texts in it. This adds a stub French edition to a copy of the project: the
// content check must list every text French needs (file and field), and once they are given (here the
// English texts, copied), the site must build with French route pages, a French 404 section and
// French sharing images, without any other change to the code.

const tmp = mkdtempSync(join(tmpdir(), 'third-language-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Issue {
	file: string;
	field: string;
	message: string;
}

/** `npm run check:content` in the copy: its exit status and the problems it lists. */
function checkContent(dir: string): { status: number | null; issues: Issue[]; output: string } {
	const r = spawnSync(
		process.execPath,
		['--experimental-transform-types', '--disable-warning=ExperimentalWarning', 'src/cli/check-content.ts'],
		{ cwd: dir, encoding: 'utf8', env: buildEnv() },
	);
	const output = `${r.stdout}\n${r.stderr}`;
	const issues: Issue[] = [];
	let file = '';
	for (const line of output.split('\n')) {
		if (/^\S.*\.(ya?ml|mdx)$/.test(line)) file = line.trim();
		const m = /^ {2}(?:line \d+, )?(\S+): (.*)$/.exec(line);
		if (m && file) issues.push({ file, field: m[1]!, message: m[2]! });
	}
	return { status: r.status, issues, output };
}

test('a stub third language: the content check lists what it needs; with that, the site builds in it', async () => {
	const dir = projectCopy(join(tmp, 'project'), (d) => {
		writeFileSync(
			join(d, 'src/i18n/fr.ts'),
			"import { en } from './en.ts';\n\n/** A stub: the English strings under a French name. */\nexport const fr: typeof en = { ...en, languageName: 'Français' };\n",
		);
		replaceIn(
			join(d, 'src/i18n/index.ts'),
			"import { ja } from './ja.ts';",
			"import { ja } from './ja.ts';\nimport { fr } from './fr.ts';",
		);
		replaceIn(join(d, 'src/i18n/index.ts'), '\tja,\n', '\tja,\n\tfr,\n');
	});

	// Every missing French text, each with its file and field, in one run.
	const missing = checkContent(dir);
	expect(missing.status, missing.output).toBe(1);
	const french = missing.issues.filter((i) => /(^|\.)fr\.\w+$/.test(i.field));
	expect(french.length, missing.output).toBeGreaterThan(20);
	expect(
		missing.issues.filter((i) => !french.includes(i)),
		'only French texts are missing',
	).toEqual([]);
	for (const file of ['outcomes.yaml', 'changes.yaml', 'publications/kiyoi-2020.yaml', 'endpoints/kiyoi-2020/cr-crh-phase-2.yaml']) {
		expect(
			french.some((i) => i.file.endsWith(file)),
			`${file} is named`,
		).toBe(true);
	}

	// Give each one the English text (a translator would write French here), and say where a
	// translation is the site's own (ASJC names: basis). The check may ask for more once the first
	// texts are in (the basis of a new name): a few rounds.
	let round = missing;
	for (let i = 0; i < 3 && round.status !== 0; i++) {
		for (const issue of round.issues) {
			const path = join(dir, issue.file);
			const doc = parseDocument(readFileSync(path, 'utf8'));
			const entry = /\(entry "([^"]+)"\)$/.exec(issue.message)?.[1];
			const prefix = entry === undefined ? [] : [(doc.toJS() as { id: string }[]).findIndex((e) => String(e.id) === entry)];
			const target = [...prefix, ...pathOf(issue.field)];
			const english = target.filter((k, j) => !(k === 'fr' && j === target.lastIndexOf('fr')));
			doc.setIn(target, target.at(-1) === 'basis' ? 'site-translation' : doc.getIn(english));
			writeFileSync(path, doc.toString());
		}
		round = checkContent(dir);
	}
	expect(round.status, round.output).toBe(0);

	const built = await astroBuildAsync(dir, [], { SITE_URL: 'https://evidence.example.org' });
	expect(built.status, built.output).toBe(0);
	const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
	// Route pages in French, in French, with the switch to the other languages.
	for (const path of ['fr/search/index.html', 'fr/publications/tower-2017/index.html', 'fr/publications/kiyoi-2020/index.html']) {
		expect(existsSync(join(dir, 'dist', path)), path).toBe(true);
		expect(read(path)).toContain('<html lang="fr"');
	}
	expect(read('publications/tower-2017/index.html')).toMatch(/hreflang="fr"/);
	// The 404 page has a French section; the French page has its own sharing image, and it exists.
	expect(read('404.html')).toContain('id="not-found-fr"');
	const image = /<meta property="og:image" content="([^"]+)"/.exec(read('fr/publications/tower-2017/index.html'))?.[1];
	expect(image).toMatch(/\/og\/.*fr.*\.png$/);
	expect(existsSync(join(dir, 'dist', new URL(image!).pathname))).toBe(true);
}, 600_000);
