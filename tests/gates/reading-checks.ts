import { type ContentPage, type Endpoint, JAPANESE, type Publication, numbersIn } from '../helpers/content-files.ts';
import type { Register } from '../helpers/register.ts';
import { type ParsedSite, langOfPath } from './dom.ts';
import { NOT_FOUND } from './page-checks.ts';
import type { PublicUrls } from './public-urls.ts';

// What a reader gets from the HTML alone, without JavaScript: the search pages and the 404 page list
// every page of their language and offer a form that works without script; each publication's
// pages carry its record with English names marked as English and Japanese labels from content;
// rows that others link to carry a link to themselves; the design page gives the register's dates
// and doses.

/** The list of pages on the search page of each language, and on 404 (both languages), is every content page of that language. */
export function checkPageLists(site: ParsedSite, pages: ContentPage[]): string[] {
	const bad: string[] = [];
	const want = (lang: 'en' | 'ja') => pages.filter((p) => p.lang === lang);
	const compare = (where: string, list: ReturnType<ReturnType<ParsedSite['doc']>>, lang: 'en' | 'ja') => {
		const $ = site.doc(where);
		const links = list
			.find('a')
			.map((_, a) => [[$(a).attr('href'), $(a).text().trim()]])
			.get() as [string, string][];
		const expected = want(lang).map((p) => [p.path, String(p.title).trim()]);
		const key = (l: string[][]) =>
			l
				.map((x) => x.join(' = '))
				.sort()
				.join('\n');
		if (key(links) !== key(expected))
			bad.push(
				`${where}: the ${lang} page list has ${links.map((l) => l[0]).join(' ')}; want ${expected.map((l) => l[0]).join(' ')} with their titles`,
			);
	};
	for (const [path, lang] of [
		['/search/', 'en'],
		['/ja/search/', 'ja'],
	] as const) {
		if (!site.has(path)) {
			bad.push(`${path} was not built`);
			continue;
		}
		const $ = site.doc(path);
		compare(path, $('main ul.page-index'), lang);
		if (!$('[data-search-page] .note').text().trim()) bad.push(`${path}: no note that search needs JavaScript`);
	}
	const $ = site.doc(NOT_FOUND);
	compare(NOT_FOUND, $('main > ul.page-index'), 'en');
	compare(NOT_FOUND, $('section[lang="ja"] ul.page-index'), 'ja');
	return bad;
}

/** The 404 page has a search form per language that works without JavaScript, the Japanese one in a lang="ja" section reached from the top. */
export function checkNotFoundForms(site: ParsedSite): string[] {
	const $ = site.doc(NOT_FOUND);
	const bad: string[] = [];
	const form = (scope: string, action: string) => {
		const f = $(`${scope} form[role="search"][action="${action}"][method="get"]`);
		if (f.length !== 1 || f.find('input[name="q"]').length !== 1 || f.find('button[type="submit"]').length !== 1)
			bad.push(`${NOT_FOUND}: no search form to ${action} with a q field and a submit button${scope ? ` in ${scope}` : ''}`);
	};
	form('main >', '/search/');
	form('section[lang="ja"]', '/ja/search/');
	const section = $('section[lang="ja"]');
	const jump = $('main a[href^="#"]').filter((_, a) => $(a).attr('href') === `#${section.find('h2').attr('id')}`);
	if (!section.find('h2[id]').length || !jump.length) bad.push(`${NOT_FOUND}: no link at the top to the Japanese section's heading`);
	if (!JAPANESE.test(section.find('h2').text())) bad.push(`${NOT_FOUND}: the Japanese section's heading is not Japanese`);
	return bad;
}

/**
 * Each publication's pages, in both languages (and the overview, the featured paper's canonical
 * page): its title as published, marked lang="en" on the Japanese page; its DOI; the sections
 * Endpoints and provenance; the Japanese labels of its parts from content and none of the English
 * ones; the authors (or the note that they are not confirmed) and the journal.
 */
