import type { ContentSet } from './content-set.ts';

/** A subject-area group and the codes under it that the site knows. */
export interface AsjcGroup {
	code: string;
	label: string;
	children: { code: string; label: string; ofPaper: boolean; ofJournal: boolean }[];
}

/** The ASJC codes in the content, as groups with their subjects, marking the paper's and journal's. */
export function asjcTree(set: ContentSet, paperCodes: string[], journalCodes: string[]): AsjcGroup[] {
	const groups = set.asjc.filter((a) => !a.data.group).sort((a, b) => a.id.localeCompare(b.id));
	return groups.map((g) => ({
		code: g.id,
		label: g.data.label,
		children: set.asjc
			.filter((a) => a.data.group?.id === g.id)
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((a) => ({
				code: a.id,
				label: a.data.label,
				ofPaper: paperCodes.includes(a.id),
				ofJournal: journalCodes.includes(a.id),
			})),
	}));
}
