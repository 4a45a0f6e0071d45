// The ISSN check digit is a rule of the content's format: it lives with the schemas.
export { isValidIssn } from '../schemas/identifiers.ts';

/** The resolver URL of a DOI, e.g. `https://doi.org/10.1111/cas.14322`. */
export function doiUrl(doi: string): string {
	return `https://doi.org/${doi}`;
}

/** The PubMed URL of a PMID. */
export function pubmedUrl(pmid: string): string {
	return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/** The ClinicalTrials.gov URL of a registration. */
export function clinicalTrialsUrl(nct: string): string {
	return `https://clinicaltrials.gov/study/${nct}`;
}
