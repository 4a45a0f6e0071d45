/**
 * `true` when two object types have exactly the same keys, `false` otherwise. A module that owns a
 * set of ids checks with it that each dictionary labels exactly those ids, so the dictionaries need
 * not import from src/lib:
 * `true satisfies SameKeys<Dict['citeStyleLabels'], Record<CitationStyleId, string>>;`
 */
export type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
