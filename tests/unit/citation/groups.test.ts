import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { CITATION_FILES } from '../../../src/lib/citation/files.ts';
import { enclosingDetails, groupFormats, shortLabel, type Node } from '../../../src/lib/citation/groups.ts';

describe('shortLabel', () => {
	it('drops a trailing parenthetical, in Latin or full-width brackets', () => {
		expect(shortLabel('APA (7th edition)')).toBe('APA');
		expect(shortLabel('バンクーバー方式（NLM）')).toBe('バンクーバー方式');
		expect(shortLabel('BibLaTeX (@online)')).toBe('BibLaTeX');
	});
	it('keeps a label without one, and a label that is only a parenthetical', () => {
		expect(shortLabel('RIS')).toBe('RIS');
		expect(shortLabel('(x)')).toBe('(x)');
		// Only the last parenthetical goes; one in the middle stays.
		expect(shortLabel('A (b) c')).toBe('A (b) c');
	});
	it('gives every dictionary style label a shorter, non-empty, distinct name', () => {
		for (const d of [en, ja]) {
			const labels = Object.values(d.citeStyleLabels);
			const short = groupFormats(labels);
			expect(short).toHaveLength(labels.length);
			for (const [i, s] of short.entries()) {
				expect(s.length).toBeGreaterThan(0);
				expect(labels[i]!.startsWith(s)).toBe(true);
			}
		}
	});
});

describe('groupFormats', () => {
	it('lists each format once, in order', () => {
		expect(groupFormats(['B (x)', 'A', 'B (y)'])).toEqual(['B', 'A']);
		expect(groupFormats(CITATION_FILES.map((f) => f.label))).toEqual(CITATION_FILES.map((f) => f.label));
	});
});

describe('enclosingDetails', () => {
	const el = (tagName: string, parentElement: Node | null): Node => ({ tagName, parentElement });
	it('finds every enclosing <details>, outermost first', () => {
		const outer = el('DETAILS', el('MAIN', null));
		const inner = el('details', el('SECTION', outer));
		const target = el('PRE', el('DIV', inner));
		expect(enclosingDetails(target)).toEqual([outer, inner]);
	});
	it('finds none outside a <details> or for no target; a <details> target is opened itself', () => {
		expect(enclosingDetails(el('H2', el('MAIN', null)))).toEqual([]);
		expect(enclosingDetails(null)).toEqual([]);
		const group = el('DETAILS', null);
		expect(enclosingDetails(group)).toEqual([group]);
	});
});
