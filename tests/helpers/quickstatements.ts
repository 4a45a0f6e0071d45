/**
 * A strict reader of QuickStatements version 1 commands, written for the tests from the grammar on
 * Wikidata's Help:QuickStatements page (no npm package parses the format), independently of the
 * site's generator (src/lib/data/quickstatements.ts). It accepts a subset that is enough for
 * scholarly-article items and rejects anything it does not understand, naming the line.
 *
 *   command   := "CREATE" | item TAB term-code TAB string | item TAB property TAB value (TAB (P|S)nnn TAB value)*
 *   item      := "LAST" | "Q" digits            property := "P" digits
 *   term-code := ("L" | "D" | "A") language     language := [a-z]+(-[a-z]+)*
 *   value     := item | string | language ":" string | time | "somevalue" | "novalue"
 *   string    := '"' text '"'  (no tab, no line break inside)
 *   time      := ("+" | "-") yyyy "-" mm "-" dd "T00:00:00Z/" precision (9 year, 10 month, 11 day;
 *                unknown parts are 00)
 */
export type QsValue =
	| { type: 'item'; id: string }
	| { type: 'string'; value: string }
	| { type: 'monolingualtext'; language: string; text: string }
	| { type: 'time'; time: string; precision: number }
	| { type: 'special'; value: 'somevalue' | 'novalue' };

export type QsCommand =
	| { kind: 'create' }
	| { kind: 'term'; item: string; term: 'label' | 'description' | 'alias'; language: string; value: string }
	| {
			kind: 'statement';
			item: string;
			property: string;
			value: QsValue;
			qualifiers: { property: string; value: QsValue }[];
			sources: { property: string; value: QsValue }[];
	  };

export class QsSyntaxError extends Error {}

const ITEM = /^(?:LAST|Q[1-9]\d*)$/;
const PROPERTY = /^P[1-9]\d*$/;

function value(text: string, line: number): QsValue {
	const fail = (why: string) => new QsSyntaxError(`line ${line}: ${why}: ${JSON.stringify(text)}`);
	if (text !== text.trim()) throw fail('white space around a value');
	if (/^Q[1-9]\d*$/.test(text) || text === 'LAST') return { type: 'item', id: text };
	if (text === 'somevalue' || text === 'novalue') return { type: 'special', value: text };
	const str = /^"([^\t\n\r]*)"$/.exec(text);
	if (str) return { type: 'string', value: str[1]! };
	const mono = /^([a-z]+(?:-[a-z]+)*):"([^\t\n\r]*)"$/.exec(text);
	if (mono) return { type: 'monolingualtext', language: mono[1]!, text: mono[2]! };
	const time = /^([+-]\d{4,})-(\d{2})-(\d{2})T00:00:00Z\/(\d{1,2})$/.exec(text);
	if (time) {
		const [, , month, day, p] = time;
		const precision = Number(p);
		if (![9, 10, 11].includes(precision)) throw fail('a date precision other than 9 (year), 10 (month) or 11 (day)');
		if (Number(month) > 12 || Number(day) > 31) throw fail('a month or day out of range');
		if (precision >= 10 && month === '00') throw fail('a month-precision date without a month');
		if (precision === 11 && day === '00') throw fail('a day-precision date without a day');
		if (precision <= 10 && day !== '00') throw fail('a day given with less than day precision');
		if (precision === 9 && month !== '00') throw fail('a month given with year precision');
		return { type: 'time', time: text.slice(0, text.indexOf('/')), precision };
	}
	throw fail('not a value (item, "string", lang:"text", date or somevalue/novalue)');
}

/** Reads QuickStatements v1 text; throws QsSyntaxError naming the first bad line. */
export function parseQuickStatements(text: string): QsCommand[] {
	if (!text.endsWith('\n')) throw new QsSyntaxError('the text does not end with a line break');
	const commands: QsCommand[] = [];
	text
		.slice(0, -1)
		.split('\n')
		.forEach((raw, i) => {
			const line = i + 1;
			if (raw.includes('\r')) throw new QsSyntaxError(`line ${line}: a carriage return`);
			const cols = raw.split('\t');
			if (cols.length === 1 && cols[0] === 'CREATE') {
				commands.push({ kind: 'create' });
				return;
			}
			if (cols.length < 3)
				throw new QsSyntaxError(`line ${line}: expected item, property and value separated by tabs: ${JSON.stringify(raw)}`);
			const [item, code, first, ...rest] = cols as [string, string, string, ...string[]];
			if (!ITEM.test(item)) throw new QsSyntaxError(`line ${line}: "${item}" is not an item (LAST or Q…)`);
			const term = /^([LDA])([a-z]+(?:-[a-z]+)*)$/.exec(code);
			if (term) {
				if (rest.length > 0) throw new QsSyntaxError(`line ${line}: a label, description or alias takes one value`);
				const v = value(first, line);
				if (v.type !== 'string') throw new QsSyntaxError(`line ${line}: a label, description or alias must be a "string"`);
				commands.push({
					kind: 'term',
					item,
					term: ({ L: 'label', D: 'description', A: 'alias' } as const)[term[1] as 'L' | 'D' | 'A'],
					language: term[2]!,
					value: v.value,
				});
				return;
			}
			if (!PROPERTY.test(code)) throw new QsSyntaxError(`line ${line}: "${code}" is not a property (P…) or a term code (Len, Den, Aen)`);
			if (rest.length % 2 !== 0) throw new QsSyntaxError(`line ${line}: qualifiers and sources come in property/value pairs`);
			const qualifiers: { property: string; value: QsValue }[] = [];
			const sources: { property: string; value: QsValue }[] = [];
			for (let k = 0; k < rest.length; k += 2) {
				const key = rest[k]!;
				const m = /^([PS])([1-9]\d*)$/.exec(key);
				if (!m) throw new QsSyntaxError(`line ${line}: "${key}" is not a qualifier (P…) or source (S…) property`);
				(m[1] === 'P' ? qualifiers : sources).push({ property: `P${m[2]}`, value: value(rest[k + 1]!, line) });
			}
			commands.push({ kind: 'statement', item, property: code, value: value(first, line), qualifiers, sources });
		});
	return commands;
}
