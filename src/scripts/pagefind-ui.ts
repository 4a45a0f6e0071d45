// Pagefind's component UI, fetched on first use by ./search.ts (a separate chunk, never on load).
import { configureInstance, getInstanceManager } from '@pagefind/component-ui';
// Imported as a URL, not as CSS: Astro would otherwise add the stylesheet to every page.
import stylesUrl from '@pagefind/component-ui/css/pagefind-component-ui.css?url';
import { fillQuery, otherEditionFor, searchHref } from '../lib/search-text.ts';

let configured = false;

/**
 * Points Pagefind at the index built for this site (it honours Astro's base path), with its
 * interface strings in the page's language. Pagefind picks the index of <html lang> by itself, but
 * it sets its strings only when a first element registers, after that element has drawn itself:
 * the search page's box would keep English labels on a Japanese page.
 */
function configure(bundlePath: string): void {
	if (configured) return;
	configured = true;
	configureInstance('default', { bundlePath }).setLanguage(document.documentElement.lang || 'en');
	const instance = getInstanceManager().getInstance('default');
	const offer = (term: string) => {
		for (const note of document.querySelectorAll<HTMLElement>('[data-search-other]')) offerOtherEdition(note, term);
	};
	// With the results, so that the offer appears beside them, not before them; cleared with the query.
	instance.on('results', () => offer(instance.searchTerm));
	instance.on('search', (term) => {
		if (typeof term === 'string' && term.trim() === '') offer('');
	});
}

/**
 * A query in the other edition's script (Japanese on the English search, only Latin letters on the
 * Japanese one) gets a link to that edition's search with the same query. Its address and words
 * come from the header's search link (src/components/SearchLink.astro).
 */
function offerOtherEdition(note: HTMLElement, query: string): void {
	const link = document.querySelector<HTMLElement>('a[data-search-open]');
	const { otherLang, otherSearch, otherLabel } = link?.dataset ?? {};
	const target = otherEditionFor(query, document.documentElement.lang);
	if (!otherLang || !otherSearch || !otherLabel || target !== otherLang) {
		note.hidden = true;
		note.replaceChildren();
		return;
	}
	const a = document.createElement('a');
	a.href = searchHref(otherSearch, query);
	a.lang = otherLang;
	a.hreflang = otherLang;
	a.textContent = fillQuery(otherLabel, query);
	note.replaceChildren(a);
	note.hidden = false;
}

/** The (empty, hidden) place for the offer of the other edition's search. */
function offerNote(): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'search-other-edition';
	p.dataset.searchOther = '';
	p.hidden = true;
	return p;
}

let styles: Promise<void> | undefined;

/** Adds Pagefind's stylesheet once, resolving when it has loaded (so nothing shows unstyled). */
export function loadStyles(): Promise<void> {
	styles ??= new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesUrl;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.prepend(link);
	});
	return styles;
}

interface ModalElement extends HTMLElement {
	open(): void;
}

/**
 * Opens the search dialog, creating it the first time, with what the reader typed while it
 * loaded. Escape closes it and focus returns to where it was.
 */
export async function openSearchDialog(bundlePath: string, typed = ''): Promise<void> {
	configure(bundlePath);
	await loadStyles();
	let modal = document.querySelector<ModalElement>('pagefind-modal');
	if (!modal) {
		modal = document.createElement('pagefind-modal') as ModalElement;
		document.body.append(modal);
	}
	modal.open();
	if (!modal.querySelector('[data-search-other]')) modal.querySelector('pagefind-summary')?.after(offerNote());
	const input = modal.querySelector('input');
	if (input && typed) {
		input.value += typed;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

/** Fills the search page's mount point with a search box, a summary and the results. */
export async function mountSearchPage(mount: HTMLElement, query: string): Promise<void> {
	configure(mount.dataset.bundlePath ?? '/pagefind/');
	await loadStyles();
	const input = document.createElement('pagefind-input');
	input.setAttribute('autofocus', '');
	mount.replaceChildren(input, document.createElement('pagefind-summary'), offerNote(), document.createElement('pagefind-results'));
	const instance = getInstanceManager().getInstance('default');
	if (query.trim()) instance.triggerSearch(query.trim());
}

/** Moves focus to the search page's box. */
export function focusSearchPage(mount: HTMLElement): void {
	mount.querySelector('input')?.focus();
}
