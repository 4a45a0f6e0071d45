import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

/**
 * Prose in MDX pages never types a study number: numbers come through components. What remains
 * after removing frontmatter, components, code and link targets may only hold digits inside
 * these names, which are labels rather than data.
 */
const ALLOWED = [/\bphase 1b\b/gi, /\bphase 2\b/gi, /\bphase 1b\/2\b/gi, /\bCD19\b/g, /\bCD3\b/g, /\b95% (?:confidence intervals?|intervals?|CI)\b/g, /\bS13\b/g, /\bgrade 3 or worse\b/gi];

function prose(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---/, '') // frontmatter
		.replace(/<[A-Z][\s\S]*?\/>/g, '') // self-closing components
		.replace(/<\/?[A-Za-z][^>]*>/g, '') // other tags
		.replace(/\]\([^)]*\)/g, ']') // link targets
		.replace(/`[^`]*`/g, '');
}

const dir = 'content/pages';
const pages = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

test('there are pages to check', () => {
	expect(pages.length).toBeGreaterThanOrEqual(5);
});

test.each(pages)('%s types no numbers in its prose', (file) => {
	let text = prose(readFileSync(`${dir}/${file}`, 'utf8'));
	for (const re of ALLOWED) text = text.replace(re, '');
	const lines = text.split('\n').filter((l) => /\d/.test(l));
	expect(lines, 'use <Fact k="…" /> or <Result id="…" /> for numbers').toEqual([]);
});

test('the check catches a typed number', () => {
	let text = prose('---\ntitle: x\n---\nThe rate was 38% in phase 2 (<Result id="x" />).');
	for (const re of ALLOWED) text = text.replace(re, '');
	expect(/\d/.test(text)).toBe(true);
});
