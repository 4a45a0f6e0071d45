import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, type Endpoint, type Measure, endpoints, journals } from '../helpers/content-files.ts';
import { type Fact, type Register, type RegisterEndpoint, readRegister } from '../helpers/register.ts';

// content/ against the tests' transcription of the register (tests/fixtures/register.yaml): every
// value the register gives is the value content holds, and every value the register does not
// confirm is absent from content. What is not in the transcription is left to the invariants.

type Raw = Record<string, unknown>;
interface ContentFiles {
	publications: Record<string, Raw>;
	endpoints: Endpoint[];
	journals: Record<string, { title?: string; abbreviation?: string }>;
	trials: Record<string, Raw>;
	regimens: Record<string, Raw>;
}

const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as Raw;
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Raw | undefined)?.[k], o);

function readContentFiles(register: Register): ContentFiles {
	const file = (dir: string, id: string) => {
		try {
			return yaml(join(CONTENT, dir, `${id}.yaml`));
		} catch {
			return undefined;
		}
	};
	const pick = (dir: string, ids: string[]) => Object.fromEntries(ids.flatMap((id) => (file(dir, id) ? [[id, file(dir, id)!]] : [])));
	return {
		publications: pick('publications', Object.keys(register.publications)),
		endpoints: endpoints(),
		journals: journals(),
		trials: pick('trials', Object.keys(register.trials)),
		regimens: pick('regimens', Object.keys(register.regimens)),
	};
}

const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));

/** A mismatch when content's value is not the register's (or is present where the register has none). */
function compare(where: string, fact: Fact<unknown> | undefined, actual: unknown): string[] {
	if (!fact) return [];
	const want = fact.value === 'none' ? undefined : fact.value;
	return JSON.stringify(actual) === JSON.stringify(want)
		? []
		: [`${where}: content has ${show(actual)}, the register ${show(want)} (${fact.at})`];
}

/** A content measure in the register's terms. */
function asRegister(m: Measure): Omit<RegisterEndpoint, 'at'> {
	const ci = (c?: { lower: number; upper: number }) => (c ? { ci: [c.lower, c.upper] } : {});
	switch (m.kind) {
		case 'proportion':
			return { proportion: [m.events, m.denominator], ...(m.printed ? { printed: m.printed.percent } : {}) };
		case 'reported-percent':
			return { percent: m.percent, ...ci(m.ci) };
		case 'time-to-event': {
			const median = m.estimate === 'not-estimable' || m.decimals === undefined ? m.estimate : m.estimate.toFixed(m.decimals);
			return { median, ...ci(m.ci), unit: (m as { unit?: string }).unit ?? '', ...(m.n ? { n: m.n } : {}) };
		}
		case 'hazard-ratio':
			return { hazardRatio: m.estimate, ...ci(m.ci), ...(m.p ? { p: m.p.value } : {}) };
	}
}

const sortKeys = (o: object) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

