import { type DoseUnit, type Regimen, type ScheduledRegimen, isScheduled } from '../schemas/regimen.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, type Lang } from './i18n.ts';

/** One cell of the schedule table: weeks with one dose, or treatment-free weeks. */
export interface ScheduleCell {
	/** First week of the cell (1-based) and how many weeks it spans. */
	week: number;
	span: number;
	dose?: { value: number; unit: DoseUnit } | undefined;
}

/** One row of the schedule: a cycle or a run of identical cycles. */
export interface ScheduleRow {
	label: string;
	cells: ScheduleCell[];
}

/**
 * Lays the regimen out as rows of cycles and columns of weeks, merging adjacent weeks with the
 * same dose. Cycles with the same pattern share a row ("Cycles 2–5"); `to` absent runs to
 * `maxCycles` ("Cycles 2 onward" when there is none).
 * e.g. the adult blinatumomab schedule → Cycle 1: [9 ×1][28 ×3][off ×2]; Cycles 2–5: [28 ×4][off ×2]
 */
export function scheduleRows(r: ScheduledRegimen, lang: Lang = DEFAULT_LANG): ScheduleRow[] {
	const d = t(lang);
	const { lengthWeeks, infusionWeeks } = r.cycle;
	const starts = [...new Set(r.steps.map((s) => s.cycles.from))].sort((a, b) => a - b);
	return starts.map((from, i) => {
		const steps = r.steps.filter((s) => s.cycles.from === from);
		const explicitTo = steps[0]?.cycles.to;
		const nextFrom = starts[i + 1];
		const to = explicitTo ?? (nextFrom !== undefined ? nextFrom - 1 : r.maxCycles);
		const label = to === from ? d.cycleN(from) : to === undefined ? d.cyclesOnward(from) : d.cyclesRange(from, to);
		const cells: ScheduleCell[] = [];
		for (let week = 1; week <= lengthWeeks; week++) {
			const step = week <= infusionWeeks ? steps.find((s) => week >= s.weeks.from && week <= (s.weeks.to ?? s.weeks.from)) : undefined;
			const dose = step && { value: step.dose, unit: step.unit };
			const last = cells[cells.length - 1];
			if (last && last.dose?.value === dose?.value && last.dose?.unit === dose?.unit) last.span++;
			else cells.push({ week, span: 1, dose });
		}
		return { label, cells };
	});
}

/**
 * The cells of one cycle: the steps that apply to it, weeks with the same dose merged.
 * e.g. the adult schedule, cycle 1 → [9 ×1][28 ×3][off ×2]; cycle 2 → [28 ×4][off ×2]
 */
export function cycleCells(r: ScheduledRegimen, cycle: number): ScheduleCell[] {
	const steps = r.steps.filter((s) => s.cycles.from <= cycle && cycle <= (s.cycles.to ?? Infinity));
	const cells: ScheduleCell[] = [];
	for (let week = 1; week <= r.cycle.lengthWeeks; week++) {
		const step =
			week <= r.cycle.infusionWeeks ? steps.find((s) => week >= s.weeks.from && week <= (s.weeks.to ?? s.weeks.from)) : undefined;
		const dose = step && { value: step.dose, unit: step.unit };
		const last = cells[cells.length - 1];
		if (last && last.dose?.value === dose?.value && last.dose?.unit === dose?.unit) last.span++;
		else cells.push({ week, span: 1, dose });
	}
	return cells;
}

/**
 * The regimen as a week-by-week schedule, for the schedule table and the timeline; a regimen known
 * only as a range of doses fails the build, naming its file (`what` names the component).
 */
export function requireSchedule(r: Regimen, file: string, what: string): ScheduledRegimen {
	if (!isScheduled(r)) throw new Error(`${what}: ${file} gives no week-by-week schedule (cycle and steps), only a range of doses`);
	return r;
}
