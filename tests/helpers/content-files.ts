import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FEATURED_PUBLICATION } from '../../src/site.ts';
import { percent1, exactInterval } from './reference-stats.ts';

// The content as files (content/…), read with a plain YAML parser and nothing from src/ but the
// name of the featured paper: what the gates compare the built pages with. Whatever content holds
// (five publications or fifty), the gates expect each of them on its pages, so adding a publication
// by the README's recipe needs no change to a test.

export const CONTENT = process.env.CONTENT_DIR ?? 'content';
export const FEATURED = FEATURED_PUBLICATION;

const yaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;
const yamlNames = (dir: string) =>
	readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => f.replace(/\.ya?ml$/, ''))
		.sort();

export interface Interval {
	lower: number;
	upper: number;
}
export type Measure =
	| {
			kind: 'proportion';
			events: number;
			denominator: number;
			printed?: { percent: number; decimals?: number };
			denominatorBasis?: { method: string };
			eventsBasis?: { method: string };
	  }
	| { kind: 'reported-percent'; percent: number; decimals?: number; ci?: Interval }
	| { kind: 'time-to-event'; estimate: number | 'not-estimable'; decimals?: number; ci?: Interval; n?: number }
	| { kind: 'hazard-ratio'; estimate: number; ci: Interval; p?: { relation: string; value: number } };

export interface Part {
	id: string;
	label: string;
	n?: number;
	ja?: { label?: string };
}
export interface Publication {
	id: string;
	title: string;
	shortTitle: string;
	journal: string;
	authorship?: 'published-order' | 'order-not-confirmed' | 'not-confirmed';
	authors?: { given?: string; family: string }[];
	population?: { enrolled?: number; parts: Part[] };
	identifiers?: { doi?: string; pmid?: string; pmcid?: string; nct?: string };
	ja?: { shortTitle?: string };
}
export interface Endpoint {
	/** "tower-2017/os-hazard-ratio" */
	id: string;
	publication: string;
	/** The file name: the row's permanent anchor. */
	anchor: string;
	outcome: string;
	order: number;
	part: string;
	/** primary | additional | not-stated */
	role?: string;
	measure: Measure;
	source?: { source: string; locator?: string };
}
export interface Outcome {
	id: string;
	label: string;
	criteria?: { components: string[]; window: { weeks: number }; among: string };
	ja?: { label?: string };
}
export interface ContentPage {
	/** Public path: "/", "/design/", "/ja/", "/ja/design/". */
	path: string;
	lang: 'en' | 'ja';
	/** The page in its language-neutral form: "index", "design". */
	slug: string;
	title: string;
	description?: string;
	/** The MDX file's text. */
	source: string;
}

export const publications = (): Publication[] =>
	yamlNames(join(CONTENT, 'publications')).map((id) => ({
		id,
		...yaml<Omit<Publication, 'id'>>(join(CONTENT, 'publications', `${id}.yaml`)),
	}));

export const journals = (): Record<string, { title?: string; abbreviation?: string }> =>
	Object.fromEntries(yamlNames(join(CONTENT, 'journals')).map((id) => [id, yaml(join(CONTENT, 'journals', `${id}.yaml`))]));

/** Every endpoint of every publication, in each publication's table order. */
export function endpoints(): Endpoint[] {
	const dir = join(CONTENT, 'endpoints');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((pub) =>
			yamlNames(join(dir, pub))
				.map((anchor) => ({ id: `${pub}/${anchor}`, anchor, ...yaml<Omit<Endpoint, 'id' | 'anchor'>>(join(dir, pub, `${anchor}.yaml`)) }))
				.sort((a, b) => a.order - b.order),
		);
}

/** The register's kind of each source (content/sources.yaml): review-article, press-release, … */
export const sourceKinds = (): Record<string, string> =>
	Object.fromEntries(yaml<{ id: string; kind: string }[]>(join(CONTENT, 'sources.yaml')).map((s) => [s.id, s.kind]));

export const outcomes = (): Outcome[] => yaml<Outcome[]>(join(CONTENT, 'outcomes.yaml'));

export const changes = (): { id: string; date: string; kind: string; pages?: string[] }[] =>
	yaml<{ id: string; date: string | Date; kind: string; pages?: string[] }[]>(join(CONTENT, 'changes.yaml')).map((c) => ({
		...c,
		date: c.date instanceof Date ? c.date.toISOString().slice(0, 10) : String(c.date),
	}));

/** The MDX pages, English (content/pages/*.mdx) and Japanese (content/pages/ja/*.mdx), with their frontmatter. */
export function contentPages(): ContentPage[] {
	const read = (dir: string, lang: 'en' | 'ja') =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => {
				const slug = f.replace(/\.mdx$/, '');
				const text = readFileSync(join(dir, f), 'utf8');
				const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Omit<ContentPage, 'path' | 'lang' | 'slug' | 'source'>;
				const path = lang === 'en' ? (slug === 'index' ? '/' : `/${slug}/`) : slug === 'index' ? '/ja/' : `/ja/${slug}/`;
				return { ...front, path, lang, slug, source: text };
			});
	const ja = join(CONTENT, 'pages', 'ja');
	return [...read(join(CONTENT, 'pages'), 'en'), ...(existsSync(ja) ? read(ja, 'ja') : [])];
}

/** The pages that show a publication's endpoint table, in both languages. */
export function endpointTablePages(publication: string): string[] {
	const pages = [`/publications/${publication}/`, `/ja/publications/${publication}/`];
	return publication === FEATURED ? ['/endpoints/', '/ja/endpoints/', ...pages] : pages;
}

const fixed = (value: number, decimals?: number) => (decimals === undefined ? String(value) : value.toFixed(decimals));

/**
 * The numbers a measure's row must show, cell by cell, worked out here from the counts and printed
 * values in content: the percentage of a proportion and its exact interval (reference-stats.ts)
 * to one decimal, printed values as printed. `printed` lists numbers that the printed cell must
 * contain (it also says "95% CI" in words).
 */
export function expectedNumbers(m: Measure): { result: string[]; ci: string[]; printed: string[] } {
	switch (m.kind) {
		case 'proportion': {
			const ci = exactInterval(m.events, m.denominator);
			return {
				result: [String(m.events), String(m.denominator), percent1(m.events / m.denominator)],
				ci: [percent1(ci.lower), percent1(ci.upper)],
				printed: m.printed ? [fixed(m.printed.percent, m.printed.decimals ?? 0)] : [],
			};
		}
		case 'reported-percent': {
			const percent = fixed(m.percent, m.decimals ?? 0);
			const ci = m.ci ? [String(m.ci.lower), String(m.ci.upper)] : [];
			return { result: [percent], ci, printed: [percent, ...ci] };
		}
		case 'time-to-event': {
			const estimate = m.estimate === 'not-estimable' ? [] : [fixed(m.estimate, m.decimals)];
			const ci = m.ci ? [String(m.ci.lower), String(m.ci.upper)] : [];
			return { result: estimate, ci, printed: [...estimate, ...ci] };
		}
		case 'hazard-ratio': {
			const ci = [String(m.ci.lower), String(m.ci.upper)];
			return { result: [String(m.estimate)], ci, printed: [String(m.estimate), ...ci, ...(m.p ? [String(m.p.value)] : [])] };
		}
	}
}

/** Every number in a text, as written ("8/21 (38.1%)" → 8, 21, 38.1). */
export const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** Japanese script (kana and kanji). */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
