import { describe, expect, test } from 'vitest';
import { issuedDate } from '../../../src/lib/citation/csl.ts';
import { toQuickStatements } from '../../../src/lib/data/quickstatements.ts';
import type { Publication } from '../../../src/schemas/publication.ts';
import { QsSyntaxError, parseQuickStatements, type QsCommand } from '../../helpers/quickstatements.ts';
import { realContext } from './context.ts';

// The QuickStatements files, read back with a parser written for the tests from the documented
// grammar (tests/helpers/quickstatements.ts; no npm package parses the format), and checked
// against the content they come from, for any publication.

const ctx = await realContext();
const statements = (cmds: QsCommand[], property: string) =>
	cmds.filter((c): c is Extract<QsCommand, { kind: 'statement' }> => c.kind === 'statement' && c.property === property);
const one = (cmds: QsCommand[], property: string) => {
	const s = statements(cmds, property);
	expect(s, property).toHaveLength(1);
	return s[0]!.value;
};

describe.each(ctx.set.publications.map((p) => ({ id: p.id, p: p.data })))('$id', ({ p }) => {
	const cmds = parseQuickStatements(toQuickStatements(p));

	test('creates one item and gives every statement to it', () => {
		expect(cmds[0]).toEqual({ kind: 'create' });
		expect(cmds.filter((c) => c.kind === 'create')).toHaveLength(1);
		for (const c of cmds.slice(1)) expect(c.kind !== 'create' && c.item).toBe('LAST');
	});

	test('a scholarly article with its title (in its language, when the register gives it) and English label', () => {
		expect(one(cmds, 'P31')).toEqual({ type: 'item', id: 'Q13442814' });
		expect(cmds).toContainEqual({ kind: 'term', item: 'LAST', term: 'label', language: 'en', value: p.title });
		if (p.language) expect(one(cmds, 'P1476')).toEqual({ type: 'monolingualtext', language: p.language, text: p.title });
		else expect(statements(cmds, 'P1476')).toEqual([]);
	});

	test('identifiers: the DOI in upper case, the PMID, the PMCID without its prefix', () => {
		if (p.identifiers.doi) {
			const doi = one(cmds, 'P356');
			expect(doi).toEqual({ type: 'string', value: p.identifiers.doi.toUpperCase() });
			expect((doi as { value: string }).value).not.toMatch(/[a-z]/);
		} else expect(statements(cmds, 'P356')).toEqual([]);
		if (p.identifiers.pmid) expect(one(cmds, 'P698')).toEqual({ type: 'string', value: p.identifiers.pmid });
		if (p.identifiers.pmcid) expect(one(cmds, 'P932')).toEqual({ type: 'string', value: p.identifiers.pmcid.slice(3) });
	});

	test('the date of record with the precision the content knows, and volume, issue, pages', () => {
		const [y, m, d] = issuedDate(p)!['date-parts'][0];
		const date = one(cmds, 'P577') as { time: string; precision: number };
		expect(date.precision).toBe(d ? 11 : m ? 10 : 9);
		expect(date.time).toBe(`+${y}-${String(m ?? 0).padStart(2, '0')}-${String(d ?? 0).padStart(2, '0')}T00:00:00Z`);
		if (p.volume) expect(one(cmds, 'P478')).toEqual({ type: 'string', value: p.volume });
		if (p.issue) expect(one(cmds, 'P433')).toEqual({ type: 'string', value: p.issue });
		if (p.pages)
			expect((one(cmds, 'P304') as { value: string }).value).toBe(p.pages.last ? `${p.pages.first}-${p.pages.last}` : p.pages.first);
	});

	test('one author-name string per author with its ordinal, only when the published order is confirmed', () => {
		const authors = statements(cmds, 'P2093');
		if (p.authorship !== 'published-order') {
			expect(authors).toEqual([]);
			return;
		}
		expect(authors.map((a) => (a.value as { value: string }).value)).toEqual(p.authors!.map((a) => `${a.given} ${a.family}`));
		expect(authors.map((a) => a.qualifiers)).toEqual(
			authors.map((_, i) => [{ property: 'P1545', value: { type: 'string', value: String(i + 1) } }]),
		);
	});
});

describe('hostile and broken input', () => {
	const base = ctx.set.publications.find((x) => x.data.authorship === 'published-order')!.data;

	test('tabs, line breaks and quotes in a title or name cannot break a command', () => {
		const p: Publication = {
			...base,
			title: 'A title\twith a tab,\na line break and "quotes"',
			authors: [{ given: 'Anne\n', family: 'Tab\tFamily' }],
		};
		const cmds = parseQuickStatements(toQuickStatements(p));
		expect(cmds).toContainEqual({
			kind: 'term',
			item: 'LAST',
			term: 'label',
			language: 'en',
			value: 'A title with a tab, a line break and "quotes"',
		});
		expect(statements(cmds, 'P2093')[0]!.value).toEqual({ type: 'string', value: 'Anne Tab Family' });
	});

	test.each([
		['spaces instead of tabs', 'CREATE\nLAST P31 Q13442814\n', 'expected item, property and value'],
		['an unquoted string', 'CREATE\nLAST\tP356\t10.1111/CAS.14322\n', 'not a value'],
		['a day with month precision', 'CREATE\nLAST\tP577\t+2020-04-01T00:00:00Z/10\n', 'a day given with less than day precision'],
		['a qualifier without its value', 'CREATE\nLAST\tP2093\t"A B"\tP1545\n', 'property/value pairs'],
		['a lower-case property', 'CREATE\nLAST\tp31\tQ13442814\n', 'is not a property'],
		['no final line break', 'CREATE', 'does not end with a line break'],
	])('rejects %s', (_, text, message) => {
		expect(() => parseQuickStatements(text)).toThrow(QsSyntaxError);
		expect(() => parseQuickStatements(text)).toThrow(message);
	});
});
