import { z } from 'zod';
import { IsoDate, Text } from './shared.ts';

/**
 * The Japanese glossary (`content/glossary.yaml`): one preferred term per concept, and the variants
 * the site's Japanese texts must not use. An editorial rule, not a content collection: no page shows
 * it, and tests/unit/glossary.test.ts enforces it.
 */
export const glossarySchema = z
	.strictObject({
		/** Changelog entries dated before this are historical records (never rewritten) and are not checked. */
		appliesFrom: IsoDate,
		terms: z
			.array(
				z.strictObject({
					/** The concept, in English. */
					concept: Text,
					/** The one Japanese term the site uses for it. */
					preferred: Text,
					/** Variants that must not appear in any Japanese text. */
					avoid: z.array(Text).min(1),
					/** Why, and how to write it instead. */
					note: Text.optional(),
				}),
			)
			.min(1),
	})
	.superRefine((g, ctx) => {
		const seen = new Map<string, number>();
		g.terms.forEach((term, i) => {
			term.avoid.forEach((variant, j) => {
				// A variant inside the preferred term would flag the preferred term itself.
				if (term.preferred.includes(variant)) {
					ctx.addIssue({
						code: 'custom',
						path: ['terms', i, 'avoid', j],
						message: `"${variant}" is part of the preferred term "${term.preferred}", which would then be refused`,
					});
				}
				const other = seen.get(variant);
				if (other !== undefined) {
					ctx.addIssue({ code: 'custom', path: ['terms', i, 'avoid', j], message: `"${variant}" is already listed under terms[${other}]` });
				}
				seen.set(variant, i);
			});
		});
	});
export type Glossary = z.output<typeof glossarySchema>;
