import { z } from 'zod';
import { type ReferenceFactory, EraDate, NctId, Text, provenanceMap, provenanceSchema, requireProvenance } from './shared.ts';
import { translations } from './translations.ts';

const FIELDS = [
	'registration',
	'acronym',
	'officialTitle',
	'briefTitle',
	'sponsor',
	'collaborators',
	'protocolNumber',
	'phases',
	'design',
	'status',
	'countries',
	'enrolment.actual',
	'enrolment.breakdown',
	'expansionCohort',
	'dates.firstPosted',
	'dates.start',
	'dates.primaryCompletion',
	'dates.completion',
	'eligibility',
] as const;

/**
 * One group of the enrolled participants: either a part of a publication on this site (its size
 * is read from there, so it is stored once) or a group with its own size and source.
 */
const enrolmentGroupSchema = (reference: ReferenceFactory) =>
	z.union([
		z.strictObject({
			label: Text,
			/** The label in each other language (`ja: { label }`). */
			...translations({ label: Text }),
			publication: reference('publications'),
			part: Text,
		}),
		z.strictObject({
			label: Text,
			...translations({ label: Text }),
			n: z.int().positive(),
			source: provenanceSchema(reference),
		}),
	]);

/** A registered trial (`content/trials/<id>.yaml`). */
export const trialSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** Registry and identifier. */
			registration: z.strictObject({ registry: z.literal('ClinicalTrials.gov'), id: NctId }),
			/** Short name, e.g. "Horai". */
			acronym: Text.optional(),
			officialTitle: Text,
			briefTitle: Text.optional(),
			sponsor: Text,
			collaborators: z.array(Text).default([]),
			/** The sponsor's protocol number. */
			protocolNumber: Text.optional(),
			phases: z.array(z.enum(['phase-1', 'phase-2', 'phase-3'])).min(1),
			design: z.strictObject({
				type: z.enum(['interventional', 'observational']),
				allocation: z.enum(['randomised', 'non-randomised', 'not-applicable']),
				model: z.enum(['single-group', 'parallel', 'crossover', 'sequential']),
				masking: z.enum(['open-label', 'single', 'double', 'triple', 'quadruple']),
				purpose: z.enum(['treatment', 'prevention', 'supportive-care', 'other']),
			}),
			status: z.enum(['recruiting', 'active-not-recruiting', 'completed', 'terminated', 'withdrawn']),
			countries: z.array(Text).min(1),
			enrolment: z.strictObject({
				/** Actual enrolment of the whole registered trial. */
				actual: z.int().positive(),
				/** How the actual enrolment splits, when the sources allow it; must add up. */
				breakdown: z.array(enrolmentGroupSchema(reference)).optional(),
			}),
			/** What the registry says about an added expansion cohort. */
			expansionCohort: Text.optional(),
			dates: z.strictObject({
				firstPosted: EraDate.optional(),
				start: EraDate.optional(),
				primaryCompletion: EraDate.optional(),
				completion: EraDate.optional(),
			}),
			/** Key eligibility criteria, in the site's words. */
			eligibility: z.array(Text).optional(),
			/** The criteria in each other language, one for one (`ja: { eligibility: [...] }`). */
			...translations({ eligibility: z.array(Text) }),
			provenance: provenanceMap(reference, FIELDS),
		})
		.superRefine((t, ctx) => {
			requireProvenance(t, FIELDS, ctx);
			const { start, primaryCompletion, completion } = t.dates;
			if (start && completion && completion < start) {
				ctx.addIssue({ code: 'custom', path: ['dates', 'completion'], message: `is before the start date (${start})` });
			}
			if (primaryCompletion && completion && completion < primaryCompletion) {
				ctx.addIssue({
					code: 'custom',
					path: ['dates', 'completion'],
					message: `is before the primary completion date (${primaryCompletion})`,
				});
			}
		});
export type Trial = z.output<ReturnType<typeof trialSchema>>;
