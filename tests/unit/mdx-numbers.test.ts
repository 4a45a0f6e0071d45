import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

/**
 * Prose in MDX pages never types a study number: numbers come through components. What remains
 * after removing frontmatter, components, code and link targets may only hold digits inside
 * these names, which are labels rather than data.
 */
const ALLOWED = [
	/\bphase 1b\b/gi,
	/\bphase 2\b/gi,
	/\bphase 1b\/2\b/gi,
	/\bCD19\b/g,
	/\bCD3\b/g,
	/\b95% (?:confidence intervals?|intervals?|CI)\b/g,
	/\bS13\b/g,
	/\bgrade 3 or worse\b/gi,
	// The same labels in Japanese pages (content/pages/ja/): phase names, the interval, the grade.
	/第1b\/2相/g,
	/第1b相/g,
	/第2相/g,
	/95%信頼区間/g,
	/Grade 3以上/g,
	/CD19/g,
	/CD3/g,
	/S13/g,
	// Names of data formats and licences (the /data/ page and the cite page's data section).
	/\bFHIR R5\b/g,
	/\bRFC 4180\b/g,
	/\bUTF-8\b/g,
	/\bCC0 1\.0\b/g,
	/\bHL7\b/g,
];

function prose(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---/, '') // frontmatter
		.replace(/<[A-Z][\s\S]*?\/>/g, '') // self-closing components
		.replace(/<\/?[A-Za-z][^>]*>/g, '') // other tags
		.replace(/\]\([^)]*\)/g, ']') // link targets
		.replace(/`[^`]*`/g, '');
}

const dir = 'content/pages';
// Every language: English at the top, translations in a folder per language (content/pages/ja/).
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

test('there are pages to check, in English and in Japanese', () => {
	expect(pages.filter((f) => !f.includes('/')).length).toBeGreaterThanOrEqual(5);
	expect(pages.filter((f) => f.startsWith('ja/')).length).toBeGreaterThanOrEqual(5);
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

test('the check catches a typed number in Japanese prose', () => {
	let text = prose('---\ntitle: x\n---\n第2相の寛解率は38%でした（<Result id="x" />）。');
	for (const re of ALLOWED) text = text.replace(re, '');
	expect(/\d/.test(text)).toBe(true);
});
