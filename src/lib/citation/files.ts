import { type CitationRecord, toCslJson } from './csl.ts';
import { toBiblatex, toBibtex } from './bibtex.ts';
import { toRis } from './ris.ts';

/** A downloadable citation file of a publication, served at /cite/<id><suffix>. */
export interface CitationFile {
	/** Short stable name, used for element ids ("bibtex"). */
	key: string;
	label: string;
	/** File name suffix after the publication id. */
	suffix: string;
	/** What the file is for, one phrase. */
	use: string;
	render: (record: CitationRecord) => string;
}

/** Every citation file, in the order the pages show them. */
export const CITATION_FILES: CitationFile[] = [
	{ key: 'bibtex', label: 'BibTeX', suffix: '.bib', use: 'LaTeX with BibTeX or natbib', render: toBibtex },
	{ key: 'biblatex', label: 'BibLaTeX', suffix: '.biblatex.bib', use: 'LaTeX with biblatex and Biber', render: toBiblatex },
	{ key: 'ris', label: 'RIS', suffix: '.ris', use: 'Zotero, EndNote, Mendeley, Papers', render: toRis },
	{ key: 'csl-json', label: 'CSL-JSON', suffix: '.json', use: 'Zotero, Pandoc, citeproc: the canonical record', render: toCslJson },
];

/** The site path of a publication's citation file ("/cite/kiyoi-2020.bib"). */
export function citationFilePath(publicationId: string, file: CitationFile): string {
	return `/cite/${publicationId}${file.suffix}`;
}
