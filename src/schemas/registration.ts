import { z } from 'zod';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';
import { translations } from './translations.ts';

/**
 * One outcome measure as the trial registered it, and where the site's publications report it.
 * Every registered outcome must say one or the other: `reportedBy` (the endpoints that report it)
 * or `notReported: true` (no source the project read reports it). Neither, or both, fails the build.
 */
const registeredOutcomeSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** Stable id, e.g. "dlt-phase-1b"; the row's anchor on the registry table. */
			id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
			/** The part of the trial it was registered for, in the site's words ("Phase 1b"). */
			group: Text,
			/** What is counted, in the site's words ("Number of participants with dose-limiting toxicities"). */
			measure: Text,
			/**
			 * The definition as registered, in the site's words, when no outcome in content/outcomes.yaml
			 * holds it; otherwise `outcome` names that outcome (whose definition must come from the same
			 * source), so the definition is stored once.
			 */
			definition: Text.optional(),
			outcome: reference('outcomes').optional(),
			/** Where the registered measure was read. */
			source: provenanceSchema(reference),
			/** The endpoints that report it (collection ids, "kiyoi-2020/cr-crh-phase-2"). */
			reportedBy: z.array(reference('endpoints')).min(1, 'must name at least one endpoint').optional(),
			/**
			 * as-registered: the endpoints report the measure as registered; in-part: they report only
			 * part of it (a subgroup, or a subset of the events); `note` says which part.
			 */
			extent: z.enum(['as-registered', 'in-part']).optional(),
			/** Set when no source the project read reports this measure. */
			notReported: z.literal(true).optional(),
			/** What a reader must know about the match, in the site's words. */
			note: Text.optional(),
			/** The texts above in each other language (`ja: { group, measure, definition, note }`). */
			...translations({ group: Text, measure: Text, definition: Text, note: Text }),
		})
		.superRefine((o, ctx) => {
			if (!o.reportedBy && !o.notReported) {
				ctx.addIssue({
					code: 'custom',
					path: ['reportedBy'],
					message: `is missing for registered outcome "${o.id}": name the endpoints that report it, or set notReported: true (not reported in the sources read)`,
				});
			}
			if (o.reportedBy && o.notReported) {
				ctx.addIssue({
					code: 'custom',
					path: ['notReported'],
					message: `contradicts reportedBy for registered outcome "${o.id}": give one or the other`,
				});
			}
			if (o.reportedBy && !o.extent) {
				ctx.addIssue({
					code: 'custom',
					path: ['extent'],
					message: `is missing for registered outcome "${o.id}": as-registered or in-part`,
				});
			}
			if (!o.reportedBy && o.extent) {
				ctx.addIssue({ code: 'custom', path: ['extent'], message: `is given for registered outcome "${o.id}", which no endpoint reports` });
			}
			if (o.extent === 'in-part' && !o.note) {
				ctx.addIssue({
					code: 'custom',
					path: ['note'],
					message: `is missing for registered outcome "${o.id}": say which part the endpoints report`,
				});
			}
			if (!o.definition === !o.outcome) {
				ctx.addIssue({
					code: 'custom',
					path: ['definition'],
					message: `registered outcome "${o.id}" needs either its own definition or an outcome that holds it (not both)`,
				});
			}
		});
export type RegisteredOutcome = z.output<ReturnType<typeof registeredOutcomeSchema>>;

/**
 * What a trial registered (`content/registrations/<trial id>.yaml`): its outcome measures, each
 * matched to the endpoints that report it or marked as not reported.
 */
export const registrationSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** The trial (content/trials/<id>.yaml); must be the file's name. */
			trial: reference('trials'),
			outcomes: z.array(registeredOutcomeSchema(reference)).min(1),
		})
		.superRefine((r, ctx) => {
			const seen = new Set<string>();
			r.outcomes.forEach((o, i) => {
				if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'id'], message: `"${o.id}" is used twice` });
				seen.add(o.id);
			});
		});
export type Registration = z.output<ReturnType<typeof registrationSchema>>;
