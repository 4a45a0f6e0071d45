import { COLLECTION_NAMES, type CollectionName, type Ref } from '../../schemas/shared.ts';
import { SPECIAL_PARTS, isSpecialPart } from '../../schemas/publication.ts';
import { type ContentIssue, type ContentSet, type Entry, fileOf } from '../content-set.ts';
import { denominatorsMatching } from '../stats/rounding.ts';
import { checkMeasure, checkRole } from './measure.ts';
import { checkTranslations } from './translations.ts';
import { partSize } from '../study.ts';
import { duplicateDefinitions } from '../comparability.ts';

/** The endpoint kinds an outcome's measure allows. */
const KINDS_OF: Record<string, string[]> = {
	proportion: ['proportion', 'reported-percent'],
	'time-to-event': ['time-to-event'],
	'hazard-ratio': ['hazard-ratio'],
};
import { checkChanges } from '../changes.ts';
import { checkRegistrations } from '../registry.ts';

const isRef = (v: unknown): v is Ref =>
	typeof v === 'object' &&
	v !== null &&
	Object.keys(v).length === 2 &&
	typeof (v as Ref).id === 'string' &&
	(COLLECTION_NAMES as readonly string[]).includes((v as Ref).collection);

/** Every reference inside a value, with its dotted field path. */
function findRefs(value: unknown, path = ''): { field: string; ref: Ref }[] {
	if (isRef(value)) return [{ field: path, ref: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => findRefs(v, path ? `${path}.${k}` : k));
	}
	return [];
}

/** The ids of every collection's files, whether or not they passed their schema. */
export type ExistingIds = Map<CollectionName, Set<string>>;

const idsOf = (set: ContentSet): ExistingIds =>
	new Map(COLLECTION_NAMES.map((c) => [c, new Set((set[c] as Entry<unknown>[]).map((e) => e.id))]));

/**
 * References that point to no entry (Astro 7 only logs these; we fail). `existing` counts entries
 * that failed their schema as present, so that they are reported once, not again by every reference;
 * a collection missing from it (its list file could not be read) is not judged at all.
 */
function checkReferences(set: ContentSet, existing: ExistingIds = idsOf(set)): ContentIssue[] {
	const ids = existing;
	const issues: ContentIssue[] = [];
	for (const collection of COLLECTION_NAMES) {
		for (const entry of set[collection] as Entry<unknown>[]) {
			for (const { field, ref } of findRefs(entry.data)) {
				// A collection whose file could not be read at all is reported once, not at every reference.
				const known = ids.get(ref.collection);
				if (known && !known.has(ref.id)) {
					issues.push({
						file: fileOf(collection, entry),
						field,
						message: `refers to ${ref.collection} "${ref.id}", which does not exist`,
					});
				}
			}
		}
	}
	return issues;
}

