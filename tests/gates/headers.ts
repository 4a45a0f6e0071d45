import { load } from 'cheerio';
import type { BuiltPage, Finding } from './site.ts';

/** One rule of a `_headers` file (Netlify / Cloudflare Pages format): a URL pattern and its headers. */
export interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
}

/** Parses a `_headers` file: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split('\n')) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: {} });
			continue;
		}
		const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(raw);
		const rule = rules.at(-1);
		if (!m || !rule) throw new Error(`_headers: cannot read line "${raw}"`);
		rule.headers[m[1]!.toLowerCase()] = m[2]!.trim();
	}
	return rules;
}

/** A CSP as a map of directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), values);
	}
	return out;
}

/** Headers every page must be served with, and what their value must contain. */
export const REQUIRED_HEADERS: Record<string, RegExp> = {
	'content-security-policy': /frame-ancestors/,
	'x-content-type-options': /^nosniff$/,
	'referrer-policy': /\S/,
};

/** Directives a page's own <meta> CSP sets per page (hashes of what Astro bundles): the header must leave them alone. */
const PER_PAGE_DIRECTIVES = ['default-src', 'script-src', 'style-src'];

/**
 * Checks a `_headers` file against the built pages: the catch-all rule sends the required headers;
 * its CSP has no 'unsafe-inline' or 'unsafe-eval'; it sets no directive that would block what a
 * page's <meta> CSP allows (browsers enforce both policies); and every directive both set agrees.
 */
export function checkHeaders(text: string, pages: BuiltPage[]): Finding[] {
	const findings: Finding[] = [];
	const page = '_headers';
	let rules: HeaderRule[];
	try {
		rules = parseHeaders(text);
	} catch (e) {
		return [{ page, message: (e as Error).message }];
	}
	const all = rules.find((r) => r.pattern === '/*');
	if (!all) return [{ page, message: 'has no "/*" rule: every page must get the security headers' }];
	for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
		const value = all.headers[name];
		if (value === undefined) findings.push({ page, message: `"/*" does not send ${name}` });
		else if (!pattern.test(value)) findings.push({ page, message: `"/*" sends ${name}: ${value}, which should match ${pattern}` });
	}
	const headerCsp = parseCsp(all.headers['content-security-policy'] ?? '');
	for (const [directive, values] of headerCsp) {
		if (values.some((v) => /^'unsafe-(inline|eval)'$/.test(v)))
			findings.push({ page, message: `CSP ${directive} allows ${values.join(' ')}: no 'unsafe-inline' or 'unsafe-eval'` });
		if (PER_PAGE_DIRECTIVES.includes(directive)) {
			findings.push({
				page,
				message: `CSP sets ${directive}, which would block the scripts and styles each page's <meta> CSP allows by hash; leave it to the page`,
			});
		}
	}
	for (const p of pages) {
		const meta = load(p.html)('meta[http-equiv="content-security-policy" i]').attr('content');
		if (!meta) {
			findings.push({ page: p.path, message: 'has no <meta http-equiv="content-security-policy"> (Astro security.csp)' });
			continue;
		}
		const pageCsp = parseCsp(meta);
		for (const [directive, values] of headerCsp) {
			const other = pageCsp.get(directive);
			if (other && other.join(' ') !== values.join(' ')) {
				findings.push({
					page: p.path,
					message: `CSP ${directive} is "${other.join(' ')}" in the page but "${values.join(' ')}" in _headers`,
				});
			}
		}
		for (const [directive, values] of pageCsp) {
			if (values.some((v) => /^'unsafe-(inline|eval)'$/.test(v)))
				findings.push({ page: p.path, message: `CSP ${directive} allows ${values.join(' ')}` });
		}
	}
	return findings;
}

/** The headers a static host would send for a path: every rule whose pattern (with `*`) matches, later rules winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		const re = new RegExp(
			`^${rule.pattern
				.split('*')
				.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`,
		);
		if (re.test(path)) Object.assign(out, rule.headers);
	}
	return out;
}
