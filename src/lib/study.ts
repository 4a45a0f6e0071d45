import type { Asjc } from '../schemas/asjc.ts';
import type { Endpoint } from '../schemas/endpoint.ts';
import type { Journal } from '../schemas/journal.ts';
import type { Outcome } from '../schemas/outcome.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Regimen } from '../schemas/regimen.ts';
import type { Provenance } from '../schemas/shared.ts';
import type { Source } from '../schemas/source.ts';
import type { Trial } from '../schemas/trial.ts';
import { type ContentSet, type Entry, byId, fileOf, resolve } from './content-set.ts';
import { type Interval, clopperPearson } from './stats/binomial.ts';
import { t } from '../i18n/index.ts';
import { type Lang, DEFAULT_LANG } from './i18n.ts';
import { translated } from './localize.ts';
import { memoPerArray } from './memo.ts';

/** An ASJC code with its group resolved. */
interface AsjcView {
	code: string;
	label: string;
	group?: { code: string; label: string } | undefined;
	source: ProvenanceView;
	/** The Japanese names of the code and its group: the site's own translations. */
	labelJa?: string | undefined;
	groupLabelJa?: string | undefined;
	/** The file the code is read from, for messages. */
	file: string;
}

/** A provenance entry with its source resolved. */
export interface ProvenanceView extends Provenance {
	sourceEntry: Entry<Source>;
	/** Where the entry is written (file and field), for messages about it. */
	where: { file: string; field: string };
}

/** An endpoint with everything a page needs: its outcome, part label and computed statistics. */
export interface EndpointView {
	/** Collection id, e.g. "kiyoi-2020/cr-crh-phase-2". */
	id: string;
	/** Public, permanent anchor on the endpoints page, e.g. "cr-crh-phase-2". */
	anchor: string;
	data: Endpoint;
	outcome: Entry<Outcome>;
	/** The label of any part of the same publication (arms of a randomised trial), in a language. */
	armLabel: (part: string, lang?: Lang) => string;
	/** The endpoint's file, for error messages. */
	file: string;
	/** Patients in the endpoint's part (the enrolled total for "overall"), when known. */
	partSize?: number | undefined;
	/** For proportions: the exact fraction and its 95% Clopper–Pearson interval. */
	stats?: { fraction: number; ci: Interval } | undefined;
	source: ProvenanceView;
	/** Where the outcome's definition came from. */
	outcomeSource: ProvenanceView;
	/** Where the endpoint's role is stated (absent for role not-stated). */
	roleSource?: ProvenanceView | undefined;
	/** How a definition the source does not fully state was matched (see `unstated` in the endpoint schema). */
	unstatedBasis?: ProvenanceView | undefined;
}

/** A publication with its references resolved, ready for pages, tables and citations. */
export interface StudyView {
	id: string;
	publication: Publication;
	file: string;
	journal: Entry<Journal>;
	trial?: Entry<Trial> | undefined;
	/** The study's one regimen, when it has one for all its parts. */
	regimen?: Entry<Regimen> | undefined;
	/** Every regimen of the study: the one regimen (no part), or one per part or arm that has one. */
	regimens: { part?: string | undefined; entry: Entry<Regimen> }[];
	asjc: AsjcView[];
	journalAsjc: AsjcView[];
	endpoints: EndpointView[];
}

/** Resolves one provenance entry. */
export function viewProvenance(set: ContentSet, p: Provenance, from: { file: string; field: string }): ProvenanceView {
	return { ...p, sourceEntry: resolve(set, p.source, from), where: from };
}

function viewAsjc(set: ContentSet, entry: Entry<Asjc>): AsjcView {
	const file = fileOf('asjc', entry);
	const group = entry.data.group ? resolve(set, entry.data.group, { file, field: 'group' }) : undefined;
	return {
		code: entry.id,
		label: entry.data.label,
		group: group && { code: group.id, label: group.data.label },
		source: viewProvenance(set, entry.data.source, { file, field: `${entry.id}: source` }),
		labelJa: entry.data.ja?.label,
		groupLabelJa: group?.data.ja?.label,
		file,
	};
}

/**
 * The label of a part of a publication in a language: the part's own label (or its translation), or
 * the dictionary's for the special parts "overall" and "not-stated".
 * e.g. (kiyoi, "phase-2", "ja") → "第2相"; (kiyoi, "overall", "en") → "All parts"
 */
function partLabel(publication: Publication, part: string, lang: Lang = DEFAULT_LANG, file = 'content/publications'): string {
	if (part === 'overall') return t(lang).partOverall;
	if (part === 'not-stated') return t(lang).partNotStated;
	const parts = publication.population?.parts ?? [];
	const i = parts.findIndex((p) => p.id === part);
	return i < 0 ? part : translated(parts[i]!, 'label', lang, { file, field: `population.parts[${i}]` });
}

/** Patients in a part: the part's n, the enrolled total for "overall", else undefined. */
export function partSize(publication: Publication, part: string): number | undefined {
	if (part === 'overall') return publication.population?.enrolled;
	return publication.population?.parts.find((p) => p.id === part)?.n;
}