export function checkPublicationPages(
	site: ParsedSite,
	publications: Publication[],
	endpoints: Endpoint[],
	journals: Record<string, { title?: string; abbreviation?: string }>,
	featured: string,
): string[] {
	const bad: string[] = [];
	for (const p of publications) {
		const overview = p.id === featured ? ['/', '/ja/'] : [];
		for (const path of [`/publications/${p.id}/`, `/ja/publications/${p.id}/`, ...overview]) {
			if (!site.has(path)) {
				bad.push(`${path} was not built`);
				continue;
			}
			const $ = site.doc(path);
			const ja = langOfPath(path) === 'ja';
			const doi = p.identifiers?.doi;
			if (doi && !$('main').text().includes(doi)) bad.push(`${path}: the DOI ${doi} is not shown`);
			const title = $('.paper-title');
			if (title.text().trim() !== p.title.trim()) bad.push(`${path}: the paper's title is "${title.text()}", content has "${p.title}"`);
			if (ja && title.attr('lang') !== 'en') bad.push(`${path}: the English title is not marked lang="en"`);
			if (!overview.includes(path)) {
				if (!$('h2#endpoints').length || !$('table.endpoints').length) bad.push(`${path}: no Endpoints section with its table`);
				if (!$('table#provenance-publication').length) bad.push(`${path}: no table of where each field came from`);
			}
			if (ja && !JAPANESE.test($('h1').text())) bad.push(`${path}: the heading is not Japanese`);
			// Authors: named when confirmed (marked English on the Japanese page); otherwise the page says they are not.
			const authors = $('.authors');
			const names = !ja || authors.is('[lang="en"]') ? authors.text() : authors.find('[lang="en"]').text();
			if (p.authorship === 'not-confirmed' || !p.authors?.length) {
				if (!(ja ? /未確認/ : /not confirmed/i).test(authors.text()))
					bad.push(`${path}: the authors are not confirmed, and the page does not say so`);
			} else {
				for (const a of p.authors)
					if (!names.includes(a.family))
						bad.push(`${path}: the author ${a.family} is not shown${ja ? ' in an element marked lang="en"' : ''}`);
				if (
					p.authorship === 'order-not-confirmed' &&
					!(ja ? /著者順ではありません/ : /not the published author order/).test(authors.text())
				)
					bad.push(`${path}: the authors are not in the published order, and the page does not say so`);
			}
			const journal = journals[p.journal];
			const journalName = journal?.title ?? journal?.abbreviation ?? '';
			const venue = ja ? $('.venue [lang="en"]').first().text() : $('.venue').text();
			if (!journalName || !venue.includes(journalName))
				bad.push(`${path}: the journal "${journalName}" is not named${ja ? ' in an element marked lang="en"' : ''}`);
			// Part labels: each part that has an endpoint is named in the table, in the page's language (Japanese labels from content).
			const partCells = $('table.endpoints tbody tr')
				.map((_, tr) => $(tr).find('td').first().text().trim())
				.get();
			for (const part of overview.includes(path) ? [] : (p.population?.parts ?? [])) {
				if (!endpoints.some((e) => e.publication === p.id && e.part === part.id)) continue;
				const label = ja ? part.ja?.label : part.label;
				if (!label || !partCells.includes(label)) bad.push(`${path}: no row names the part "${label ?? part.label}"`);
				if (ja && part.ja?.label !== part.label && partCells.includes(part.label))
					bad.push(`${path}: the part "${part.label}" is named in English`);
			}
		}
	}
	return bad;
}