/** Endpoints agree with their publication, outcome and study parts. */
function checkEndpoints(set: ContentSet): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const seenOrder = new Map<string, string>();
	for (const entry of set.endpoints) {
		const e = entry.data;
		const file = fileOf('endpoints', entry);
		const add = (field: string, message: string) => issues.push({ file, field, message });
		checkMeasure(e, add);
		checkRole(e, add);
		const folder = entry.id.includes('/') ? entry.id.slice(0, entry.id.lastIndexOf('/')) : '';
		if (folder !== e.publication.id) {
			add('publication', `is "${e.publication.id}", but the file sits in the folder of "${folder || '(none)'}"`);
		}
		const orderKey = `${e.publication.id}#${e.order}`;
		if (seenOrder.has(orderKey)) add('order', `${e.order} is also used by ${seenOrder.get(orderKey)}`);
		seenOrder.set(orderKey, file);

		const outcome = set.outcomes.find((o) => o.id === e.outcome.id);
		if (outcome && !(KINDS_OF[outcome.data.measure] ?? []).includes(e.measure.kind)) {
			add('measure.kind', `is ${e.measure.kind}, but outcome "${outcome.id}" is measured as ${outcome.data.measure}`);
		}
		const pub = set.publications.find((p) => p.id === e.publication.id);
		if (!pub) continue; // reported by checkReferences
		const population = pub.data.population;
		const part = population?.parts.find((p) => p.id === e.part);
		if (!part && !isSpecialPart(e.part)) {
			const known = [...(population?.parts.map((p) => p.id) ?? []), ...SPECIAL_PARTS];
			add('part', `"${e.part}" is not a part of ${pub.id} (known: ${known.join(', ')})`);
			continue;
		}
		const m = e.measure;
		const isPart = (id: string) => population?.parts.some((p) => p.id === id) ?? false;
		if (m.kind === 'hazard-ratio') {
			for (const key of ['treatment', 'control'] as const) {
				if (!isPart(m[key])) add(`measure.${key}`, `"${m[key]}" is not an arm (part) of ${pub.id}`);
			}
		}
		if (e.comparison) {
			if (!isPart(e.comparison.against)) add('comparison.against', `"${e.comparison.against}" is not an arm (part) of ${pub.id}`);
			else if (e.comparison.against === e.part) add('comparison.against', `is the endpoint's own part ("${e.part}")`);
		}
		if (m.kind !== 'proportion') continue;
		const ceiling = partSize(pub.data, e.part);
		if (ceiling !== undefined && m.denominator > ceiling) {
			add('measure.denominator', `(${m.denominator}) is larger than the ${part ? `${part.id} part` : 'enrolled total'} (${ceiling})`);
		}
		if (m.denominatorBasis?.method === 'part-size' && part && m.denominator !== part.n) {
			add('measure.denominator', `is said to be the size of ${part.id}, which is ${part.n}, not ${m.denominator}`);
		}
		if (m.denominatorBasis?.method === 'inferred-from-percent' && m.printed && ceiling !== undefined) {
			const candidates = denominatorsMatching(m.events, m.printed.percent, m.events, ceiling, m.printed.decimals);
			if (candidates.length !== 1 || candidates[0] !== m.denominator) {
				add(
					'measure.denominatorBasis',
					`says ${m.denominator} is the only denominator for ${m.events} → ${m.printed.percent}%, but the denominators up to ${ceiling} that fit are: ${candidates.join(', ') || 'none'}`,
				);
			}
		}
	}
	return issues;
}

/** No response definition is entered twice under two outcome ids. */
function checkOutcomes(set: ContentSet): ContentIssue[] {
	return duplicateDefinitions(set.outcomes).map(([a, b]) => ({
		file: fileOf(
			'outcomes',
			set.outcomes.find((o) => o.id === b)!,
		),
		field: `${b}.criteria`,
		message: `are the same as those of "${a}": one definition, one outcome id (use "${a}")`,
	}));
}

/** A trial's enrolment breakdown adds up to its actual enrolment. */
function checkTrials(set: ContentSet): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const entry of set.trials) {
		const { actual, breakdown } = entry.data.enrolment;
		if (!breakdown) continue;
		let sum = 0;
		let unresolved = false;
		const terms: string[] = [];
		breakdown.forEach((group, i) => {
			let n: number | undefined;
			if ('n' in group) n = group.n;
			else {
				const pub = set.publications.find((p) => p.id === group.publication.id);
				// A publication that failed its own checks is reported there; the sum cannot be checked.
				if (!pub) unresolved = true;
				n = pub?.data.population?.parts.find((p) => p.id === group.part)?.n;
				if (pub && n === undefined) {
					issues.push({
						file: fileOf('trials', entry),
						field: `enrolment.breakdown[${i}].part`,
						message: `"${group.part}" is not a part of ${pub.id}`,
					});
				}
			}
			sum += n ?? 0;
			terms.push(String(n ?? '?'));
		});
		if (!unresolved && sum !== actual) {
			issues.push({
				file: fileOf('trials', entry),
				field: 'enrolment.breakdown',
				message: `adds up to ${sum} (${terms.join(' + ')}), but the actual enrolment is ${actual}`,
			});
		}
	}
	return issues;
}

/**
 * Every consistency check that spans entries; schemas check each entry on its own. `existing`:
 * the ids of all files, valid or not (see checkReferences).
 */
export function checkContent(set: ContentSet, existing: ExistingIds = idsOf(set)): ContentIssue[] {
	return [
		...checkReferences(set, existing),
		...checkEndpoints(set),
		...checkOutcomes(set),
		...checkTrials(set),
		...checkChanges(set, existing),
		...checkRegistrations(set),
		...checkTranslations(set),
	];
}
