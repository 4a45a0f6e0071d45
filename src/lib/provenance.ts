import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import type { Provenance } from '../schemas/shared.ts';
import { readPath } from '../schemas/shared.ts';
import { type ContentSet, type Entry, fileOf } from './content-set.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { viewProvenance } from './study.ts';
import { provenanceInLang, sourceLabel, translated, translatedList } from './localize.ts';
import { fieldLabel } from './field-labels.ts';
import { formatLongDate, formatMonthYear } from './dates.ts';
import { regimenSentences } from './regimen-text.ts';
import { enrolmentGroups } from './trial.ts';
import type { PersonName } from '../schemas/publication.ts';
import type { DoseUnit, Regimen } from '../schemas/regimen.ts';
import type { Trial } from '../schemas/trial.ts';

/** One row of the field-level provenance table. */
export interface ProvenanceRow {
	/** The field as readers call it ("Published online"), never its path. */
	field: string;
	value: string;
	/** The value's language when it is not the page's (an English title on a Japanese page). */
	valueLang?: Lang | undefined;
	sourceLabel: string;
	sourceTitle: string;
	sourceUrl?: string | undefined;
	locator: string;
	status: Provenance['status'];
	note?: string | undefined;
}

type Value = { text: string; lang?: Lang | undefined };

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A stored value as a reader reads it, in a language: a date written out, a code as its name, a
 * reference as the record's title, a schedule in words. `lang` is set when the text stays in another
 * language than the page (an English title on a Japanese page). A field this does not know is shown
 * only if it is plain text or a number; anything else throws, so that no page prints serialised data.
 * e.g. ("trials", "phases") → "Phase 1, Phase 2"; ("regimens", "cyclesReceived") → "median 2 (range 1–3)"
 */