export function compareWithRegister(register: Register, content: ContentFiles): string[] {
	const bad: string[] = [];
	for (const [id, r] of Object.entries(register.publications)) {
		const p = content.publications[id];
		if (!p) {
			bad.push(`content/publications/${id}.yaml is missing`);
			continue;
		}
		const at = (field: string) => `content/publications/${id}.yaml: ${field}`;
		const authors = get(p, 'authors') as { given?: string; family: string }[] | undefined;
		bad.push(...compare(at('title'), r.title, get(p, 'title')));
		bad.push(
			...compare(
				at('authors'),
				r.authors,
				authors?.map((a) => [a.given, a.family].filter(Boolean).join(' ')),
			),
		);
		if (r.authors?.value === 'none' && get(p, 'authorship') !== 'not-confirmed')
			bad.push(`${at('authorship')}: must be not-confirmed (${r.authors.at})`);
		if (r.authorsInSomeOrder) {
			bad.push(
				...compare(
					at('authors'),
					r.authorsInSomeOrder,
					authors?.map((a) => a.family),
				),
			);
			if (get(p, 'authorship') !== 'order-not-confirmed')
				bad.push(`${at('authorship')}: must be order-not-confirmed (${r.authorsInSomeOrder.at})`);
		}
		bad.push(...compare(at('journal'), r.journal, content.journals[String(get(p, 'journal'))]?.title));
		for (const key of ['doi', 'pmid', 'pmcid', 'nct'] as const)
			bad.push(...compare(at(`identifiers.${key}`), r[key], get(p, `identifiers.${key}`)));
		bad.push(...compare(at('volume'), r.volume, get(p, 'volume')));
		bad.push(...compare(at('issue'), r.issue, get(p, 'issue')));
		const pages = get(p, 'pages') as { first: string; last: string } | undefined;
		bad.push(...compare(at('pages'), r.pages, pages && `${pages.first}–${pages.last}`));
		bad.push(...compare(at('dates.online'), r.online, get(p, 'dates.online')));
		bad.push(...compare(at('dates.issue'), r.issueDate, get(p, 'dates.issue')));
		bad.push(...compare(at('dates.issueMonth'), r.issueMonth, get(p, 'dates.issueMonth')));
		bad.push(...compare(at('population.enrolled'), r.enrolled, get(p, 'population.enrolled')));
		const parts = get(p, 'population.parts') as { id: string; n: number }[] | undefined;
		bad.push(...compare(at('population.parts'), r.parts, parts && Object.fromEntries(parts.map((x) => [x.id, x.n]))));
		for (const [anchor, want] of Object.entries(r.endpoints ?? {})) {
			const e = content.endpoints.find((x) => x.id === `${id}/${anchor}`);
			const file = `content/endpoints/${id}/${anchor}.yaml`;
			if (!e) {
				bad.push(`${file} is missing (${want.at})`);
				continue;
			}
			const { at: where, ...expected } = want;
			const actual = asRegister(e.measure);
			if (sortKeys(actual) !== sortKeys(expected))
				bad.push(`${file}: measure is ${sortKeys(actual)}, the register ${sortKeys(expected)} (${where})`);
		}
	}
	for (const [id, facts] of Object.entries(register.trials)) {
		const t = content.trials[id];
		const at = (f: string) => `content/trials/${id}.yaml: ${f}`;
		if (!t) {
			bad.push(`content/trials/${id}.yaml is missing`);
			continue;
		}
		bad.push(...compare(at('enrolment.actual'), facts.enrolment, get(t, 'enrolment.actual')));
		for (const d of ['firstPosted', 'start', 'primaryCompletion', 'completion'])
			bad.push(...compare(at(`dates.${d}`), facts[d], get(t, `dates.${d}`)));
	}
	for (const [id, facts] of Object.entries(register.regimens)) {
		const g = content.regimens[id];
		const at = (f: string) => `content/regimens/${id}.yaml: ${f}`;
		if (!g) {
			bad.push(`content/regimens/${id}.yaml is missing`);
			continue;
		}
		type Step = { cycles: { from: number; to?: number }; weeks: { from: number; to: number }; dose: number; unit: string };
		const steps = get(g, 'steps') as Step[];
		const dose = (f: (typeof facts)[string] | undefined, match: (s: Step) => boolean, name: string) => {
			if (!f) return;
			const step = steps.find(match);
			const actual = step && { value: step.dose, unit: step.unit, ...(f.weeks ? { weeks: [step.weeks.from, step.weeks.to] } : {}) };
			const want = { value: f.value, unit: f.unit, ...(f.weeks ? { weeks: f.weeks } : {}) };
			if (JSON.stringify(actual) !== JSON.stringify(want))
				bad.push(`${at('steps')}: the ${name} is ${show(actual)}, the register ${show(want)} (${f.at})`);
		};
		dose(facts.startDose, (s) => s.cycles.from === 1 && s.weeks.from === 1, 'first step of cycle 1');
		dose(facts.fullDose, (s) => s.cycles.from === 1 && s.weeks.from > 1, 'second step of cycle 1');
		bad.push(...compare(at('cycle.lengthWeeks'), facts.cycleWeeks, get(g, 'cycle.lengthWeeks')));
		bad.push(...compare(at('cycle.treatmentFreeWeeks'), facts.treatmentFreeWeeks, get(g, 'cycle.treatmentFreeWeeks')));
		bad.push(...compare(at('steps (cycles 2 on)'), facts.laterCycles, steps.find((s) => s.cycles.from > 1)?.dose));
		bad.push(...compare(at('maxCycles'), facts.maxCycles, get(g, 'maxCycles')));
	}
	return bad;
}

const register = readRegister();
const content = readContentFiles(register);

test('content holds what the register gives, and leaves out what it does not confirm', () => {
	const found = compareWithRegister(register, content);
	expect(found, `\n  ${found.join('\n  ')}`).toEqual([]);
	expect(Object.keys(register.publications).length).toBeGreaterThan(0);
});

test('every value of the transcription says where it stands in the register', () => {
	const missing: string[] = [];
	const walk = (o: unknown, path: string) => {
		if (!o || typeof o !== 'object' || Array.isArray(o)) return;
		const r = o as Raw;
		if ('value' in r || 'proportion' in r || 'percent' in r || 'median' in r || 'hazardRatio' in r) {
			if (typeof r.at !== 'string' || !/§\d|notes at the top/.test(r.at)) missing.push(path);
			return;
		}
		for (const [k, v] of Object.entries(r)) walk(v, `${path}.${k}`);
	};
	walk(register, 'register');
	expect(missing).toEqual([]);
});

test('a content value that is not the register’s is reported, naming file, field and locator', () => {
	const broken = structuredClone(content);
	const e = broken.endpoints.find((x) => x.id === 'kiyoi-2020/cr-crh-phase-2')!;
	(e.measure as { events: number }).events = 9;
	(broken.publications['tower-2017'] as Raw).identifiers = { pmid: '28249141' };
	const found = compareWithRegister(register, broken);
	expect(found).toEqual(
		expect.arrayContaining([
			expect.stringMatching(/^content\/endpoints\/kiyoi-2020\/cr-crh-phase-2\.yaml: measure is .*\[9,21\].*§2a/),
			expect.stringMatching(
				/^content\/publications\/tower-2017\.yaml: identifiers\.pmid: content has "28249141", the register absent \(§3c/,
			),
		]),
	);
});
