import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslArticle } from './csl.ts';
import { type ExtraStyleId, extraStyles } from './extra-styles.ts';
import type { Dict } from '../../i18n/index.ts';
import type { SameKeys } from '../types.ts';

/** Styles shipped with @citation-js/plugin-csl, by their CSL id as citation-js knows it. */
export const BUILT_IN_STYLES = ['apa', 'vancouver', 'harvard1'] as const;

/** Every style the site renders. The names readers look for ("APA (7th edition)") are interface
 * strings, one per language: `citeStyleLabels` in src/i18n/. */
type CitationStyleId = (typeof BUILT_IN_STYLES)[number] | ExtraStyleId;

/** A reference style, by its CSL id. */
export interface ReferenceStyle {
	id: CitationStyleId;
}

let registered: ReferenceStyle[] | undefined;

/** Every style the site renders: the built-in ones, then the vendored ones (src/lib/citation/styles/). */
function referenceStyles(): ReferenceStyle[] {
	if (!registered) {
		const config = plugins.config.get('@csl');
		registered = BUILT_IN_STYLES.map((id) => ({ id }));
		for (const style of extraStyles()) {
			config.styles.add(style.id, style.xml);
			registered.push({ id: style.id });
		}
	}
	return registered;
}

/**
 * Formatted references already rendered in this build, by style and item: citeproc-js takes a
 * while per reference, and each publication's pages (one per language) show the same ones.
 */
const formatted = new Map<string, string>();

/** A formatted reference, as plain text, rendered by citeproc-js from the CSL item. */
export function formatReference(item: CslArticle | object, style: string): string {
	const key = `${style}\n${JSON.stringify(item)}`;
	let text = formatted.get(key);
	if (text === undefined) {
		text = renderReference(item, style);
		formatted.set(key, text);
	}
	return text;
}

function renderReference(item: CslArticle | object, style: string): string {
	referenceStyles();
	const text = new Cite(item).format('bibliography', { format: 'text', template: style, lang: 'en-US' });
	return String(text)
		.trim()
		.replace(/^1\.\s+/, '');
}

/** All formatted references of one item. */
export function formatAll(item: CslArticle | object): { style: ReferenceStyle; text: string }[] {
	return referenceStyles().map((style) => ({ style, text: formatReference(item, style.id) }));
}

// Every style has a label in every dictionary, and no label names a style that does not exist.
true satisfies SameKeys<Dict['citeStyleLabels'], Record<CitationStyleId, string>>;
