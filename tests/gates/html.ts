import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { type ConfigData, HtmlValidate } from 'html-validate';
import type { BuiltPage, Finding } from './site.ts';

/**
 * html-validate with its recommended rules, five adjusted:
 * - `void-style` off: MDX writes `<br />` and Astro `<meta … />`, both valid HTML.
 * - `prefer-native-element` allows role="region": the scrollable table wrappers are
 *   `<div role="region" aria-labelledby tabindex="0">`, the documented pattern for a keyboard-
 *   scrollable table.
 * - `no-redundant-role` off: the results tables (`table.stack`) carry role="table", "row", "cell" …
 *   on purpose. Below 1024 px their rows are blocks (display changes), and browsers that drop a
 *   table's semantics when its display changes keep them from the explicit roles.
 * - `long-title` at 100 characters: every `<title>` ends in " | " and the site's name.
 * - `no-trailing-whitespace` off: a style rule, and the RIS text shown in a <pre> must end each
 *   record with the tag "ER  - " (with its trailing space) to be byte-identical to the file.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		'void-style': 'off',
		'prefer-native-element': ['error', { exclude: ['region'] }],
		'no-redundant-role': 'off',
		'long-title': ['error', { maxlength: 100 }],
		'no-trailing-whitespace': 'off',
	},
};
const htmlValidate = new HtmlValidate(HTML_VALIDATE_CONFIG);

/** Validates pages with html-validate; every error is a finding with line and column. */
export async function checkHtmlValidate(pages: BuiltPage[]): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const page of pages) {
		const report = await htmlValidate.validateString(page.html, page.file);
		for (const result of report.results) {
			for (const m of result.messages) {
				if (m.severity === 2) findings.push({ page: page.path, message: `line ${m.line}:${m.column} ${m.ruleId}: ${m.message}` });
			}
		}
	}
	return findings;
}

const require = createRequire(import.meta.url);
/** Path of the Nu checker's jar from the `vnu-jar` package. */
export const VNU_JAR: string = String(require('vnu-jar'));

/**
 * Runs the W3C Nu HTML checker (vnu.jar, needs Java) over a folder or files, errors only.
 * Findings name the file and line. Throws when Java cannot run at all.
 */
export function checkNu(paths: string[]): Finding[] {
	const r = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', ...paths], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (r.error)
		throw new Error(
			`could not run the Nu checker (java -jar ${VNU_JAR}): ${r.error.message}. Install Java (Debian: default-jre-headless).`,
		);
	const json = r.stderr.trim() || r.stdout.trim();
	let parsed: { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
	try {
		parsed = JSON.parse(json);
	} catch {
		throw new Error(`the Nu checker did not return JSON (exit ${r.status}):\n${json.slice(0, 2000)}`);
	}
	return parsed.messages
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => ({
			page: (m.url ?? '').replace(/^file:/, ''),
			message: `line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` (near "${m.extract.trim()}")` : ''}`,
		}));
}