/** Every row of every endpoint table carries a link to its own anchor; every manifest anchor on a table row does too. */
export function checkRowAnchors(site: ParsedSite, manifest: PublicUrls): string[] {
	const bad: string[] = [];
	for (const path of site.paths) {
		const $ = site.doc(path);
		$('table.endpoints tbody tr').each((_, tr) => {
			const id = $(tr).attr('id');
			if (!id) bad.push(`${path}: an endpoint row without an id`);
			else if ($(tr).find(`a[href="#${id}"]`).length !== 1) bad.push(`${path}#${id}: the row has no link to itself`);
		});
	}
	for (const [path, ids] of Object.entries(manifest)) {
		if (!site.has(path)) continue;
		const $ = site.doc(path);
		for (const id of ids) {
			const el = $(`[id="${id}"]`);
			if (el.is('tr') && el.find(`a[href="#${id}"]`).length !== 1)
				bad.push(`${path}#${id}: the permanent anchor's row has no link to itself`);
		}
	}
	return bad;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date as each edition writes it: "4 June 2015", "2015年6月4日". */
export const longDate = (iso: string, lang: 'en' | 'ja'): string => {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return lang === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
};

/** The design pages give the registered trial's dates and enrolment and the dosing schedule as the register has them. */
export function checkDesignFacts(site: ParsedSite, register: Register): string[] {
	const bad: string[] = [];
	const trial = Object.values(register.trials)[0];
	const regimen = Object.values(register.regimens)[0];
	for (const path of ['/design/', '/ja/design/']) {
		if (!site.has(path)) continue;
		const $ = site.doc(path);
		const lang = langOfPath(path);
		const facts = $('dl.facts').text();
		for (const [name, fact] of Object.entries(trial ?? {})) {
			if (fact.value === 'none') continue;
			const text = typeof fact.value === 'number' ? String(fact.value) : longDate(fact.value, lang);
			if (!facts.includes(text)) bad.push(`${path}: the registry facts do not give ${name} as "${text}" (${fact.at})`);
		}
		const rows = $('table')
			.filter((_, t) => /Dosing schedule|投与スケジュール/.test($(t).find('caption').text()))
			.find('tbody tr');
		if (!rows.length) {
			bad.push(`${path}: no dosing schedule table`);
			continue;
		}
		const unit = lang === 'ja' ? 'μg/日' : 'μg/day';
		const first = rows.first().text();
		const later = rows.last().text();
		for (const f of [regimen?.startDose, regimen?.fullDose])
			if (f && !first.includes(`${f.value} ${unit}`)) bad.push(`${path}: cycle 1 does not show ${f.value} ${unit} (${f.at})`);
		// The dosing timeline, where the page has one.
		const timeline = $('svg.timeline desc').text();
		for (const f of [regimen?.startDose, regimen?.fullDose])
			if (f && $('svg.timeline').length && !timeline.includes(`${f.value} ${unit}`))
				bad.push(`${path}: the dosing timeline's description does not give ${f.value} ${unit}`);
		if (regimen?.laterCycles && !later.includes(`${regimen.laterCycles.value} ${unit}`))
			bad.push(`${path}: later cycles do not show ${regimen.laterCycles.value} ${unit}`);
		if (regimen?.maxCycles && !numbersIn(rows.last().find('th').text()).includes(String(regimen.maxCycles.value)))
			bad.push(`${path}: the last row does not reach cycle ${regimen.maxCycles.value}`);
	}
	return bad;
}

/** Markdown tables in MDX (header, `| --- |` line, rows), as text: `remark-gfm` must turn each into a <table>. */
export function markdownTables(mdx: string): { head: string[]; rows: number }[] {
	const lines = mdx.split('\n');
	const cells = (line: string) =>
		line
			.trim()
			.replace(/^\||\|$/g, '')
			.split('|')
			.map((c) => c.trim());
	const out: { head: string[]; rows: number }[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		if (!/^\s*\|.*\|\s*$/.test(lines[i]!) || !/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1]!)) continue;
		let rows = 0;
		while (/^\s*\|.*\|\s*$/.test(lines[i + 2 + rows] ?? '')) rows++;
		out.push({ head: cells(lines[i]!), rows });
		i += 1 + rows;
	}
	return out;
}