export function fieldValue(
	set: ContentSet,
	collection: CollectionName,
	entry: Entry<Record<string, unknown>>,
	field: string,
	lang: Lang = DEFAULT_LANG,
): Value {
	const d = t(lang);
	const file = fileOf(collection, entry);
	const data = entry.data;
	const v = readPath(data, field);
	const english = (text: string): Value => ({ text, lang: lang === DEFAULT_LANG ? undefined : DEFAULT_LANG });
	const own = (text: string): Value => ({ text });
	const list = (xs: string[]) => xs.join(d.listSeparator);
	// A text with its translation beside it (`ja: { phase }` next to `phase`), or the English one.
	const inLang = (obj: Record<string, unknown>, key: string, where: string): Value => {
		const block = obj[lang] as Record<string, unknown> | undefined;
		if (lang === DEFAULT_LANG) return own(String(obj[key]));
		return typeof block?.[key] === 'string' ? own(translated(obj, key as never, lang, { file, field: where })) : english(String(obj[key]));
	};
	const asjc = (codes: { id: string }[]) =>
		own(
			list(
				codes.map((c) => {
					const a = set.asjc.find((x) => x.id === c.id);
					return a ? `${a.id} ${lang === DEFAULT_LANG ? a.data.label : (a.data.ja?.label ?? a.data.label)}` : c.id;
				}),
			),
		);
	switch (`${collection}:${field}`) {
		case 'publications:journal':
		case 'journals:title': {
			const j = collection === 'journals' ? entry : set.journals.find((x) => x.id === (v as { id: string }).id);
			const jd = j?.data as { title?: string; abbreviation?: string } | undefined;
			return english(jd?.title ?? jd?.abbreviation ?? '');
		}
		case 'publications:trial': {
			const tr = set.trials.find((x) => x.id === (v as { id: string }).id);
			return own(tr ? `${tr.data.registration.registry} ${tr.data.registration.id}` : '');
		}
		case 'publications:regimen': {
			const name = (id: string) => {
				const r = set.regimens.find((x) => x.id === id);
				const steps = r ? regimenSentences(r, lang) : [];
				return steps.map((x) => `${x}${d.sentenceEnd}`).join(d.sentenceSpace);
			};
			if (Array.isArray(v)) {
				const parts = (data.population as { parts: { id: string; label: string }[] } | undefined)?.parts ?? [];
				return own(
					(v as { part: string; regimen: { id: string } }[])
						.map((x) => {
							const i = parts.findIndex((p) => p.id === x.part);
							const label = i < 0 ? x.part : translated(parts[i]!, 'label', lang, { file, field: `population.parts[${i}]` });
							return `${d.regimenPart(label)}${name(x.regimen.id)}`;
						})
						.join(d.sentenceSpace),
				);
			}
			return own(name((v as { id: string }).id));
		}
		case 'publications:authors': {
			const names = (v as PersonName[]).map((a) => `${a.given} ${a.family}`);
			const ordered = data.authorship === undefined || data.authorship === 'published-order';
			return own((ordered ? d.authorsInOrder : d.authorsNotInOrder)(names.length, names.join('; ')));
		}
		case 'publications:design.phase':
		case 'publications:design.setting':
			return inLang(data.design as Record<string, unknown>, field.split('.')[1]!, 'design');
		case 'publications:design.allocation':
			return own(d.allocationLabels[v as keyof typeof d.allocationLabels]);
		case 'publications:design.ageGroup':
			return own(d.ageGroupLabels[v as keyof typeof d.ageGroupLabels]);
		case 'publications:population.parts':
			return own(
				d.patientsByPart(
					(v as { label: string; n: number }[]).map((p, i) => ({
						label: translated(p, 'label', lang, { file, field: `population.parts[${i}]` }),
						n: p.n,
					})),
				),
			);
		case 'publications:language':
			return own(new Intl.DisplayNames([lang], { type: 'language' }).of(String(v)) ?? String(v));
		case 'publications:pages': {
			const pg = v as { first: string; last?: string };
			return own(pg.last ? `${pg.first}–${pg.last}` : pg.first);
		}
		case 'publications:dates.issueMonth':
			return own(formatMonthYear(`${String(v)}-01`, lang));
		case 'publications:asjc':
		case 'journals:asjc':
			return asjc(v as { id: string }[]);
		case 'trials:registration': {
			const r = v as { registry: string; id: string };
			return own(`${r.registry} ${r.id}`);
		}
		case 'trials:phases':
			return own(list((v as string[]).map((x) => d.trialWords[x] ?? x)));
		case 'trials:status':
			return own(d.trialWords[String(v)] ?? String(v));
		case 'trials:design': {
			const x = v as Record<string, string>;
			return own(
				list([x.type!, x.allocation!, x.model!, x.masking!].map((w) => d.trialWords[w] ?? w)) +
					d.designPurpose(d.trialWords[x.purpose!] ?? x.purpose!),
			);
		}
		case 'trials:countries':
			return own(list((v as string[]).map((c) => d.countryNames[c] ?? c)));
		case 'trials:enrolment.breakdown':
			return own(
				enrolmentGroups(set, data as unknown as Trial, lang, file)
					.map((g) => d.enrolmentGroupValue(g.label, g.n, g.from))
					.join(d.itemSeparator),
			);
		case 'trials:eligibility':
			return own(translatedList(data as { eligibility?: string[] }, 'eligibility', lang, { file, field: '' }).join(d.sentenceSpace));
		case 'regimens:drug':
		case 'regimens:route':
			return inLang(data, field, '');
		case 'regimens:cycle': {
			const c = v as { lengthWeeks: number; infusionWeeks: number; treatmentFreeWeeks: number };
			return own(d.regimenCycle(c.lengthWeeks, c.infusionWeeks, c.treatmentFreeWeeks, undefined));
		}
		case 'regimens:steps':
			return own(
				regimenSentences(entry as unknown as Entry<Regimen>, lang)
					.slice(0, -1 - (data.maxCycles === undefined ? 0 : 1))
					.map((x) => `${x}${d.sentenceEnd}`)
					.join(d.sentenceSpace),
			);
		case 'regimens:doseRange': {
			const r = v as { from: number; to: number; unit: DoseUnit };
			return own(d.doseRange(r.from, r.to, d.doseUnit(r.unit)));
		}
		case 'regimens:inductionCycles':
			return own(d.cyclesCount(Number(v)));
		case 'regimens:maxCycles':
			return own(d.regimenMaxCycles(Number(v)));
		case 'regimens:cyclesReceived': {
			const c = v as { median: number; min: number; max: number };
			return own(d.cyclesReceivedValue(c.median, c.min, c.max));
		}
	}
	if (isDate(v)) return own(formatLongDate(v, lang));
	if (typeof v === 'number') return own(String(v));
	if (typeof v === 'string') return lang === DEFAULT_LANG ? own(v) : english(v);
	if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return lang === DEFAULT_LANG ? own(v.join('; ')) : english(v.join('; '));
	throw new Error(`${file}: ${field}: src/lib/provenance.ts has no words for this value; add a case to fieldValue()`);
}

/** The provenance rows of one entry whose data has a `provenance` map, locators and notes in a language. */
export function provenanceRows(
	set: ContentSet,
	collection: CollectionName,
	entry: Entry<{ provenance: Record<string, Provenance> }>,
	lang: Lang = DEFAULT_LANG,
): ProvenanceRow[] {
	const file = fileOf(collection, entry);
	return Object.entries(entry.data.provenance).map(([field, p]) => {
		const v = viewProvenance(set, p, { file, field: `provenance.${field}` });
		const texts = provenanceInLang(v, lang, v.where);
		const value = fieldValue(set, collection, entry as Entry<Record<string, unknown>>, field, lang);
		return {
			field: fieldLabel(collection, field, lang),
			value: value.text,
			valueLang: value.lang,
			sourceLabel: sourceLabel(v.sourceEntry.data, lang),
			sourceTitle: v.sourceEntry.data.title,
			sourceUrl: v.sourceEntry.data.url,
			locator: texts.locator,
			status: v.status,
			note: texts.note,
		};
	});
}

/** Words for a provenance status. */
export function statusLabel(status: Provenance['status'], lang: Lang = DEFAULT_LANG): string {
	const d = t(lang);
	return { verified: d.statusVerified, seed: d.statusSeed, derived: d.statusDerived, unverified: d.statusUnverified }[status];
}
