import type { Endpoint } from '../../schemas/endpoint.ts';
import { eventsMatching, roundedPercent } from '../stats/rounding.ts';

type Add = (field: string, message: string) => void;
type Interval = { lower: number; upper: number };

/** An interval is ordered and, when there is an estimate, contains it. */
function checkInterval(ci: Interval | undefined, estimate: number | undefined, add: Add): void {
	if (!ci) return;
	if (ci.lower > ci.upper) add('measure.ci', `has lower ${ci.lower} above upper ${ci.upper}`);
	else if (estimate !== undefined && (estimate < ci.lower || estimate > ci.upper)) {
		add('measure.ci', `(${ci.lower}–${ci.upper}) does not contain the estimate ${estimate}`);
	}
}

/**
 * The numbers of one endpoint agree with each other, by measure kind: events within the denominator
 * and a printed percentage that the counts round to (an inferred count or denominator must be the
 * only one that fits); an interval that contains its estimate (and stays within 0–100% for a
 * percentage); a hazard ratio between two different arms.
 */
const MEASURE_CHECKS: { [K in Endpoint['measure']['kind']]: (m: Extract<Endpoint['measure'], { kind: K }>, add: Add) => void } = {
	proportion: (m, add) => {
		if (m.events > m.denominator) {
			add('measure.events', `(${m.events}) exceeds the denominator (${m.denominator})`);
			return;
		}
		if (m.printed) {
			const computed = roundedPercent(m.events, m.denominator, m.printed.decimals);
			if (computed !== m.printed.percent) {
				add(
					'measure.printed.percent',
					`is ${m.printed.percent}%, but ${m.events}/${m.denominator} rounds to ${computed}% (half up, ${m.printed.decimals} decimals)`,
				);
			}
		}
		if (m.denominatorBasis?.method === 'inferred-from-percent' && !m.printed) {
			add('measure.denominatorBasis', 'says the denominator was inferred from the printed percentage, but no printed percentage is given');
		}
		if (m.eventsBasis?.method === 'inferred-from-percent') {
			if (!m.printed) {
				add(
					'measure.eventsBasis',
					'says the number of events was inferred from the printed percentage, but no printed percentage is given',
				);
			} else {
				const fits = eventsMatching(m.printed.percent, m.denominator, m.printed.decimals);
				if (fits.length !== 1 || fits[0] !== m.events) {
					add(
						'measure.eventsBasis',
						`says ${m.events} is the only count out of ${m.denominator} that rounds to ${m.printed.percent}%, but the counts that fit are: ${fits.join(', ') || 'none'}`,
					);
				}
			}
		}
	},
	'reported-percent': (m, add) => {
		checkInterval(m.ci, m.percent, add);
		if (m.ci && (m.ci.lower < 0 || m.ci.upper > 100)) add('measure.ci', `(${m.ci.lower}–${m.ci.upper}) leaves 0–100%`);
	},
	'hazard-ratio': (m, add) => {
		checkInterval(m.ci, m.estimate, add);
		if (m.treatment === m.control) add('measure.control', `is the same arm as the treatment ("${m.control}")`);
	},
	'time-to-event': (m, add) => checkInterval(m.ci, m.estimate === 'not-estimable' ? undefined : m.estimate, add),
};

/** Every problem with the numbers of one endpoint, as (field, message). */
export function checkMeasure(e: Endpoint, add: Add): void {
	(MEASURE_CHECKS[e.measure.kind] as (m: Endpoint['measure'], add: Add) => void)(e.measure, add);
}
