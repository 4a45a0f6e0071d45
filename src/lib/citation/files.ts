import { type CitationRecord, toCslJson } from './csl.ts';
import { toBiblatex, toBibtex } from './bibtex.ts';
import { toRis } from './ris.ts';
import type { Dict } from '../../i18n/index.ts';
import type { SameKeys } from '../types.ts';

/** A downloadable citation file of a publication, served at /cite/<id><suffix>. */
export interface CitationFile {
	/** Short stable name, used for element ids ("bibtex") and for the interface strings that say
	 * what the file is for (`citeFileUses` in src/i18n/). */
	key: CitationFileKey;
	/** The format's name, the same in every language. */
	label: string;
	/** File name suffix after the publication id. */
	suffix: string;
	render: (record: CitationRecord) => string;
}

type CitationFileKey = 'bibtex' | 'biblatex' | 'ris' | 'csl-json';

/** Every citation file, in the order the pages show them. */
export const CITATION_FILES: CitationFile[] = [
	{ key: 'bibtex', label: 'BibTeX', suffix: '.bib', render: toBibtex },
	{ key: 'biblatex', label: 'BibLaTeX', suffix: '.biblatex.bib', render: toBiblatex },
	{ key: 'ris', label: 'RIS', suffix: '.ris', render: toRis },
	{ key: 'csl-json', label: 'CSL-JSON', suffix: '.json', render: toCslJson },
];

/** The site path of a publication's citation file ("/cite/kiyoi-2020.bib"). */
export function citationFilePath(publicationId: string, file: CitationFile): string {
	return `/cite/${publicationId}${file.suffix}`;
}

// Every citation file has its use described in every dictionary, and nothing else is.
true satisfies SameKeys<Dict['citeFileUses'], Record<CitationFileKey, string>>;
