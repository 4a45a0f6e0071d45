// Every Japanese text of the site, from where it is written, for the glossary and style checks
// (tests/unit/glossary.test.ts): the string values of src/i18n/ja.ts, every `ja` field (and every
// field named …Ja) of content/*.yaml, and the Japanese pages content/pages/ja/*.mdx.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parseFrontmatter, parseYaml } from '../../src/lib/content/yaml.ts';
import type { JapaneseText } from '../../src/lib/glossary.ts';

/** Files below a folder with an extension, sorted, relative to `root`. */
function filesBelow(root: string, dir: string, ext: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const abs = join(d, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else if (name.endsWith(ext)) out.push(relative(root, abs));
		}
	};
	walk(join(root, dir));
	return out;
}

/** The text pieces of string and template literals in a TypeScript file (comments and code left out). */
export function dictionaryTexts(root: string, file: string): JapaneseText[] {
	const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
	const out: JapaneseText[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
		) {
			const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
			if (node.text.trim() !== '') out.push({ file, where: `line ${line}`, text: node.text, prose: false });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}

/**
 * The Japanese fields of one parsed YAML value: everything under a key `ja`, and every field whose
 * name ends in `Ja` (eligibilityJa). `path` names the field ("[dlt].ja.definition").
 */
function japaneseFields(value: unknown, path: string, inJa: boolean, push: (where: string, text: string) => void) {
	if (typeof value === 'string') {
		if (inJa) push(path, value);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((v, i) => {
			const id = v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : String(i);
			japaneseFields(v, `${path}[${id}]`, inJa, push);
		});
		return;
	}
	if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			japaneseFields(v, path ? `${path}.${key}` : key, inJa || key === 'ja' || key.endsWith('Ja'), push);
		}
	}
}

/**
 * The Japanese fields of every content YAML file. Changelog entries dated before `appliesFrom` are
 * historical records that are never rewritten, so they are left out.
 */
export function contentTexts(root: string, appliesFrom: string): JapaneseText[] {
	const out: JapaneseText[] = [];
	for (const file of filesBelow(root, 'content', '.yaml')) {
		if (file.endsWith('glossary.yaml')) continue;
		const parsed = parseYaml(readFileSync(join(root, file), 'utf8'), file);
		if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
		let data = parsed.data;
		if (file.endsWith('changes.yaml') && Array.isArray(data)) {
			data = data.filter((c: { date?: string }) => typeof c.date !== 'string' || c.date >= appliesFrom);
		}
		japaneseFields(data, '', false, (where, text) => out.push({ file, where, text, prose: text.includes('。') }));
	}
	return out;
}

/** MDX markup reduced to the words a reader sees: components dropped, links to their text. */
const readable = (line: string) =>
	line
		.replace(/<[^>]+>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*\*/g, '');

/**
 * The Japanese pages: frontmatter values, and the body line by line. Paragraphs and list items are
 * prose; headings and table rows are not.
 */
export function pageTexts(root: string): JapaneseText[] {
	const out: JapaneseText[] = [];
	for (const file of filesBelow(root, 'content/pages/ja', '.mdx')) {
		const text = readFileSync(join(root, file), 'utf8');
		const parsed = parseFrontmatter(text, file);
		if (!parsed.ok) throw new Error(`${file}: cannot read the frontmatter`);
		for (const [key, value] of Object.entries(parsed.data as Record<string, unknown>)) {
			if (typeof value === 'string') out.push({ file, where: key, text: value, prose: value.includes('。') });
		}
		parsed.body.split('\n').forEach((line, i) => {
			const words = readable(line).trim();
			if (words === '') return;
			const structural = /^(#|\||<h\d|---)/.test(line.trim());
			out.push({ file, where: `line ${parsed.bodyStart + i}`, text: words, prose: !structural });
		});
	}
	return out;
}

/** Every Japanese text of the project. */
export function japaneseTexts(root: string, appliesFrom: string): JapaneseText[] {
	return [...dictionaryTexts(root, 'src/i18n/ja.ts'), ...contentTexts(root, appliesFrom), ...pageTexts(root)];
}
