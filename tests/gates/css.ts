import * as csstree from 'css-tree';
import type { Finding } from './site.ts';

// Valid CSS. Browsers drop what they cannot parse without a word, so a missing brace or a mistyped
// property shows up only as a page that looks wrong. css-tree's parser reports syntax errors, and its
// lexer (the W3C property grammars from mdn/data) rejects unknown properties and values that do not
// match a property's grammar. Values with var() cannot be matched before the variables are known, so
// they are only parsed; custom properties (--name) are free-form by definition.

/** Findings for one stylesheet, with line and column. */
export function checkCss(path: string, css: string): Finding[] {
	const findings: Finding[] = [];
	const at = (loc: { line: number; column: number } | undefined) => (loc ? `line ${loc.line}, column ${loc.column}` : 'unknown position');
	const ast = csstree.parse(css, {
		positions: true,
		filename: path,
		onParseError: (e) => {
			const err = e as Error & { line?: number; column?: number };
			findings.push({
				page: path,
				message: `${at(err.line ? { line: err.line, column: err.column ?? 0 } : undefined)}: syntax error: ${err.message}`,
			});
		},
	});
	csstree.walk(ast, {
		visit: 'Declaration',
		enter(node) {
			if (node.property.startsWith('--')) return;
			if (csstree.find(node.value, (n) => n.type === 'Function' && n.name.toLowerCase() === 'var')) return;
			const match = csstree.lexer.matchProperty(node.property, node.value);
			if (!match.error) return;
			const what = /^Unknown property/.test(match.error.message)
				? `unknown property "${node.property}"`
				: `"${node.property}: ${csstree.generate(node.value)}" does not match the property's grammar`;
			findings.push({ page: path, message: `${at(node.loc?.start)}: ${what}` });
		},
	});
	return findings;
}
