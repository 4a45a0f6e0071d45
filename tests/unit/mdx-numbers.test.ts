import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/yaml.ts';
import { componentUses, typedNumbers } from '../../src/lib/content/pages-check.ts';

// Prose in MDX pages never types a study number: numbers come through components. The rule is part
// of the content check (src/lib/content/pages-check.ts), so the build fails on a typed number; these
// tests show that it catches one (ASCII and full-width), and that the real pages pass it.

const dir = 'content/pages';
// Every language: English at the top, translations in a folder per language (content/pages/ja/).
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const body = (file: string) => parseFrontmatter(readFileSync(`${dir}/${file}`, 'utf8'), file).body;

test('there are pages to check, in English and in Japanese', () => {
	expect(pages.filter((f) => !f.includes('/')).length).toBeGreaterThanOrEqual(5);
	expect(pages.filter((f) => f.startsWith('ja/')).length).toBeGreaterThanOrEqual(5);
});

test.each(pages)('%s types no numbers in its prose', (file) => {
	expect(typedNumbers(body(file)), 'use <Fact k="…" /> or <Result id="…" /> for numbers').toEqual([]);
});

test('the check catches a typed number, and reports its line', () => {
	expect(typedNumbers('Intro.\n\nThe rate was 38% in phase 2 (<Result id="x" />).')).toEqual([
		{ line: 3, text: 'The rate was 38% in phase 2 (<Result id="x" />).' },
	]);
});

test('the check catches a typed number in Japanese prose, in ASCII and in full-width digits', () => {
	expect(typedNumbers('第2相の寛解率は38%でした（<Result id="x" />）。')).toHaveLength(1);
	expect(typedNumbers('第2相の寛解率は３８％でした。')).toHaveLength(1);
});

test('labels that contain digits are not numbers', () => {
	expect(typedNumbers('In phase 1b and phase 2, the 95% CI … grade 3 or worse; CD19 and CD3. 第1b相と第2相。')).toEqual([]);
});

test('component uses are read with their string attributes and line', () => {
	expect(componentUses('a\n<Result id="os" show="ci" /> and <Fact k="population.enrolled"/>')).toEqual([
		{ name: 'Result', attrs: { id: 'os', show: 'ci' }, line: 2 },
		{ name: 'Fact', attrs: { k: 'population.enrolled' }, line: 2 },
	]);
});
