/**
 * The data files against the built pages: every value in /data/*.json must be the value the page
 * shows at the row's permanent anchor (result, interval, printed value, in both languages, and the
 * chart's drawn positions). Plain functions over HTML strings and parsed files; they return findings.
 */
import { load } from 'cheerio';
import type { Finding } from './site.ts';

type Row = Record<string, string | number | boolean | null>;
/** The HTML of a built page by its path ("/endpoints/"), or undefined. */
export type PageLookup = (path: string) => string | undefined;

/** The path and anchor of an absolute URL, without the site's base: ("…/evidence/endpoints/#os", "/evidence/") → ["/endpoints/", "os"]. */
export function pathAndAnchor(url: string, base = '/'): [string, string] {
	const u = new URL(url);
	const b = base.endsWith('/') ? base : `${base}/`;
	const path = u.pathname.startsWith(b) ? `/${u.pathname.slice(b.length)}` : u.pathname;
	return [path, u.hash.slice(1)];
}

/** The text of an element without its notes (`.cell-note`) and caveat marks (`.caveats`), white space collapsed. */
function ownText(el: ReturnType<ReturnType<typeof load>>): string {
	const copy = el.clone();
	copy.find('.cell-note, .caveats').remove();
	return copy.text().replace(/\s+/g, ' ').trim();
}

const ja = (path: string) => `/ja${path}`;

/** /data/endpoints.json against the endpoint rows of the English and Japanese pages. */
export function compareEndpoints(rows: Row[], page: PageLookup, base = '/'): Finding[] {
	const findings: Finding[] = [];
	for (const r of rows) {
		const [path, anchor] = pathAndAnchor(String(r.url), base);
		for (const [lang, p, suffix] of [
			['en', path, ''],
			['ja', ja(path), '_ja'],
		] as const) {
			const html = page(p);
			const add = (message: string) => findings.push({ page: `${p}#${anchor}`, message: `${lang}: ${message}` });
			if (!html) {
				add('no such page');
				continue;
			}
			const $ = load(html);
			const tr = $(`tr[id="${anchor}"]`);
			if (tr.length !== 1) {
				add(`no row with id "${anchor}"`);
				continue;
			}
			const result = ownText(tr.find('[data-cell="result"]'));
			const ci = ownText(tr.find('[data-cell="ci"]'));
			const printed = ownText(tr.find('[data-cell="printed"]'));
			if (result !== r[`result${suffix}`]) add(`result is "${result}" on the page, "${r[`result${suffix}`]}" in the file`);
			if (ci !== (r[`ci${suffix}`] || '—')) add(`interval is "${ci}" on the page, "${r[`ci${suffix}`]}" in the file`);
			if (printed !== r[`printed${suffix}`]) add(`printed value is "${printed}" on the page, "${r[`printed${suffix}`]}" in the file`);
			if (lang !== 'en') continue;
			// The numbers themselves, as the page prints them.
			if (r.measure === 'proportion') {
				if (!result.includes(`${r.events}/${r.denominator}`)) add(`counts ${r.events}/${r.denominator} are not in "${result}"`);
				if (!result.includes(`${(r.estimate as number).toFixed(1)}%`)) add(`estimate ${r.estimate} is not in "${result}"`);
				const interval = `${(r.ci_lower as number).toFixed(1)}%–${(r.ci_upper as number).toFixed(1)}%`;
				if (ci !== interval) add(`interval ${interval} is "${ci}" on the page`);
			} else {
				if (r.estimate !== null && !result.includes(String(r.estimate))) add(`estimate ${r.estimate} is not in "${result}"`);
				if (r.not_estimable && !/not estimable/i.test(result)) add(`"not estimable" is not in "${result}"`);
				for (const end of [r.ci_lower, r.ci_upper])
					if (end !== null && !ci.includes(String(end))) add(`interval end ${end} is not in "${ci}"`);
			}
		}
	}
	return findings;
}

