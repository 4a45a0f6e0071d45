// Loaded on every page, so it stays tiny: it wires the header's search link and the keyboard
// shortcuts, and fetches Pagefind (its UI, index and WebAssembly) only when a reader opens search.
// Without JavaScript the link simply goes to the search page.

type SearchUi = typeof import('./pagefind-ui.ts');

const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
const pageMount = document.querySelector<HTMLElement>('[data-search-page]');
const bundlePath = link?.dataset.bundlePath ?? pageMount?.dataset.bundlePath ?? '/pagefind/';

let ui: Promise<SearchUi> | undefined;
const load = () => (ui ??= import('./pagefind-ui.ts'));

// What the reader types while the search code is still loading, so no keystroke is lost.
let typedAhead: string | undefined;
document.addEventListener(
	'keydown',
	(e) => {
		if (typedAhead === undefined || e.ctrlKey || e.metaKey || e.altKey) return;
		if (e.key.length === 1) typedAhead += e.key;
		else if (e.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
		else return;
		e.preventDefault();
	},
	true,
);

/** Opens search: on the search page, focuses its box; elsewhere, the search dialog. */
async function openSearch(): Promise<void> {
	typedAhead ??= '';
	const m = await load();
	if (pageMount) m.focusSearchPage(pageMount);
	else await m.openSearchDialog(bundlePath, typedAhead);
	typedAhead = undefined;
}

/** True when the reader is typing somewhere, so "/" must stay a character. */
const isTyping = (t: EventTarget | null) =>
	t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

link?.addEventListener('click', (e) => {
	// Let modified clicks (new tab, new window) follow the link.
	if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
	e.preventDefault();
	void openSearch();
});

document.addEventListener('keydown', (e) => {
	if (typedAhead !== undefined) return;
	const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
	const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
	if (!ctrlK && !slash) return;
	e.preventDefault();
	void openSearch();
});

// The search page is where a reader has already asked for search: load it straight away.
if (pageMount) {
	void load().then((m) => m.mountSearchPage(pageMount, new URLSearchParams(location.search).get('q') ?? ''));
}
