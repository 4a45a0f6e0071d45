import type { z } from 'zod';

/**
 * Zod's issues in words an editor can act on. The schemas' own messages ("is not a DOI: expected
 * …") are kept; zod's generic ones ("Invalid input: expected string, received undefined") are
 * rewritten: a missing field says it is required, a wrong type says what was found, an unknown
 * field names the fields that are allowed there and the closest one.
 */

/** `measure.printed.percent`, `authors[3].family` from a zod path. */
export function fieldOf(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

const GENERIC = /^(Invalid input|Invalid option|Too small|Too big|Unrecognized key|Invalid discriminator|Invalid string|Invalid element|Invalid key)/;

/** A value as an editor would recognise it in the file. */
function shown(input: unknown): string {
	if (input === null) return 'empty (null)';
	if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
	if (typeof input === 'number') return `the number ${input}`;
	if (typeof input === 'boolean') return `${input}`;
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a block of fields';
	return String(input);
}

const KIND_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a block of fields',
};

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}

type Def = { type?: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown; options?: unknown[] };
const defOf = (s: unknown): Def => ((s as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;

/** The fields an object schema allows at `path` (through optional, default, arrays and pipes), when it can tell. */
function knownFieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] | undefined {
	let cur: unknown = schema;
	const unwrap = () => {
		for (let guard = 0; guard < 20; guard++) {
			const d = defOf(cur);
			if (d.innerType) cur = d.innerType;
			else if (d.type === 'pipe' && d.in) cur = (d as { out?: unknown }).out && defOf(d.in).type === 'transform' ? (d as { out?: unknown }).out : d.in;
			else break;
		}
	};
	for (const key of path) {
		unwrap();
		const d = defOf(cur);
		if (typeof key === 'number' && d.element) cur = d.element;
		else if (d.shape && typeof key === 'string' && key in d.shape) cur = d.shape[key];
		else return undefined;
	}
	unwrap();
	const shape = defOf(cur).shape;
	return shape ? Object.keys(shape) : undefined;
}

/** One zod issue as { field, message } in an editor's words; `schema` lets unknown fields list the known ones. */
export function describeIssue(issue: z.core.$ZodIssue, schema?: unknown): { field: string; message: string }[] {
	const field = fieldOf(issue.path) || '(entry)';
	if (!GENERIC.test(issue.message)) return [{ field, message: issue.message }];
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'invalid_type': {
			const want = KIND_NAMES[issue.expected] ?? issue.expected;
			if (input === undefined) return [{ field, message: `is missing: this field is required (${want})` }];
			return [{ field, message: `should be ${want}, but is ${shown(input)}` }];
		}
		case 'invalid_value':
			return [
				{
					field,
					message: `is ${shown(input)}, which is not allowed here: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
				},
			];
		case 'unrecognized_keys': {
			const known = schema ? knownFieldsAt(schema, issue.path) : undefined;
			return issue.keys.map((key) => {
				const near = known?.map((k) => ({ k, d: distance(k.toLowerCase(), key.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
				const hint = near && near.d <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean "${near.k}"?` : '';
				const list = known ? ` Fields allowed here: ${known.join(', ')}.` : '';
				return {
					field: fieldOf([...issue.path, key]),
					message: `is not a field this entry may have (fields are case-sensitive).${hint}${list}`,
				};
			});
		}
		case 'too_small':
		case 'too_big': {
			const small = issue.code === 'too_small';
			const bound = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
			const origin = (issue as { origin?: string }).origin;
			if (origin === 'string') {
				const len = typeof input === 'string' ? input.length : undefined;
				return [
					{
						field,
						message: small
							? `is too short: at least ${bound} character${bound === 1 ? '' : 's'}`
							: `is too long (${len ?? 'more than'} characters): at most ${bound}`,
					},
				];
			}
			if (origin === 'array') {
				return [{ field, message: small ? `needs at least ${bound} item${bound === 1 ? '' : 's'}` : `has too many items: at most ${bound}` }];
			}
			const strict = !(issue as { inclusive?: boolean }).inclusive;
			return [
				{
					field,
					message: `is ${shown(input)}: it must be ${small ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most'} ${bound}`,
				},
			];
		}
		case 'invalid_union': {
			const d = issue as { discriminator?: string; options?: unknown[] };
			if (d.discriminator) {
				return [{ field, message: `is ${shown(input && typeof input === 'object' ? (input as Record<string, unknown>)[d.discriminator] : input)}: use one of ${(d.options ?? []).map((o) => JSON.stringify(o)).join(', ')}` }];
			}
			return [{ field, message: `does not match any allowed form (${shown(input)})` }];
		}
		default:
			return [{ field, message: issue.message }];
	}
}
