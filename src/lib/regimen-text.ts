import type { Regimen } from '../schemas/regimen.ts';
import { isScheduled } from '../schemas/regimen.ts';
import type { Entry } from './content-set.ts';
import { scheduleRows } from './dosing.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';
import { translated } from './localize.ts';
import type { StudyView } from './study.ts';
import { t } from '../i18n/index.ts';

/**
 * The sentences that describe one regimen, worded from its data through the language's
 * dictionary: the doses cycle by cycle (or only the range of doses, when that is all a source
 * gives), how a cycle runs, and the most cycles. Nothing is added that the data does not hold.
 * e.g. the adult schedule (en) → ["Cycle 1: 9 μg/day in week 1, 28 μg/day in weeks 2–4",
 * "Cycles 2–5: 28 μg/day in weeks 1–4", "6-week cycles: 4 weeks of continuous intravenous infusion,
 * then 2 weeks off", "Up to 5 cycles in all"]; ja → ["サイクル1：第1週は9 μg/日、第2–4週は28 μg/日", …]
 */
export function regimenSentences(entry: Entry<Regimen>, lang: Lang = DEFAULT_LANG): string[] {
	const d = t(lang);
	const r = entry.data;
	const file = entry.filePath ?? `content/regimens/${entry.id}.yaml`;
	const route = r.route === undefined ? undefined : translated(r as Regimen & { route: string }, 'route', lang, { file, field: '' });
	const out: string[] = [];
	if (isScheduled(r)) {
		for (const row of scheduleRows(r, lang)) {
			const doses = row.cells
				.filter((c) => c.dose)
				.map((c) => d.doseInWeeks(`${c.dose!.value} ${d.doseUnit(c.dose!.unit)}`, d.weekSpan(c.week, c.week + c.span - 1)));
			out.push(`${row.label}${d.labelSeparator}${doses.join(d.listSeparator)}`);
		}
		out.push(d.regimenCycle(r.cycle.lengthWeeks, r.cycle.infusionWeeks, r.cycle.treatmentFreeWeeks, route));
	} else if (r.doseRange) {
		out.push(d.doseRange(r.doseRange.from, r.doseRange.to, d.doseUnit(r.doseRange.unit)));
	}
	if (r.maxCycles !== undefined) out.push(d.regimenMaxCycles(r.maxCycles));
	return out;
}

/** Sentences as one text: "A. B." / "A。B。". */
const asText = (sentences: string[], lang: Lang) => {
	const d = t(lang);
	return sentences.map((s) => `${s}${d.sentenceEnd}`).join(d.sentenceSpace);
};

/** One regimen in words, as a text. */
function regimenText(entry: Entry<Regimen>, lang: Lang = DEFAULT_LANG): string {
	return asText(regimenSentences(entry, lang), lang);
}

/**
 * A study's doses in words, from its regimens: the one regimen of the whole study, or each part's
 * or arm's, labelled, with the parts that have none said to have no doses in the sources read.
 * Undefined when the study names no regimen.
 * e.g. TOWER (en) → "Blinatumomab arm — Cycle 1: 9 μg/day in week 1, … Chemotherapy arm — no doses in the sources read."
 */
export function studyDoseText(view: StudyView, lang: Lang = DEFAULT_LANG): string | undefined {
	if (view.regimens.length === 0) return undefined;
	const d = t(lang);
	const single = view.regimens.find((r) => r.part === undefined);
	if (single) return regimenText(single.entry, lang);
	const parts = view.publication.population?.parts ?? [];
	const pieces = parts.map((part, i) => {
		const label = translated(part, 'label', lang, { file: view.file, field: `population.parts[${i}]` });
		const own = view.regimens.find((r) => r.part === part.id);
		return `${d.regimenPart(label)}${own ? regimenText(own.entry, lang) : `${d.regimenNotInSources}${d.sentenceEnd}`}`;
	});
	return pieces.join(d.sentenceSpace);
}
