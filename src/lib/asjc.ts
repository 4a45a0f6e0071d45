import type { ContentSet } from './content-set.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { MissingTranslationError } from './localize.ts';

/** A subject-area group and the codes under it that the site knows. */
export interface AsjcGroup {
	code: string;
	label: string;
	labelJa?: string | undefined;
	children: { code: string; label: string; labelJa?: string | undefined; ofPaper: boolean; ofJournal: boolean }[];
}

/** The ASJC codes in the content, as groups with their subjects, marking the paper's and journal's. */
export function asjcTree(set: ContentSet, paperCodes: string[], journalCodes: string[]): AsjcGroup[] {
	const groups = set.asjc.filter((a) => !a.data.group).sort((a, b) => a.id.localeCompare(b.id));
	return groups.map((g) => ({
		code: g.id,
		label: g.data.label,
		labelJa: g.data.ja?.label,
		children: set.asjc
			.filter((a) => a.data.group?.id === g.id)
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((a) => ({
				code: a.id,
				label: a.data.label,
				labelJa: a.data.ja?.label,
				ofPaper: paperCodes.includes(a.id),
				ofJournal: journalCodes.includes(a.id),
			})),
	}));
}

/**
 * An ASJC subject name in a language. The ASJC list names subjects in English only, so in another
 * language the name is the site's own translation (content marks it `basis: site-translation`), and
 * the English name comes with it for the page to show beside it. A missing translation throws,
 * naming the code. e.g. ("Oncology", "腫瘍学", "ja") → { text: "腫瘍学", english: "Oncology" }
 */
export function asjcName(
	code: string,
	label: string,
	labelJa: string | undefined,
	lang: Lang = DEFAULT_LANG,
	file = 'content/asjc.yaml',
): { text: string; english?: string | undefined } {
	if (lang === DEFAULT_LANG) return { text: label };
	if (!labelJa) throw new MissingTranslationError(file, `${lang}.label`, lang, code);
	return { text: labelJa, english: label };
}
