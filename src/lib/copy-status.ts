/**
 * The copy buttons' status messages travel from the dictionary (src/i18n/) to the browser as
 * templates in data- attributes of the status region, with this slot where the button's label goes.
 * Shared by the component that writes them (CopyStatus.astro) and the script that reads them
 * (CopyScript.astro), so the page's language decides what is announced.
 */
export const LABEL_SLOT = '{label}';

/** A message template with its label filled in: ("Copied {label}.", "BibTeX") → "Copied BibTeX." */
export function fillLabel(template: string, label: string): string {
	return template.split(LABEL_SLOT).join(label);
}
