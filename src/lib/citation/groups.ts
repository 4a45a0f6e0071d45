/**
 * The /cite/ page folds its formats into a few disclosure groups (<details>): each group's summary
 * names the formats inside, so a reader sees every format without opening anything, and reaches it
 * with one action. Used by src/components/cite/CiteGroup.astro and the copy script.
 */

/** A format's label without its parenthetical detail: "APA (7th edition)" → "APA", "バンクーバー方式（NLM）" → "バンクーバー方式". */
export function shortLabel(label: string): string {
	const short = label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
	return short === '' ? label.trim() : short;
}

/** The formats a group holds, short and in order, without repeats: the summary's list. */
export function groupFormats(labels: readonly string[]): string[] {
	return [...new Set(labels.map(shortLabel))];
}

/** The part of an element the opener needs: plain DOM elements qualify, and so do test doubles. */
export interface Node {
	readonly tagName: string;
	readonly parentElement: Node | null;
}

/**
 * The <details> elements that enclose `target` (and the target itself when it is one), outermost
 * first: the ones to open so that a link to an element inside a closed group (a fragment,
 * /cite/#cite-kiyoi-2020-bibtex) shows it. Browsers that open them by themselves on a fragment
 * make opening them again a no-op.
 */
export function enclosingDetails<T extends Node>(target: T | null): T[] {
	const found: T[] = [];
	for (let el: T | null = target; el; el = el.parentElement as T | null) {
		if (el.tagName.toUpperCase() === 'DETAILS') found.unshift(el);
	}
	return found;
}
