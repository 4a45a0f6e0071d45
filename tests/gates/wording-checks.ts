import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { parse } from 'yaml';
import { CONTENT, JAPANESE } from '../helpers/content-files.ts';
import { type ParsedSite, langOfPath } from './dom.ts';

// Pages speak to readers: the words a page shows are never the content's internals. What counts as
// an internal is read from content/ itself (every key, dotted field path and id it holds), so a new
// field or record is covered without a change here:
// - a field path ("population.parts", "ja.summary") or a camelCase key ("cyclesReceived");
// - serialised data: two keys of the content, each followed by ": ", in one run of text
//   ("cycles: from: 1, to: 1", "ja: phase: 第1b/2相");
// - a content id ("cancer-science", "nct02412306", "(kiyoi-2020)"), unless it is part of a file name
//   or an address ("kiyoi-2020.bib");
// - a path of the repository ("../shared/reference/portal-record.txt", "content/glossary.yaml");
// - Japanese text on an English page outside an element marked lang="ja".
// Code blocks (<pre>: citation formats, JSON examples) are not prose and are not read.

/** What the content calls its own fields and records. */
export interface ContentInternals {
	/** Dotted paths of keys through objects ("dates.online", "design.ja.setting"). */
	paths: Set<string>;
	/** Every key of every object. */
	keys: Set<string>;
	/** Ids of records, parts and entries that a reader would not recognise: with a hyphen or a digit. */
	ids: Set<string>;
}

const yamlFiles = (dir: string): string[] => {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (/\.ya?ml$/.test(name)) out.push(p);
		}
	};
	if (existsSync(dir)) walk(dir);
	return out.sort();
};

/** Reads the keys, paths and ids out of every YAML file of the content folder. */
export function contentInternals(dir = CONTENT): ContentInternals {
	const paths = new Set<string>();
	const keys = new Set<string>();
	const ids = new Set<string>();
	const visit = (v: unknown, prefix: string) => {
		if (Array.isArray(v)) {
			for (const x of v) visit(x, prefix);
			return;
		}
		if (v === null || typeof v !== 'object') return;
		for (const [k, x] of Object.entries(v)) {
			if (!/^[a-z][A-Za-z0-9]*$/.test(k)) continue;
			keys.add(k);
			const path = prefix ? `${prefix}.${k}` : k;
			if (prefix) paths.add(path);
			if (k === 'id' && typeof x === 'string') ids.add(x);
			visit(x, path);
		}
	};
	for (const file of yamlFiles(dir)) {
		const rel = relative(dir, file).split(sep).join('/');
		const stem = rel.replace(/\.ya?ml$/, '');
		// A record's file name is its id ("publications/kiyoi-2020"; an endpoint's anchor too).
		const name = stem.split('/').pop()!;
		ids.add(name);
		if (stem.startsWith('endpoints/')) ids.add(stem.slice('endpoints/'.length));
		visit(parse(readFileSync(file, 'utf8')), '');
		// A changelog record names its fields as paths; those are internals too.
		for (const [, f] of readFileSync(file, 'utf8').matchAll(/fields: \[([^\]]*)\]/g))
			for (const p of f!.split(',').map((x) => x.trim())) if (p.includes('.')) paths.add(p);
	}
	const readable = (id: string) => id.length >= 4 && /[-\d]/.test(id) && /[a-z]/.test(id) && !/^\d/.test(id);
	return { paths, keys, ids: new Set([...ids].filter(readable)) };
}

