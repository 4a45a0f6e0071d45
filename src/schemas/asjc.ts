import { z } from 'zod';
import { type ReferenceFactory, Text, provenanceSchema } from './shared.ts';
import { translations } from './translations.ts';
import { OTHER_LANGS } from '../i18n/index.ts';

/**
 * An All Science Journal Classification (ASJC) code used by the site. Codes ending in 00 are
 * subject-area groups ("Medicine (all)"); the others sit in the group with their first two digits.
 */
export const asjcSchema = (reference: ReferenceFactory) =>
	z
		.strictObject({
			/** The four-digit code, as a string ("2730"). */
			id: z.string().regex(/^\d{4}$/, 'must be a four-digit ASJC code'),
			/** The code's name in the ASJC list. */
			label: Text,
			/**
			 * The name in Japanese. The ASJC list (and so the register) gives English names only, so a
			 * Japanese name is the site's own translation, and says so (`basis: site-translation`);
			 * Japanese pages show it with the English name beside it.
			 */
			...translations({ label: Text }, { extra: { basis: z.literal('site-translation') } }),
			/** The subject-area group; absent on a group itself. */
			group: reference('asjc').optional(),
			/** Where the code and name were read. */
			source: provenanceSchema(reference),
		})
		.superRefine((a, ctx) => {
			for (const lang of OTHER_LANGS) {
				if (a[lang]?.label !== undefined && a[lang]?.basis === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [lang, 'basis'],
						message:
							"is missing: the ASJC list names subjects in English only, so a translated name is the site's own translation; say so with basis: site-translation",
					});
				}
			}
			const isGroup = a.id.endsWith('00');
			if (isGroup && a.group) {
				ctx.addIssue({ code: 'custom', path: ['group'], message: `must be absent: ${a.id} is itself a group` });
			}
			if (!isGroup && !a.group) {
				ctx.addIssue({ code: 'custom', path: ['group'], message: `is required: ${a.id} is not a group code` });
			}
			if (!isGroup && a.group && a.group.id !== `${a.id.slice(0, 2)}00`) {
				ctx.addIssue({
					code: 'custom',
					path: ['group'],
					message: `must be ${a.id.slice(0, 2)}00: ASJC code ${a.id} belongs to the group of its first two digits (got ${a.group.id})`,
				});
			}
		});
export type Asjc = z.output<ReturnType<typeof asjcSchema>>;