/**
 * The endpoints of each publication, in collection order: an index built once per endpoints array,
 * so that building the view of one publication does not scan every endpoint of the site.
 */
const endpointsByPublication = memoPerArray((endpoints: readonly Entry<Endpoint>[]) => {
	const index = new Map<string, Entry<Endpoint>[]>();
	for (const e of endpoints) {
		const list = index.get(e.data.publication.id);
		if (list) list.push(e);
		else index.set(e.data.publication.id, [e]);
	}
	return index;
});

/** Builds the view of one publication: references resolved, endpoints ordered, statistics computed. */
export function buildStudyView(set: ContentSet, publicationId: string): StudyView {
	const entry = byId(set, 'publications', publicationId);
	const p = entry.data;
	const file = fileOf('publications', entry);
	const endpoints = (endpointsByPublication(set.endpoints).get(publicationId) ?? [])
		.slice()
		.sort((a, b) => a.data.order - b.data.order)
		.map((e): EndpointView => {
			const efile = fileOf('endpoints', e);
			const m = e.data.measure;
			const outcome = resolve(set, e.data.outcome, { file: efile, field: 'outcome' });
			return {
				id: e.id,
				anchor: e.id.slice(e.id.lastIndexOf('/') + 1),
				data: e.data,
				outcome,
				outcomeSource: viewProvenance(set, outcome.data.source, { file: fileOf('outcomes', outcome), field: `${outcome.id}: source` }),
				armLabel: (part: string, lang: Lang = DEFAULT_LANG) => partLabel(p, part, lang, file),
				file: efile,
				partSize: partSize(p, e.data.part),
				stats: m.kind === 'proportion' ? { fraction: m.events / m.denominator, ci: clopperPearson(m.events, m.denominator) } : undefined,
				source: viewProvenance(set, e.data.source, { file: efile, field: 'source' }),
				roleSource: e.data.roleSource && viewProvenance(set, e.data.roleSource, { file: efile, field: 'roleSource' }),
				unstatedBasis: e.data.unstated?.basis && viewProvenance(set, e.data.unstated.basis, { file: efile, field: 'unstated.basis' }),
			};
		});
	const journal = resolve(set, p.journal, { file, field: 'journal' });
	return {
		id: publicationId,
		publication: p,
		file,
		journal,
		trial: p.trial && resolve(set, p.trial, { file, field: 'trial' }),
		regimen: p.regimen && !Array.isArray(p.regimen) ? resolve(set, p.regimen, { file, field: 'regimen' }) : undefined,
		regimens: !p.regimen
			? []
			: Array.isArray(p.regimen)
				? p.regimen.map((r, i) => ({ part: r.part, entry: resolve(set, r.regimen, { file, field: `regimen[${i}].regimen` }) }))
				: [{ entry: resolve(set, p.regimen, { file, field: 'regimen' }) }],
		asjc: p.asjc.map((r, i) => viewAsjc(set, resolve(set, r, { file, field: `asjc[${i}]` }))),
		journalAsjc: journal.data.asjc.map((r, i) =>
			viewAsjc(set, resolve(set, r, { file: fileOf('journals', journal), field: `asjc[${i}]` })),
		),
		endpoints,
	};
}

/** The outcomes a study's endpoints measure, once each, in endpoint order, in a language. */
export function studyOutcomes(
	view: StudyView,
	lang: Lang = DEFAULT_LANG,
): { id: string; label: string; definition: string; source: ProvenanceView }[] {
	const seen = new Map<string, { id: string; label: string; definition: string; source: ProvenanceView }>();
	for (const ev of view.endpoints) {
		if (!seen.has(ev.outcome.id)) {
			seen.set(ev.outcome.id, {
				id: ev.outcome.id,
				label: outcomeLabel(ev, lang),
				definition: translated(ev.outcome.data, 'definition', lang, {
					file: fileOf('outcomes', ev.outcome),
					field: '',
					entry: ev.outcome.id,
				}),
				source: ev.outcomeSource,
			});
		}
	}
	return [...seen.values()];
}

/** The outcome's label in a language ("CR/CRh within two cycles", "2サイクル以内のCR/CRh"). */
export function outcomeLabel(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	return translated(ev.outcome.data, 'label', lang, { file: fileOf('outcomes', ev.outcome), field: '', entry: ev.outcome.id });
}

/** The endpoint's part label in a language ("Phase 2", "第2相"). */
export function endpointPartLabel(ev: EndpointView, lang: Lang = DEFAULT_LANG): string {
	return ev.armLabel(ev.data.part, lang);
}

/** Finds an endpoint by its anchor; an unknown anchor fails the build with the known ones. */
export function findEndpoint(endpoints: EndpointView[], anchor: string): EndpointView {
	const ev = endpoints.find((e) => e.anchor === anchor);
	if (!ev) throw new Error(`Unknown endpoint "${anchor}". Known: ${endpoints.map((e) => e.anchor).join(', ')}`);
	return ev;
}