/** /data/context-forest.json against the chart and its table on /context/ and /ja/context/. */
export function compareForest(rows: Row[], page: PageLookup): Finding[] {
	const findings: Finding[] = [];
	for (const [lang, path, suffix] of [
		['en', '/context/', ''],
		['ja', '/ja/context/', '_ja'],
	] as const) {
		const html = page(path);
		if (!html) {
			findings.push({ page: path, message: 'no such page' });
			continue;
		}
		const $ = load(html);
		// The file gives the positions of the wide drawing (the one printed); the narrow one is checked in context-checks.ts.
		const drawn = $('svg.forest.wide g.row[data-row]')
			.toArray()
			.map((g) => $(g).attr('data-row'));
		const inFile = rows.map((r) => String(r.endpoint));
		if (drawn.join() !== inFile.join())
			findings.push({ page: path, message: `${lang}: rows drawn ${drawn.join(', ')}; in the file ${inFile.join(', ')}` });
		for (const r of rows) {
			const add = (message: string) => findings.push({ page: path, message: `${lang}, row ${r.endpoint}: ${message}` });
			const g = $(`svg.forest.wide g.row[data-row="${r.endpoint}"]`);
			const num = (sel: string, attr: string) => Number(g.find(sel).first().attr(attr));
			// A label wrapped to lines loses the spaces at its breaks.
			const label = g.find('text.label').text().trim();
			if (label.replace(/\s+/g, '') !== String(r[`study${suffix}`]).replace(/\s+/g, ''))
				add(`label is "${label}" in the chart, "${r[`study${suffix}`]}" in the file`);
			if (lang === 'en') {
				if (num('rect.point', 'x') + 5 !== r.x) add(`square at x=${num('rect.point', 'x') + 5}, file says ${r.x}`);
				if (num('line.ci', 'x1') !== r.x_lower || num('line.ci', 'x2') !== r.x_upper)
					add(`interval drawn ${num('line.ci', 'x1')}–${num('line.ci', 'x2')}, file says ${r.x_lower}–${r.x_upper}`);
				if (num('line.ci', 'y1') !== r.y) add(`row drawn at y=${num('line.ci', 'y1')}, file says ${r.y}`);
			}
			const tr = $(`table.chart-data tr[data-row="${r.endpoint}"]`);
			const result = ownText(tr.find('[data-cell="result"]'));
			const ci = ownText(tr.find('[data-cell="ci"]'));
			if (result !== r[`result${suffix}`]) add(`result is "${result}" in the table, "${r[`result${suffix}`]}" in the file`);
			if (ci !== r[`ci${suffix}`]) add(`interval is "${ci}" in the table, "${r[`ci${suffix}`]}" in the file`);
			if (lang === 'en' && !result.includes(String(r.estimate))) add(`estimate ${r.estimate} is not in "${result}"`);
		}
	}
	return findings;
}

/** /data/registered-outcomes.json against the registry tables on /sources/ and /ja/sources/. */
export function compareRegistry(rows: Row[], page: PageLookup): Finding[] {
	const findings: Finding[] = [];
	for (const [lang, path, suffix] of [
		['en', '/sources/', ''],
		['ja', '/ja/sources/', '_ja'],
	] as const) {
		const html = page(path);
		if (!html) {
			findings.push({ page: path, message: 'no such page' });
			continue;
		}
		const $ = load(html);
		for (const r of rows) {
			const add = (message: string) =>
				findings.push({
					page: path,
					message: `${lang}, ${r.registered_outcome ?? 'unregistered'} / ${r.endpoint ?? 'no endpoint'}: ${message}`,
				});
			const scope = r.registered_outcome ? $(`tr[id="registered-${r.registered_outcome}"]`) : $('table.registry');
			if (scope.length === 0) {
				add('no row on the page');
				continue;
			}
			if (r.registered_outcome && r.status !== scope.attr('data-status'))
				add(`status is "${scope.attr('data-status')}" on the page, "${r.status}" in the file`);
			if (!r.endpoint) continue;
			const item = scope.find(`[data-endpoint="${r.endpoint}"]`).first();
			const result = ownText(item.find('[data-cell="result"]'));
			if (result !== r[`result${suffix}`]) add(`result is "${result}" on the page, "${r[`result${suffix}`]}" in the file`);
		}
	}
	return findings;
}

interface Bundle {
	entry: { resource: Record<string, unknown> & { resourceType: string; id: string } }[];
}

/** Each Evidence of the FHIR bundles against the endpoints file: the same numbers and the same permanent link. */
export function compareFhir(bundles: Record<string, Bundle>, rows: Row[]): Finding[] {
	const findings: Finding[] = [];
	for (const [name, bundle] of Object.entries(bundles)) {
		for (const { resource } of bundle.entry.filter((e) => e.resource.resourceType === 'Evidence')) {
			const add = (message: string) => findings.push({ page: `/data/${name}`, message: `${resource.id}: ${message}` });
			const row = rows.find((r) => `${r.publication}-${r.anchor}` === resource.id);
			if (!row) {
				add('no row in endpoints.json');
				continue;
			}
			const s = (resource.statistic as Record<string, unknown>[])[0]!;
			const value = (s.quantity as { value?: number } | undefined)?.value ?? null;
			if (value !== row.estimate) add(`statistic ${value}, endpoints.json ${row.estimate}`);
			const ci = ((s.attributeEstimate ?? []) as { range?: { low: { value: number }; high: { value: number } } }[]).find((a) => a.range);
			const range = ci ? [ci.range!.low.value, ci.range!.high.value] : [null, null];
			if (range[0] !== row.ci_lower || range[1] !== row.ci_upper)
				add(`interval ${range.join('–')}, endpoints.json ${row.ci_lower}–${row.ci_upper}`);
			if (row.events !== null && s.numberOfEvents !== row.events) add(`events ${String(s.numberOfEvents)}, endpoints.json ${row.events}`);
			const link = (resource.relatedArtifact as { document?: { url: string } }[]).find((a) => a.document)?.document?.url;
			if (link !== row.url) add(`link ${link}, endpoints.json ${row.url}`);
		}
	}
	return findings;
}
