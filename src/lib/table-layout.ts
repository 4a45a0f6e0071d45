import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/**
 * How the site's tables are laid out, as data the components follow:
 *
 * - which columns the results tables have and what each column is called, once: the same label is the
 *   column header on wide screens and the label of the cell's pair when a row is stacked into a block
 *   on narrow ones (src/styles/tables.css, `table.stack`);
 * - which runs of a cell's text are kept on one line (a number with its unit, an interval, a count with
 *   its percentage), so that a value never breaks across lines while the words around it wrap.
 *
 * The full address a "link to this result" copies is rowUrl() in row-link.ts (browser code: it must not
 * pull the dictionaries into the page's script).
 */

/** A column of a results table: its key (the cell's data-cell name), its header, and whether it holds numbers. */
interface Column<K extends string = string> {
	key: K;
	label: string;
	num: boolean;
}

/** A results table: the header of its row-label column, then its other columns in order. */
export interface TableColumns<K extends string = string> {
	rowHeader: string;
	columns: Column<K>[];
}

export type EndpointColumn = 'part' | 'role' | 'result' | 'ci' | 'printed' | 'source';

/** The endpoint table (/endpoints/, publication pages): endpoint, then part, role, result, interval, printed value, source. */
export function endpointColumns(lang: Lang = DEFAULT_LANG): TableColumns<EndpointColumn> {
	const d = t(lang);
	return {
		rowHeader: d.colEndpoint,
		columns: [
			{ key: 'part', label: d.colPart, num: false },
			{ key: 'role', label: d.colRole, num: false },
			{ key: 'result', label: d.colResult, num: true },
			{ key: 'ci', label: d.colCI, num: true },
			{ key: 'printed', label: d.colPrinted, num: true },
			{ key: 'source', label: d.colSource, num: false },
		],
	};
}

export type SurvivalColumn = 'endpoint' | 'result' | 'source' | 'why-not';

/** Survival side by side (/context/): study, then endpoint, result, source, why it cannot simply be compared. */
export function survivalColumns(lang: Lang = DEFAULT_LANG): TableColumns<SurvivalColumn> {
	const d = t(lang);
	return {
		rowHeader: d.colStudy,
		columns: [
			{ key: 'endpoint', label: d.colEndpoint, num: false },
			{ key: 'result', label: d.colResult, num: true },
			{ key: 'source', label: d.colSource, num: false },
			{ key: 'why-not', label: d.colWhyNot, num: false },
		],
	};
}

export type StudyColumn = 'design' | 'who' | 'patients' | 'dose';

/** The studies side by side (/context/): study, then design, who took part, patients, dose. */
export function studyColumns(lang: Lang = DEFAULT_LANG): TableColumns<StudyColumn> {
	const d = t(lang);
	return {
		rowHeader: d.colStudy,
		columns: [
			{ key: 'design', label: d.colDesign, num: false },
			{ key: 'who', label: d.colWho, num: false },
			{ key: 'patients', label: d.colPatients, num: true },
			{ key: 'dose', label: d.colDose, num: false },
		],
	};
}

/** The label of a column by its key (for a cell's data-label). Throws on a key the table does not have. */
export function columnLabel<K extends string>(table: TableColumns<K>, key: K): string {
	const column = table.columns.find((c) => c.key === key);
	if (!column) throw new Error(`table-layout: no column "${key}" (columns: ${table.columns.map((c) => c.key).join(', ')})`);
	return column.label;
}

/** A run of a cell's text; `keep` runs must not break across lines. */
export interface Segment {
	text: string;
	keep: boolean;
}

// A number as the site writes it: optional comparison sign, digits with decimal point or thousands
// separators, optional percent sign.
const NUM = String.raw`[<>≤≥]?\d[\d.,]*%?`;
// Numbers joined by an interval dash or a slash, or an estimate that is not a number: 0.0%–52.2%, 4/5, 3.5–NE.
const JOINED = String.raw`${NUM}(?:\s?[–/]\s?(?:${NUM}|NE))*`;
// A unit or counter written after a number, in either language.
const UNIT = String.raw`(?:\s?(?:[µμ]g\/(?:m²\/)?(?:day|日)|months?|weeks?|days?|years?|patients?|か月|ヶ月|週間?|日|歳|例|人))`;
// A date or an ISSN ("2014-01-01", "1349-7006"), the label of an interval ("95% CI", "95%信頼区間"), a P value ("P = 0.01"), a numbered part, grade,
// cycle or week ("Phase 1b", "grade 3").
const LABELLED = String.raw`\d{4}-\d{2}(?:-\d{2})?\b|\d{4}-\d{3}[\dX]\b|\d+%\s?(?:CI|信頼区間)|P\s?[=<>≤≥]\s?${NUM}|\b(?:[Pp]hase|[Gg]rade|[Cc]ycle|[Ww]eek|[Pp]art)\s\d[\w.]*`;
const KEEP = new RegExp(String.raw`${LABELLED}|${JOINED}${UNIT}?(?:\s?[(（]${JOINED}[)）])?`, 'gu');

/**
 * A cell's text cut into runs, with every number, interval, count or number-with-unit as one `keep`
 * run: "median 5 months (95% CI 3.5–6.4 months)" → "median ", [5 months], " (", [95% CI], " ",
 * [3.5–6.4 months], ")". Joined, the runs give back the text exactly, so what a page shows (and what
 * the gates read) is unchanged; only where a line may break is.
 */
export function keepTogether(text: string): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const m of text.matchAll(KEEP)) {
		if (m.index > at) out.push({ text: text.slice(at, m.index), keep: false });
		out.push({ text: m[0], keep: true });
		at = m.index + m[0].length;
	}
	if (at < text.length) out.push({ text: text.slice(at), keep: false });
	return out;
}
