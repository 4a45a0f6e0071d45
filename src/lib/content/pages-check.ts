import type { ContentIssue, ContentSet } from '../content-set.ts';
import type { PageBody } from './files.ts';
import { type EndpointTextKind } from '../endpoints/measures.ts';
import { buildFacts } from '../facts.ts';
import { figureId } from '../og/card.ts';
import { keyFigures } from '../endpoints/key-figures.ts';
import { buildStudyView } from '../study.ts';
import { FEATURED_PUBLICATION } from '../../site.ts';

/**
 * Checks of what MDX pages use, run before any page is rendered (so that a typo in a component's
 * id fails the content check with file and line, instead of failing the build half-way):
 * - only the components that pages may use (src/components/mdx/index.ts);
 * - `<Result id>` names an endpoint anchor of the featured paper, `show` a known text;
 * - `<Fact k>` names a known fact; `<ProvenanceTable record>` a known record;
 * - `figure:` in the frontmatter names a key figure;
 * - the prose types no number (ASCII or full-width digits): numbers come through components.
 */

/**
 * The components MDX pages may use, by name. `mdxComponents` (src/components/mdx/index.ts) must have
 * exactly these keys: its `satisfies` clause makes the type check fail on one missing or extra.
 */
const MDX_COMPONENTS = [
	'Link',
	'AsjcTable',
	'AsjcTree',
	'CiteThis',
	'CiteThisPage',
	'ChangeLog',
	'DefinitionList',
	'DosingSchedule',
	'DosingTimeline',
	'Eligibility',
	'EndpointTable',
	'EnrolmentBreakdown',
	'Fact',
	'KeyFigures',
	'Note',
	'PaperHeader',
	'PlainSummary',
	'ProvenanceTable',
	'ResponseComparison',
	'Result',
	'SourceList',
	'StudyComparison',
	'SurvivalComparison',
	'TrialFacts',
	'DataFiles',
	'WikipediaEditors',
	'RegisteredOutcomes',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

const RESULT_KINDS: readonly EndpointTextKind[] = ['summary', 'count', 'percent', 'ci', 'printed', 'result', 'people'];
const PROVENANCE_RECORDS = ['publication', 'journal', 'trial', 'regimen'];

/**
 * Labels that contain digits but are names, not data: study parts, the interval's level, the
 * grade threshold, molecule and source names, in both languages. Everything else that is a digit
 * in prose is a typed number.
 */
const PROSE_LABELS: readonly RegExp[] = [
	/\bphase 1b\/2\b/gi,
	/\bphase 1b\b/gi,
	/\bphase 2\b/gi,
	/\bCD19\b/g,
	/\bCD3\b/g,
	/\b95% (?:confidence intervals?|intervals?|CI)\b/g,
	/\bS13\b/g,
	/\bgrade 3 or worse\b/gi,
	// Names of standards on the data page.
	/\bFHIR R5\b/g,
	/\bRFC 4180\b/g,
	/\bUTF-8\b/g,
	/\bCC0 1\.0\b/g,
	/\bHL7\b/g,
	/第1b\/2相/g,
	/第1b相/g,
	/第2相/g,
	/95%信頼区間/g,
	/Grade 3以上/g,
	/CD19/g,
	/CD3/g,
	/S13/g,
];

/** Keeps only the line breaks of what it replaces, so that lines keep their numbers. */
const blank = (s: string) => s.replace(/[^\n]/g, '');

/** What remains of an MDX body once components, tags, link targets and code are taken out (line breaks kept). */
function proseOf(body: string): string {
	return body
		.replace(/<[A-Z][\s\S]*?\/>/g, blank) // self-closing components
		.replace(/<\/?[A-Za-z][^>]*>/g, blank) // other tags
		.replace(/\]\([^)]*\)/g, ']') // link targets
		.replace(/`[^`]*`/g, '');
}

/** Lines of prose (1-based, counted in the body) that type a digit, ASCII or any other script's (３８％). */
export function typedNumbers(body: string): { line: number; text: string }[] {
	const lines = body.split('\n');
	return proseOf(body)
		.split('\n')
		.map((prose, i) => {
			let rest = prose;
			for (const re of PROSE_LABELS) rest = rest.replace(re, '');
			return { line: i + 1, text: (lines[i] ?? '').trim(), hit: /\p{Nd}/u.test(rest) };
		})
		.filter((l) => l.hit)
		.map(({ line, text }) => ({ line, text }));
}

/** The attributes written as strings on each use of a component: `<Result id="os" show="ci" />`. */
export function componentUses(body: string): { name: string; attrs: Record<string, string>; line: number }[] {
	const uses: { name: string; attrs: Record<string, string>; line: number }[] = [];
	for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g)) {
		const attrs: Record<string, string> = {};
		for (const a of (m[2] ?? '').matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
		uses.push({ name: m[1]!, attrs, line: body.slice(0, m.index).split('\n').length });
	}
	return uses;
}

/** Every problem in what the MDX pages use; needs content that passed the other checks. */
export function checkPages(set: ContentSet, bodies: Map<string, PageBody>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	if (!set.publications.some((p) => p.id === FEATURED_PUBLICATION)) return issues; // reported elsewhere
	const view = buildStudyView(set, FEATURED_PUBLICATION);
	const anchors = view.endpoints.map((e) => e.anchor);
	const facts = Object.keys(buildFacts(view));
	const figures = keyFigures(view).map(figureId);
	const known = new Set<string>(MDX_COMPONENTS);

	for (const page of set.pages) {
		const source = bodies.get(page.id);
		const file = page.filePath ?? `pages/${page.id}`;
		if (page.data.figure && !figures.includes(page.data.figure)) {
			issues.push({ file, field: 'figure', message: `"${page.data.figure}" is not a key figure of ${FEATURED_PUBLICATION}; use one of: ${figures.join(', ')}` });
		}
		if (!source) continue;
		// Lines in messages count from the file's start: the frontmatter comes first.
		const add = (line: number, field: string, message: string) => issues.push({ file, field, message, line: line + source.bodyStart - 1 });
		for (const use of componentUses(source.body)) {
			if (!known.has(use.name)) {
				add(use.line, `<${use.name}>`, `is not a component pages may use; known: ${MDX_COMPONENTS.join(', ')}`);
				continue;
			}
			const { id, show, k, record } = use.attrs;
			if (use.name === 'Result') {
				if (id !== undefined && !anchors.includes(id)) add(use.line, '<Result id>', `"${id}" is not an endpoint of ${FEATURED_PUBLICATION}; use one of: ${anchors.join(', ')}`);
				if (show !== undefined && !RESULT_KINDS.includes(show as EndpointTextKind)) add(use.line, '<Result show>', `"${show}" is not a text a result can show; use one of: ${RESULT_KINDS.join(', ')}`);
			}
			if (use.name === 'Fact' && k !== undefined && !facts.includes(k)) add(use.line, '<Fact k>', `"${k}" is not a known fact; use one of: ${facts.join(', ')}`);
			if (use.name === 'ProvenanceTable' && record !== undefined && !PROVENANCE_RECORDS.includes(record)) {
				add(use.line, '<ProvenanceTable record>', `"${record}" is not a record; use one of: ${PROVENANCE_RECORDS.join(', ')}`);
			}
		}
		for (const hit of typedNumbers(source.body)) {
			add(hit.line, '(prose)', `types a number ("${hit.text.slice(0, 80)}"): numbers come from content through <Fact k="…" /> or <Result id="…" />, never typed (write counts in words)`);
		}
	}
	return issues;
}
