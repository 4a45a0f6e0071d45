import type { Entry } from './content-set.ts';

/**
 * The source register in reading order: the project's own records first (seed, review notes,
 * databases: labels without a number, in file order), then the numbered sources by their number,
 * S1, S2, … S10, never S1, S10, S2. e.g. [S10, Seed, S2, S1] → [Seed, S1, S2, S10]
 */
export function sourcesInOrder<T extends { label: string }>(sources: Entry<T>[]): Entry<T>[] {
	const number = (s: Entry<T>) => {
		const m = /^S(\d+)$/.exec(s.data.label);
		return m ? Number(m[1]) : -1;
	};
	return sources
		.map((s, i) => ({ s, i, n: number(s) }))
		.sort((a, b) => a.n - b.n || a.i - b.i)
		.map((x) => x.s);
}