/** Every Markdown table of an MDX page is a <table> on the built page, with its header cells and number of rows. */
export function checkMarkdownTables(site: ParsedSite, pages: ContentPage[]): string[] {
	const bad: string[] = [];
	for (const page of pages) {
		if (!site.has(page.path)) continue;
		const $ = site.doc(page.path);
		for (const t of markdownTables(page.source)) {
			const table = $('table').filter(
				(_, el) =>
					$(el)
						.find('thead th')
						.map((__, th) => $(th).text().trim())
						.get()
						.join('|') === t.head.join('|'),
			);
			if (table.length !== 1)
				bad.push(`${page.path}: the Markdown table "${t.head.join(' | ')}" is not a <table> (is remark-gfm running?)`);
			else if (table.find('tbody tr').length !== t.rows)
				bad.push(`${page.path}: the table "${t.head.join(' | ')}" has ${table.find('tbody tr').length} rows, the Markdown ${t.rows}`);
		}
	}
	return bad;
}

/** Every publication's citation files exist; its pages show the BibTeX file byte for byte and link all four. */
export function checkCitationFiles(
	site: ParsedSite,
	publications: Publication[],
	readText: (path: string) => string | undefined,
): string[] {
	const bad: string[] = [];
	const SUFFIXES = ['.bib', '.biblatex.bib', '.ris', '.json'];
	for (const p of publications) {
		for (const suffix of SUFFIXES) {
			const body = readText(`cite/${p.id}${suffix}`);
			if (!body || body.trim().length <= 20) bad.push(`/cite/${p.id}${suffix} is missing or empty`);
		}
		const bib = readText(`cite/${p.id}.bib`) ?? '';
		for (const path of [`/publications/${p.id}/`, `/ja/publications/${p.id}/`]) {
			if (!site.has(path)) continue;
			const $ = site.doc(path);
			const shown = $(`pre#cite-${p.id}-bibtex`).text();
			if (shown.trim() !== bib.trim()) bad.push(`${path}: the BibTeX shown is not /cite/${p.id}.bib`);
			for (const suffix of SUFFIXES)
				if (!$(`a[href="/cite/${p.id}${suffix}"][download]`).length) bad.push(`${path}: no download link to /cite/${p.id}${suffix}`);
		}
	}
	return bad;
}

/** Every changelog entry has its permanent anchor on /changes/ and /ja/changes/, with a link to each page it touched, in the reader's language when that page exists. */
export function checkChangelog(site: ParsedSite, entries: { id: string; pages?: string[] }[]): string[] {
	const bad: string[] = [];
	const pathOfId = (id: string) => (id === 'index' ? '/' : `/${id}/`);
	for (const changes of ['/changes/', '/ja/changes/']) {
		if (!site.has(changes)) continue;
		const $ = site.doc(changes);
		const ja = langOfPath(changes) === 'ja';
		for (const e of entries) {
			const li = $(`li[id="change-${e.id}"]`);
			if (li.length !== 1) {
				bad.push(`${changes}: no entry with the anchor #change-${e.id}`);
				continue;
			}
			for (const id of e.pages ?? []) {
				const en = pathOfId(id);
				const target = ja && !en.startsWith('/ja/') && site.has(`/ja${en}`) ? `/ja${en}` : en;
				if (!li.find(`a[href="${target}"]`).length) bad.push(`${changes}#change-${e.id}: no link to the page it touched, ${target}`);
			}
		}
	}
	return bad;
}

/** Numbers from a review or a press release are marked as secondary on the chart's data table (English page). */
export function checkSecondarySources(site: ParsedSite, endpoints: Endpoint[], sourceKinds: Record<string, string>): string[] {
	if (!site.has('/context/')) return [];
	const $ = site.doc('/context/');
	const bad: string[] = [];
	$('table.chart-data tbody tr').each((_, tr) => {
		const id = $(tr).attr('data-row');
		const e = endpoints.find((x) => x.id === id);
		const kind = sourceKinds[e?.source?.source ?? ''] ?? '';
		const secondary = ['review-article', 'press-release'].includes(kind);
		if (secondary !== /secondary source/.test($(tr).text()))
			bad.push(`/context/: the row of ${id} (a ${kind || 'unknown'} source) ${secondary ? 'is not' : 'is'} marked as a secondary source`);
	});
	return bad;
}
