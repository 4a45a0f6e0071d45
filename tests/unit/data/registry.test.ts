import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { checkRegistrations, registryView, trialPublications } from '../../../src/lib/registry.ts';
import { registrationSchema } from '../../../src/schemas/registration.ts';
import { plainReference } from '../../../src/schemas/shared.ts';
import { fieldOf, loadContent } from '../../helpers/load-content.ts';
import { realContext } from './context.ts';

// The registry beside the paper: every registered outcome is matched to endpoints or marked as not
// reported; anything else fails, naming file and field.

const ctx = await realContext();
const schema = registrationSchema(plainReference);
const issuesOf = (data: unknown) => {
	const r = schema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => ({ field: fieldOf(i.path), message: i.message }));
};
const outcome = (extra: Record<string, unknown>) => ({
	id: 'x',
	group: 'Phase 2',
	measure: 'Something counted',
	definition: 'As registered.',
	source: { source: 's10', locator: 'Outcomes' },
	...extra,
});

describe('on the real content', () => {
	test.each(ctx.set.registrations.map((r) => ({ trial: r.id })))('$trial: every registered outcome is matched or marked', ({ trial }) => {
		for (const lang of ['en', 'ja'] as const) {
			const view = registryView(ctx.set, trial, ctx.featured, lang);
			expect(view.registered.length).toBeGreaterThan(0);
			for (const r of view.registered) {
				expect(r.status === 'not-reported' ? r.reportedBy.length === 0 : r.reportedBy.length > 0, r.id).toBe(true);
				expect(r.definition.length, r.id).toBeGreaterThan(0);
			}
			// The endpoints nothing registered names are exactly the trial's endpoints less those named.
			const named = new Set(view.registered.flatMap((r) => r.reportedBy.map((e) => e.id)));
			const all = ctx.set.endpoints.filter((e) => trialPublications(ctx.set, trial).includes(e.data.publication.id)).map((e) => e.id);
			expect(view.unregistered.map((e) => e.id).sort()).toEqual(all.filter((id) => !named.has(id)).sort());
		}
	});

	test('the cross-entry checks find nothing', () => expect(checkRegistrations(ctx.set)).toEqual([]));
});

describe('the schema', () => {
	const file = (o: Record<string, unknown>) => ({ trial: 'nct02412306', outcomes: [o] });

	test('a registered outcome that nothing matches and nothing marks fails, naming the field', () => {
		expect(issuesOf(file(outcome({})))).toEqual([
			{
				field: 'outcomes[0].reportedBy',
				message:
					'is missing for registered outcome "x": name the endpoints that report it, or set notReported: true (not reported in the sources read)',
			},
		]);
	});

	test('marked as not reported, it passes', () => expect(issuesOf(file(outcome({ notReported: true })))).toEqual([]));

	test('reported and not reported at once, or reported without saying how fully, fails', () => {
		expect(
			issuesOf(file(outcome({ notReported: true, reportedBy: ['kiyoi-2020/os'], extent: 'as-registered' }))).map((i) => i.field),
		).toEqual(['outcomes[0].notReported']);
		expect(issuesOf(file(outcome({ reportedBy: ['kiyoi-2020/os'] }))).map((i) => i.field)).toEqual(['outcomes[0].extent']);
		expect(issuesOf(file(outcome({ reportedBy: ['kiyoi-2020/os'], extent: 'in-part' }))).map((i) => i.field)).toEqual(['outcomes[0].note']);
	});

	test('a definition must come from one place: its own text or an outcome', () => {
		expect(issuesOf(file(outcome({ notReported: true, outcome: 'dlt' }))).map((i) => i.field)).toEqual(['outcomes[0].definition']);
		const { definition: _, ...bare } = outcome({ notReported: true });
		expect(issuesOf(file(bare)).map((i) => i.field)).toEqual(['outcomes[0].definition']);
	});
});

describe('the cross-entry checks', () => {
	const withOutcome = (o: Record<string, unknown>) => {
		const entry = ctx.set.registrations[0]!;
		const data = schema.parse({ trial: entry.data.trial.id, outcomes: [o] });
		return { ...ctx.set, registrations: [{ ...entry, data }] };
	};

	test('an endpoint of a publication that does not report the trial', () => {
		const other = ctx.set.endpoints.find((e) => !trialPublications(ctx.set, 'nct02412306').includes(e.data.publication.id))!;
		const issues = checkRegistrations(withOutcome(outcome({ reportedBy: [other.id], extent: 'as-registered' })));
		expect(issues).toHaveLength(1);
		expect(issues[0]!.field).toBe('outcomes[0].reportedBy[0]');
		expect(issues[0]!.message).toContain(
			`"${other.id}" is an endpoint of ${other.data.publication.id}, which does not report trial nct02412306`,
		);
	});

	test('a definition borrowed from an outcome that was not defined from the registry source', () => {
		const foreign = ctx.set.outcomes.find((o) => o.data.source.source.id !== 's10')!;
		const { definition: _, ...o } = outcome({ outcome: foreign.id, notReported: true });
		const issues = checkRegistrations(withOutcome(o));
		expect(issues.map((i) => i.field)).toEqual(['outcomes[0].outcome']);
		expect(issues[0]!.message).toContain('its definition is not the registered one');
	});
});

describe('a real content folder with a registered outcome left unmatched', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'registry-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));

	test('fails to load, naming the file and the field', async () => {
		cpSync('content', join(tmp, 'content'), { recursive: true });
		const path = join(tmp, 'content/registrations/nct02412306.yaml');
		const doc = parseDocument(readFileSync(path, 'utf8'));
		doc.deleteIn(['outcomes', 1, 'reportedBy']);
		doc.deleteIn(['outcomes', 1, 'extent']);
		writeFileSync(path, doc.toString());
		const { issues } = loadContent(join(tmp, 'content'));
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file.endsWith('content/registrations/nct02412306.yaml')).toBe(true);
		expect(issues[0]!.field).toBe('outcomes[1].reportedBy');
		expect(issues[0]!.message).toContain('is missing for registered outcome "cr-crh-phase-2"');
	});
});
