import { CST, type Document, Parser, isScalar, parseDocument, visit } from 'yaml';
import type { ContentIssue } from '../content-set.ts';

/**
 * The one YAML reader of the project: every content file (and every MDX page's frontmatter) goes
 * through it, in the build, in `npm run check:content` and in the tests.
 *
 * - YAML 1.2 core schema: `2020-02-30` stays the text "2020-02-30" (the schema then checks that it
 *   is a real calendar date; YAML 1.1 readers turn it into 1 March 2020), and `yes` stays "yes".
 * - A key given twice in one mapping is an error, not a silent overwrite.
 * - A syntax error names its line and column.
 * - Numbers must be written plainly: `031971321` (a leading zero), `0x1F` or `1e3` are refused, so
 *   that an identifier typed without quotes cannot lose its zero on the way.
 * - Merge keys (`<<`) are plain keys, which the schemas then refuse as unknown fields.
 */
export type YamlResult = { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] };

/** A plain decimal number as YAML 1.2 writes it: 26, -3, 0.5, 38.1 (no leading zero, no exponent). */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** "line 3, column 7" from a 1-based position. */
const at = (pos: { line: number; col: number } | undefined): string => (pos ? `line ${pos.line}, column ${pos.col}` : '');

/** Line and column (1-based) of an offset in the text. */
function linePos(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

/** What a parse error means, in words an editor can act on. */
function explain(code: string, first: string): string {
	const hints: Record<string, string> = {
		DUPLICATE_KEY: 'a key appears twice in the same block: keep one (a second value would silently replace the first)',
		MISSING_CHAR: 'a quote, a bracket or a list dash is missing: check this line and the ones just above it',
		BAD_INDENT: 'the indentation is wrong: items of one block must start in the same column',
		TAB_AS_INDENT: 'a tab is used for indentation: YAML needs spaces',
		BLOCK_AS_IMPLICIT_KEY: 'a value spans lines where a key was expected: check the indentation and the colons',
		MULTILINE_IMPLICIT_KEY: 'a key spans several lines: check for a missing colon or quote',
		UNEXPECTED_TOKEN: 'unexpected character: check quotes, colons and dashes on this line',
	};
	const reason = first.replace(/ at line \d+, column \d+:?$/, '');
	if (code === 'MISSING_CHAR' && /indicator/.test(reason)) {
		return `${reason}: this line is indented differently from the lines around it; check its indentation (YAML groups fields by their indentation)`;
	}
	return hints[code] ? `${reason}: ${hints[code]}` : reason;
}

/**
 * Where an unclosed quoted string starts. The parser reports a missing closing quote where the text
 * runs out, often many lines below the quote an editor forgot to close; this finds the opening one.
 */
function unclosedQuote(text: string): number | undefined {
	let found: number | undefined;
	for (const token of new Parser().parse(text)) {
		if (token.type !== 'document') continue;
		CST.visit(token, (item) => {
			for (const t of [item.key, item.value]) {
				if (found !== undefined || !t || (t.type !== 'double-quoted-scalar' && t.type !== 'single-quoted-scalar')) continue;
				const quote = t.type === 'double-quoted-scalar' ? '"' : "'";
				const body = t.source.trimEnd();
				if (body.length < 2 || !body.endsWith(quote)) found = t.offset;
			}
		});
	}
	return found;
}

/** Parses one YAML text strictly; `file` names it in messages (relative to the project). */
export function parseYaml(text: string, file: string): YamlResult {
	const doc: Document = parseDocument(text, { uniqueKeys: true, prettyErrors: true, merge: false, version: '1.2', schema: 'core' });
	if (doc.errors.length > 0) {
		// The first error is the mistake; the ones after it usually follow from it (one wrong indent
		// can produce dozens), so only the first is reported, with a count of the others.
		const more = doc.errors.length - 1;
		return {
			ok: false,
			issues: doc.errors.slice(0, 1).map((e) => {
				const opened = e.code === 'MISSING_CHAR' ? unclosedQuote(text) : undefined;
				const pos = opened !== undefined ? linePos(text, opened) : e.linePos?.[0];
				const message = explain(e.code, e.message.split('\n')[0] ?? e.message);
				return {
					file,
					field: `(YAML, ${at(pos)})`,
					message:
						(opened !== undefined
							? `a text in quotes starts here and is never closed: add its closing ${text[opened] === '"' ? 'double' : 'single'} quote`
							: message) + (more > 0 ? ` (the parser reports ${more} more error${more === 1 ? '' : 's'} after this one, probably caused by it)` : ''),
				};
			}),
		};
	}
	const issues: ContentIssue[] = [];
	visit(doc, {
		Scalar(_key, node) {
			if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'number') return;
			const source = node.source ?? String(node.value);
			if (!PLAIN_NUMBER.test(source)) {
				issues.push({
					file,
					field: `(YAML, ${at(linePos(text, node.range?.[0] ?? 0))})`,
					message: `the number ${source} is not written plainly (leading zero, hexadecimal, octal or exponent): write it as ${node.value} if it is a number, or in quotes ("${source}") if it is text such as an identifier`,
				});
			}
		},
	});
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) };
}

/**
 * The frontmatter of an MDX page, parsed strictly; `{}` when the page has none. The body after it is
 * returned too, for checks that read the page's components.
 */
export function parseFrontmatter(text: string, file: string): YamlResult & { body: string; bodyStart: number } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!m) return { ok: true, data: {}, body: text, bodyStart: 1 };
	const parsed = parseYaml(m[1] ?? '', file);
	const body = text.slice(m[0].length);
	const bodyStart = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
	if (!parsed.ok) {
		// Lines are counted from the file's first line, which is the opening ---.
		const shifted = parsed.issues.map((i) => ({ ...i, field: i.field.replace(/line (\d+)/, (_, n: string) => `line ${Number(n) + 1}`) }));
		return { ok: false, issues: shifted, body, bodyStart };
	}
	return { ...parsed, data: parsed.data ?? {}, body, bodyStart };
}