/** The runs of text a reader sees, each with the language it is marked as (the closest lang attribute). */
function textRuns($: CheerioAPI, pageLang: string): { text: string; lang: string }[] {
	const runs: { text: string; lang: string }[] = [];
	const walk = (node: AnyNode, lang: string) => {
		if (node.type === 'text') {
			const text = (node as unknown as { data: string }).data;
			runs.push({ text, lang });
			return;
		}
		if (node.type !== 'tag' && node.type !== 'root') return;
		const el = node as unknown as { name?: string; attribs?: Record<string, string>; children: AnyNode[] };
		if (el.name && ['script', 'style', 'pre', 'template', 'noscript', 'head'].includes(el.name)) return;
		const own = el.attribs?.lang ?? lang;
		const block = el.name !== undefined && BLOCKS.has(el.name);
		if (block) runs.push({ text: '\n', lang: own });
		for (const c of el.children) walk(c, own);
		if (block) runs.push({ text: '\n', lang: own });
	};
	walk($.root()[0]!, pageLang);
	// Text split over inline elements reads as one run ("<code>changes/x</code>: <code>ja.summary</code>").
	const merged: { text: string; lang: string }[] = [];
	for (const r of runs) {
		const last = merged[merged.length - 1];
		if (last && last.lang === r.lang && !/\s$/.test(last.text) && !/^\s/.test(r.text)) last.text += r.text;
		else merged.push({ ...r });
	}
	return merged.filter((r) => r.text.trim());
}

/** Elements that start a new run of text (their text never reads on with their neighbours'). */
const BLOCKS = new Set(
	'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
		' ',
	),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is wrong with one run of text, given the content's internals. */
export function internalsIn(text: string, internals: ContentInternals): string[] {
	const found: string[] = [];
	// Field paths: dotted runs of content keys.
	for (const m of text.matchAll(/(?<![\w./-])[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+(?![\w/-]|\.\w)/g))
		if (internals.paths.has(m[0]) || m[0].split('.').every((k) => internals.keys.has(k) && /[A-Z]/.test(m[0])))
			found.push(`a field path "${m[0]}"`);
	// camelCase keys on their own ("cyclesReceived").
	for (const m of text.matchAll(/(?<![\w./-])[a-z]+[A-Z][A-Za-z]*(?![\w/-])/g))
		if (internals.keys.has(m[0])) found.push(`a field name "${m[0]}"`);
	// Serialised data: "key: value, key: …" with keys of the content.
	const pairs = [...text.matchAll(/(?<![\w.-])([a-z][A-Za-z]*): /g)].filter((m) => internals.keys.has(m[1]!));
	for (let i = 1; i < pairs.length; i++) {
		const a = pairs[i - 1]!;
		const b = pairs[i]!;
		if (b.index - a.index <= 60) {
			found.push(`serialised data "${text.slice(a.index, Math.min(text.length, b.index + 30)).trim()}"`);
			break;
		}
	}
	// Content ids, not inside a file name or an address.
	for (const id of internals.ids)
		if (new RegExp(`(?<![\\w./#-])${escape(id)}(?![\\w/-]|\\.\\w)`).test(text)) found.push(`a content id "${id}"`);
	// Paths of the repository.
	for (const m of text.matchAll(/(?:\.\.\/|(?<![\w./-])(?:content|src|tests|shared|public|node_modules)\/)[\w./-]*[\w]/g))
		found.push(`a repository path "${m[0]}"`);
	for (const m of text.matchAll(/(?<![\w./-])[\w-]+\.(?:ya?ml|mdx?|tsx?|astro)(?![\w/-])/g)) found.push(`a source file "${m[0]}"`);
	return found;
}

/**
 * Every page, both languages: no field path, serialised data, content id or repository path in what
 * it shows, and no Japanese on an English page outside an element marked Japanese.
 */
export function checkReaderWording(site: ParsedSite, internals: ContentInternals, paths = site.paths): string[] {
	const bad: string[] = [];
	for (const path of paths) {
		const $ = site.doc(path);
		const pageLang = $('html').attr('lang') ?? langOfPath(path);
		const seen = new Set<string>();
		for (const run of textRuns($, pageLang)) {
			const problems = internalsIn(run.text, internals);
			if (!run.lang.startsWith('ja') && JAPANESE.test(run.text))
				problems.push(`Japanese text on an English page, not marked lang="ja": "${run.text.trim().slice(0, 40)}"`);
			for (const p of problems) {
				if (seen.has(p)) continue;
				seen.add(p);
				bad.push(`${path}: shows ${p}, in "${run.text.trim().replace(/\s+/g, ' ').slice(0, 80)}"`);
			}
		}
	}
	return bad;
}
