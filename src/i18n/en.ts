import { SITE_NAME } from '../site.ts';
import type { ChangeKind } from '../schemas/change.ts';

/**
 * English interface strings: the reference dictionary. Every other language must have exactly
 * these keys (see ./index.ts); the type check and the build both fail when one is missing.
 * Functions are for strings built around numbers, so word order can differ between languages.
 */
export const en = {
	/** The language's name in itself (the language switch shows it). */
	languageName: 'English',
	// Page shell
	skipToContent: 'Skip to content',
	siteName: SITE_NAME,
	navLabel: 'Site',
	/** The contents of a long page (src/layouts/Page.astro): the sidebar's name and the compact list's summary. */
	contentsLabel: 'On this page',
	languageSwitchLabel: 'Language',
	authoritativeNote: '',
	searchLink: 'Search',
	searchLinkTitle: 'Search this site (press / or Ctrl+K)',
	/** Offered by the other edition's search when a query is in this edition's script ({q}: the query; src/lib/search-text.ts). */
	searchThisEdition: 'Search the English edition for “{q}”',
	footerText:
		'An independent summary of a published paper, written for readers who want its evidence in one place. It is not medical advice and does not replace the paper',
	footerSources: (link: string) =>
		`Every number on this site comes from the project's source register; ${link} shows where each came from.`,
	footerSourcesLink: 'Sources',
	footerLastReviewed: 'Content last reviewed ',
	footerLastReviewedEnd: '',
	footerChanges: 'Changes and corrections',
	// Numbers and units
	percentCI: '95% CI',
	countOf: (events: number, denominator: number) => `${events} of ${denominator}`,
	/** A count as a natural frequency, for lay readers: "8 of 21 people". */
	peopleOf: (events: number, denominator: number) => `${events} of ${denominator} ${denominator === 1 ? 'person' : 'people'}`,
	countSlash: (events: number, denominator: number) => `${events}/${denominator}`,
	median: 'median',
	medianCap: 'Median',
	notEstimable: 'not estimable',
	notEstimableCap: 'Not estimable',
	duration: (value: number, unit: 'days' | 'weeks' | 'months' | 'years', shown: string = String(value)) =>
		`${shown} ${value === 1 ? { days: 'day', weeks: 'week', months: 'month', years: 'year' }[unit] : unit}`,
	countsNotKnown: ' (counts not known)',
	hazardRatioValue: (estimate: number, cap = true) => `${cap ? 'Hazard ratio' : 'hazard ratio'} ${estimate}`,
	hazardRatioArms: (treatment: string, control: string) => `${treatment} against ${control}.`,
	pSeparator: '; ',
	ciAsPrintedDetail: (ci: string) => `${ci} (as printed)`,
	secondarySourceNote: (label: string) =>
		`Secondary source: ${label} is someone else's summary of the study (rounded values), not the study's own report.`,
	eventsInWords: 'Count derived: the source states it in words, not as a number.',
	aPercentage: 'a percentage',
	eventsDerived: (printed: string, denominator: number, events: number) =>
		`Count derived: the source gives only ${printed} of ${denominator}; ${events} is the only count out of ${denominator} that rounds to that percentage.`,
	comparedWith: (arm: string, p: string | undefined) => `Compared with ${arm}${p ? `: ${p}` : ''}`,
	noPercentPrinted: 'no percentage printed',
	noneReported: 'none reported (no percentage printed)',
	openParen: ' (',
	closeParen: ')',
	listSeparator: ', ',
	/** Between a word and what follows it ("median 5 months"); Japanese writes none. */
	wordSpace: ' ',
	/** A median as the source printed it: the number, its interval, then the unit ("5 (95% CI 3.5–6.4) months"). */
	printedMedian: (value: string, unit: string, ci: string) => `${value}${ci} ${unit}`,
	/** Between author names, and before the last one ("A, B and C"). */
	authorSeparator: ', ',
	authorLastSeparator: ' and ',
	sentenceEnd: '.',
	// Dates
	longDate: (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1]} ${year}`,
	monthYear: (year: number, month: number) => `${MONTHS[month - 1]} ${year}`,
	// Citation line
	citeVolume: (v: string | number) => `volume ${v}`,
	citeIssue: (i: string | number) => `issue ${i}`,
	citePages: (first: string | number, last: string | number | undefined) => (last ? `pages ${first}–${last}` : `page ${first}`),
	citeIssueOf: (date: string) => `issue of ${date}`,
	citeOnline: (date: string) => `online ${date}`,
	citeJoin: (parts: string[], dates: string[]) => `${parts.join(', ')}${dates.length ? ` (${dates.join('; ')})` : ''}`,
	// Endpoints
	denominatorAssumed: (n: number, part: string) =>
		`Denominator assumed: the abstract does not print one; ${n} is the number of patients in ${part}.`,
	denominatorDerived: (printed: string, n: number, ceiling: number | undefined, events: number) =>
		`Denominator derived: the abstract prints ${printed} without a denominator; ${n} is the only number of patients${ceiling !== undefined ? ` up to ${ceiling}` : ''} for which ${events} rounds to that percentage.`,
	/** An endpoint's role, only as a source names it (the source is shown beside it). */
	roleLabels: { primary: 'Primary', additional: 'Additional', 'not-stated': 'Not stated' },
	partOverall: 'All parts',
	partNotStated: 'Not stated',
	endpointTableCaption:
		'Endpoints reported in the sources, with exact 95% confidence intervals computed from the counts where counts are known',
	colEndpoint: 'Endpoint',
	colPart: 'Part',
	colRole: 'Role',
	colResult: 'Result',
	colCI: '95% CI',
	colPrinted: 'Printed by the source',
	/** Under a printed value: which source printed it (the paper's abstract, or a review's table). */
	printedBy: (source: string) => `as printed in ${source}`,
	colSource: 'Source',
	linkToRow: (label: string, part: string) => `Link to this result: ${label}, ${part}`,
	/** What the "link to this result" control copies, as the label of copyDone(). */
	resultLink: 'the link to this result',
	resultLinkNotCopied: 'Could not copy automatically; the address bar now holds the link to this result.',
	ciExact: 'exact, computed',
	ciAsPrinted: 'as printed',
	// Plain-language summary (the overview)
	plainSummaryHeading: 'In short',
	plainSummaryNote: "In this site's own everyday words, not the authors'. Numbers from the paper's abstract.",
	// Key figures
	keyFigures: 'Key figures',
	primaryEndpoint: 'Primary endpoint',
	/** Instead of a part, when the source does not say which patients a result covers. */
	patientsNotStated: 'patients not stated',
	/** Under a median that is a word, not a number. */
	medianOf: 'Median',
	notEstimableMeaning: 'The data did not allow a median to be worked out.',
	patientsEnrolled: 'Patients enrolled',
	nEquals: (n: number) => `n = ${n}`,
	// Definitions and sources
	sourcePrefix: 'Source:',
	reliabilityPrimary: 'primary source',
	reliabilitySecondary: 'secondary source',
	reliabilityLow: 'low reliability',
	// Paper header
	thePaper: 'The paper',
	authorsNotConfirmed: 'Authors not confirmed: no source the project could read lists them.',
	authorsOrderNotConfirmed: (names: string) =>
		`Authors (as a library catalogue lists them; this is not the published author order): ${names}`,
	showAllAuthors: (n: number) => `Show all ${n} authors`,
	trialLabel: 'Trial',
	// Dosing schedule
	scheduleCaption: (drug: string, route: string, weeks: number) => `Dosing schedule: ${drug} by ${route}, in cycles of ${weeks} weeks`,
	colCycle: 'Cycle',
	weekN: (w: number) => `Week ${w}`,
	cycleN: (n: number) => `Cycle ${n}`,
	cyclesOnward: (from: number) => `Cycles ${from} onward`,
	cyclesRange: (from: number, to: number) => `Cycles ${from}–${to}`,
	doseUnit: (unit: 'μg/day' | 'μg/m²/day'): string => unit,
	noInfusion: 'No infusion',
	// The dosing timeline (/design/)
	timelineTitle: (drug: string, cycles: number, weeks: number) =>
		`${drug.charAt(0).toUpperCase()}${drug.slice(1)} dosing over the first ${cycles} cycles (${weeks} weeks)`,
	timelineDescription: (bars: string[]) => `Bars over the weeks; the longer a bar, the higher the daily dose. ${bars.join('. ')}.`,
	/** One bar of the timeline in words: "Cycle 1, week 1: 9 μg/day". */
	timelineBar: (cycle: string, weeks: string, what: string) => `${cycle}, ${weeks}: ${what}`,
	/** Names the week numbers under (or beside) the bars. */
	timelineWeek: 'week',
	timelineCaption: (title: string, route: string, infusion: number, free: number, length: number) =>
		`${title}: ${route} for ${infusion} weeks, then ${free} treatment-free weeks, in cycles of ${length} weeks. The table below gives the same schedule, including later cycles.`,
	// A regimen in words (the dose column of /context/)
	/** A run of weeks within a cycle: "week 1", "weeks 2–4". */
	weekSpan: (from: number, to: number) => (from === to ? `week ${from}` : `weeks ${from}–${to}`),
	/** A dose given in some weeks: "28 μg/day in weeks 2–4". */
	doseInWeeks: (dose: string, weeks: string) => `${dose} in ${weeks}`,
	/** How a cycle runs: "6-week cycles: 4 weeks of continuous intravenous infusion, then 2 weeks off". */
	regimenCycle: (length: number, infusion: number, free: number, route: string | undefined) =>
		`${length}-week cycles: ${infusion} weeks of ${route ?? 'infusion'}, then ${free} weeks off`,
	regimenMaxCycles: (n: number) => `Up to ${n} cycles in all`,
	/** Lowest and highest daily dose, when a source gives no schedule: "9–28 μg/day". */
	doseRange: (from: number, to: number, unit: string) => `${from}–${to} ${unit}`,
	/** Before the regimen of one part or arm. */
	regimenPart: (label: string) => `${label} — `,
	regimenNotInSources: 'no doses in the sources read',
	/** After the end of a sentence, before the next one. */
	sentenceSpace: ' ',
	// Trial
	enrolmentCaption: (n: number) => `How the ${n} participants of the registered trial split into groups (derived)`,
	colGroup: 'Group',
	colPatients: 'Patients',
	colReportedBy: 'Reported by',
	total: 'Total',
	registryTotal: (n: number) => `registry: ${n}`,
	termRegistration: 'Registration',
	termName: 'Name',
	studyName: (acronym: string) => `${acronym} study`,
	termOfficialTitle: 'Official title',
	termSponsor: 'Sponsor',
	termCollaborator: 'Collaborator',
	termProtocol: 'Sponsor protocol',
	termPhase: 'Phase',
	termDesign: 'Design',
	designPurpose: (purpose: string) => `; purpose: ${purpose}`,
	termStatus: 'Status',
	termCountry: 'Country',
	termEnrolment: 'Actual enrolment',
	enrolmentValue: (n: number) => `${n} participants (all parts of the registered trial)`,
	termFirstPosted: 'First posted',
	termStart: 'Study start',
	termPrimaryCompletion: 'Primary completion',
	termCompletion: 'Study completion',
	trialWords: {
		'phase-1': 'Phase 1',
		'phase-2': 'Phase 2',
		'phase-3': 'Phase 3',
		interventional: 'interventional',
		observational: 'observational',
		randomised: 'randomised',
		'non-randomised': 'non-randomised',
		'not-applicable': 'allocation not applicable',
		'single-group': 'single group',
		parallel: 'parallel groups',
		crossover: 'crossover',
		sequential: 'sequential',
		'open-label': 'open label',
		single: 'single-blind',
		double: 'double-blind',
		triple: 'triple-blind',
		quadruple: 'quadruple-blind',
		treatment: 'treatment',
		prevention: 'prevention',
		'supportive-care': 'supportive care',
		other: 'other purpose',
		recruiting: 'Recruiting',
		'active-not-recruiting': 'Active, not recruiting',
		completed: 'Completed',
		terminated: 'Terminated',
		withdrawn: 'Withdrawn',
	} as Record<string, string>,
	countryNames: {} as Record<string, string>,
	// Classification
	asjcCaption: 'ASJC subject codes of the paper, with their subject-area groups',
	colCode: 'Code',
	colSubject: 'Subject',
	colGroupCode: 'Group',
	colGroupName: 'Group name',
	colAlsoJournal: 'Also listed for the journal',
	yes: 'Yes',
	no: 'No',
	subjectAreaGroup: 'subject-area group',
	thisPaper: 'this paper',
	contextOnly: 'context only',
	/** Beside a name the site translated itself (ASJC names exist in English only). */
	siteTranslation: "the site's translation",
	// Provenance
	provenanceCaption: (record: 'publication' | 'journal' | 'trial' | 'regimen') => `Where each field of the ${record} record came from`,
	colField: 'Field',
	colValue: 'Value',
	colStatus: 'Status',
	statusVerified: 'verified',
	statusSeed: 'seed record only',
	statusDerived: 'derived',
	statusUnverified: 'not verified',
	/**
	 * What each stored field is called where a page names it (the provenance tables, the changelog):
	 * by collection, then by field path without a language block ("design.setting", not "design.ja.setting").
	 * src/lib/field-labels.ts reads them; a field without a label fails the build.
	 */
	fieldLabels: {
		publications: {
			title: 'Title',
			shortTitle: 'Short title',
			authors: 'Authors',
			journal: 'Journal',
			volume: 'Volume',
			issue: 'Issue',
			pages: 'Pages',
			'dates.online': 'Published online',
			'dates.issue': 'Issue date',
			'dates.issueMonth': 'Issue month',
			'dates.year': 'Year',
			'identifiers.doi': 'DOI',
			'identifiers.pmid': 'PubMed ID',
			'identifiers.pmcid': 'PubMed Central ID',
			'identifiers.nct': 'Trial registration',
			'design.phase': 'Phase',
			'design.allocation': 'Comparison group',
			'design.ageGroup': 'Age group',
			'design.setting': 'Setting',
			trial: 'Registered trial',
			asjc: 'Subject areas (ASJC)',
			keywords: 'Keywords',
			language: 'Language',
			'population.enrolled': 'Patients enrolled',
			'population.parts': 'Study parts and their patients',
			regimen: 'Dosing schedule',
		},
		journals: {
			title: 'Title',
			abbreviation: 'Abbreviation',
			'issn.print': 'ISSN (print)',
			'issn.electronic': 'ISSN (online)',
			publisher: 'Publisher',
			onBehalfOf: 'Published for',
			formerTitles: 'Former titles',
			openAccessSince: 'Open access since',
			asjc: 'Subject areas (ASJC)',
		},
		trials: {
			registration: 'Registration',
			acronym: 'Short name',
			officialTitle: 'Official title',
			briefTitle: 'Brief title',
			sponsor: 'Sponsor',
			collaborators: 'Collaborators',
			protocolNumber: 'Sponsor protocol number',
			phases: 'Phase',
			design: 'Design',
			status: 'Status',
			countries: 'Countries',
			'enrolment.actual': 'Actual enrolment',
			'enrolment.breakdown': 'Enrolment by group',
			expansionCohort: 'Expansion cohort',
			'dates.firstPosted': 'First posted',
			'dates.start': 'Study start',
			'dates.primaryCompletion': 'Primary completion',
			'dates.completion': 'Study completion',
			eligibility: 'Key entry criteria',
		},
		regimens: {
			drug: 'Drug',
			route: 'How it is given',
			cycle: 'Length of a cycle',
			steps: 'Doses by cycle and week',
			doseRange: 'Range of daily doses',
			inductionCycles: 'Induction cycles',
			maxCycles: 'Most cycles in all',
			consolidation: 'Who went on to consolidation',
			cyclesReceived: 'Cycles received',
		},
		outcomes: { label: 'Name', definition: 'Definition', criteria: 'Definition as data', 'source.locator': 'Place in the source' },
		endpoints: {
			measure: 'Result',
			'measure.denominator': 'Number of patients counted',
			'measure.events': 'Number of patients with the result',
			population: 'Patients counted',
			role: 'Role',
			note: 'Note',
		},
		registrations: { outcomes: 'Registered outcome measures' },
		changes: { summary: 'Summary of the change' },
		sources: { title: 'Title', note: 'Note', label: 'Label' },
		asjc: { label: 'Subject name' },
		pages: {},
	} as Record<string, Record<string, string>>,
	/** A field named in another language's block: "Setting (Japanese)". */
	fieldInLanguage: (label: string, language: string) => `${label} (${language})`,
	/** A record of the content named for readers, by collection. */
	recordKinds: {
		publications: 'Publication',
		journals: 'Journal',
		trials: 'Registered trial',
		regimens: 'Dosing schedule',
		outcomes: 'Outcome',
		endpoints: 'Endpoint',
		registrations: 'Registered outcomes',
		changes: 'Changelog entry',
		sources: 'Source',
		asjc: 'Subject area',
		pages: 'Page',
	} as Record<string, string>,
	/** The changelog entry of a day, named for readers. */
	changeOf: (date: string) => date,
	/** Before the records and fields a change touched. */
	changeRecords: 'What changed in the data: ',
	changeRecordFields: (record: string, fields: string[]) => `${record} — ${fields.join(', ')}`,
	/** "2 cycles". */
	cyclesCount: (n: number) => `${n} ${n === 1 ? 'cycle' : 'cycles'}`,
	/** Cycles received, as a source reports them: "median 2 (range 1–3)". */
	cyclesReceivedValue: (median: number, min: number, max: number) => `median ${median} (range ${min}–${max})`,
	/** A group of a publication's patients: "Adults, phase 1b: 5, reported by Cancer Science 2020". */
	/** Between items that hold commas themselves ("Adults, phase 1b: 5; Adults, phase 2: 21"). */
	itemSeparator: '; ',
	enrolmentGroupValue: (label: string, n: number, from: string) => `${label}: ${n} (${from})`,
	/** Sixteen names given in order. */
	authorsInOrder: (n: number, names: string) => `${n} names, in order: ${names}`,
	authorsNotInOrder: (n: number, names: string) => `${n} names, not in the published order (which is not confirmed): ${names}`,
	// context page
	studyTableCaption: 'The studies compared: design, patients and dose',
	colStudy: 'Study',
	colDesign: 'Design',
	colWho: 'Who',
	colDose: 'Dose',
	allocationLabels: { 'single-arm': 'Single-arm (no comparison group)', randomised: 'Randomised against a comparison arm' },
	ageGroupLabels: { adults: 'Adults', children: 'Children', 'adults-and-children': 'Adults and children' },
	notRecorded: 'not recorded',
	settingNotStated: 'not stated in the sources read',
	patientsNotConfirmed: 'not confirmed by the sources read',
	patientsByPart: (parts: { label: string; n: number }[]) => parts.map((p) => `${p.label}: ${p.n}`).join('; '),
	/** After a link to a page that exists only in English (empty on English pages). */
	linkInEnglish: '',
	forestTitle: (outcome: string) => `${outcome}: response rates with 95% confidence intervals`,
	forestDescription: (count: number, rows: string[]) =>
		`${count} response rates, one per row, each a square at the estimate and a line spanning its 95% confidence interval on a scale from 0 to 100 percent: ${rows.join('; ')}.`,
	forestRowDescription: (study: string, group: string, result: string, ci: string) => `${study}, ${group}: ${result}, 95% CI ${ci}`,
	forestAxisLabel: 'Patients with CR/CRh (percent, with 95% confidence interval)',
	survivalCaption: 'Survival results side by side, and why they cannot simply be compared',
	colWhyNot: 'Why it cannot simply be compared',
	survivalReasonHazardRatio: 'a hazard ratio compares two randomised arms; a single-arm study has no second arm to compare',
	survivalReasonOutcome: (measured: string, reference: string) => `it measures ${measured}, not ${reference}`,
	survivalReasonReferenceNotEstimable: (outcome: string) =>
		`this paper's median (${outcome}) was not estimable, so there is no median to set it beside`,
	survivalReasonNotEstimable: 'its median was not estimable',
	survivalReasonPatientsNotStated: 'the source does not say which patients it covers',
	survivalReasonReview: "a review's rounded value",
	forestTableCaption: 'The numbers in the chart',
	forestCaveat: (short: string) => ` · ${short}`,
	forestReviewTable: ' · review table',
	forestFigcaption: (title: string) =>
		`${title}. Filled squares: intervals computed on this site from the counts (exact, Clopper–Pearson). Hollow squares: a review table's rounded values and intervals, as printed. The highlighted rows are this paper.`,
	excludedHeading: 'Response rates left out, and why',
	excludedIntro: (reference: string) =>
		`These results use a different definition of response, so the site's comparability rule refuses to put them beside ${reference}:`,
	/** Follows the study's name in the list of results left out. */
	excludedItem: (outcome: string, group: string, result: string, reasons: string[]) =>
		`, ${outcome} (${group}): ${result}. Not comparable: ${reasons.join('; ')}.`,
	reasonNoInterval: 'no counts and no interval are known, so it cannot be drawn with an interval',
	reasonNoCriteria: (a: string, b: string) =>
		`"${a}" and "${b}" are different outcomes, and at least one has no structured definition to compare`,
	reasonComponents: (a: readonly string[], b: readonly string[]) => `they count different responses (${a.join(', ')} vs ${b.join(', ')})`,
	reasonWindow: (a: { label: string; weeks: number }, b: { label: string; weeks: number }) =>
		`they assess response over different windows (${a.label}, ${a.weeks} weeks, vs ${b.label}, ${b.weeks} weeks)`,
	reasonAmong: (a: 'all-in-part' | 'evaluable', b: 'all-in-part' | 'evaluable') => `they count among different patients (${a} vs ${b})`,
	// Sharing images
	/** Beside a number that is not the study's own printed count (src/lib/endpoints/caveats.ts). */
	caveatTrialLink: 'link inferred, not printed',
	caveatShort: {
		'denominator-assumed': 'assumed denominator',
		'denominator-derived': 'derived denominator',
		'count-derived': 'derived count',
		'secondary-source': "a review's value",
		'definition-matched': 'definition matched by the register',
	},
	definitionMatched: (criteria: string[], source: string, note: string) =>
		`Definition matched: the source does not print the ${criteria.join(' or the ')}; the match rests on a reading of it (${source}). ${note}`.trim(),
	reasonUnstated: (criteria: string[]) =>
		`its source does not state the ${criteria.join(' or the ')} of its definition, and nothing says how it was matched`,
	criterionNames: { components: 'response categories', window: 'assessment window', among: 'patients counted' },
	etAl: ' et al.',
	ogAlt: (title: string, label: string, value: string, detail: string, kicker: string) =>
		`${title}. ${label}: ${value} (${detail}). ${kicker}.`,
	// cite and changes pages
	citePaperHeading: 'Cite the paper',
	citePaperIntro:
		'These citations are generated from the one publication record on this site (the same data as every other page), so every format gives the same authors, dates and identifiers.',
	citeFormattedHeading: 'Formatted references',
	citeStyleLabels: {
		apa: 'APA (7th edition)',
		vancouver: 'Vancouver (NLM)',
		harvard1: 'Harvard (Cite Them Right)',
		'american-medical-association': 'AMA (11th edition)',
		'chicago-author-date': 'Chicago (author-date)',
	},
	citeFilesHeading: 'For reference managers and LaTeX',
	citeFileLabel: (format: string, use: string) => `${format} (${use})`,
	citeFileUses: {
		bibtex: 'LaTeX with BibTeX or natbib',
		biblatex: 'LaTeX with biblatex and Biber',
		ris: 'Zotero, EndNote, Mendeley, Papers',
		'csl-json': 'Zotero, Pandoc, citeproc: the canonical record',
	},
	/** Why the citations of a publication give no authors (src/lib/citation/csl.ts says the same in the files' notes). */
	citeAuthorsLeftOut: {
		'order-not-confirmed':
			'These citations and files give no authors: the sources checked confirm the names but not the order in which the article lists them, and a wrong order would misattribute the work.',
		'not-confirmed': 'These citations and files give no authors: no source the project could read lists them.',
	},
	/** Before a link to the article's DOI. */
	citeCompleteAuthors: 'Before you cite it, complete the authors from the publisher’s record of the article:',
	citeWikipediaHeading: 'Wikipedia',
	citeWikipediaLabel: 'Wikipedia {{cite journal}}',
	/** A note under the Wikipedia heading; none in English. */
	citeWikipediaNote: '',
	/** The formats a folded group of citations holds, listed in its summary (src/components/cite/CiteGroup.astro). */
	citeGroupList: (names: string[]) => names.join(', '),
	citeFilesList: 'Files:',
	citeEveryFormat: 'every format, and how to cite this site',
	/** A button's visible word and the text only screen readers hear around it, so each button has its own name. */
	copyButton: (label: string) => ({ hiddenBefore: '', text: 'Copy', hiddenAfter: ` ${label}` }),
	downloadButton: (label: string) => ({ hiddenBefore: '', text: 'Download', hiddenAfter: ` ${label}` }),
	/** Status messages of the copy buttons (src/components/cite/CopyScript.astro fills in the label). */
	copyDone: (label: string) => `Copied ${label} to the clipboard.`,
	copySelected: (label: string) => `Could not copy automatically; ${label} is selected, press Ctrl+C or Cmd+C to copy it.`,
	citeSiteHeading: 'Cite this website',
	citeSiteIntro:
		"Cite the paper above when you rely on the study's results. Cite this website only when you refer to its own content (its computed intervals, its summary or its source notes). No personal author is named for the site.",
	citeSiteAccessed: (date: string) => ({
		before: ' The access date below is ',
		strong: `the date this copy of the site was built (${date})`,
		after: ', not the day you read it: change it to the day you accessed the page.',
	}),
	citeLatexHeading: 'For LaTeX',
	citeOnlineLabel: 'BibLaTeX (@online)',
	changeKinds: {
		publication: 'First publication',
		review: 'Review',
		correction: 'Correction',
		addition: 'Addition',
	} satisfies Record<ChangeKind, string>,
	changePages: 'Pages: ',
	/** After the name of a page in another language than the page that names it: " (Japanese)". */
	inLanguage: (languageName: string) => ` (${languageName})`,
	// publications, search and 404 pages
	/** After a link that leads to a page in English, on a page in another language. */
	inEnglish: '',
	publicationDescription: (title: string) =>
		`The record of "${title}": bibliographic details, the endpoints the site uses, and where each came from.`,
	publicationFeaturedIntro: (link: string) => `This is the paper the site is about; its main page is the ${link}.`,
	publicationFeaturedLink: 'overview',
	publicationRelatedIntro: (link: string) =>
		`A publication related to the Japanese adult study. The site shows only what the sources it could read confirm; see how it compares on the ${link}.`,
	publicationRelatedLink: 'context page',
	publicationAuthorsNotConfirmed: 'No source the project could read lists the authors, so none are shown.',
	publicationAuthorsOrderNotConfirmed:
		"The names above are confirmed, but only in a library catalogue's order; the order printed in the paper was not confirmed, so they must not be cited in this order.",
	publicationEndpoints: 'Endpoints',
	publicationNoEndpoints: 'The site records no endpoints of this publication.',
	publicationProvenance: 'Where the record came from',
	searchTitle: 'Search',
	searchDescription: 'Search the full text of every page of the Horai study evidence site, or browse the list of its pages.',
	searchNeedsJavaScript: 'Search runs in your browser and needs JavaScript. Every page of the site is listed below.',
	searchAllPages: 'All pages',
	notFoundTitle: 'Page not found',
	/** On the 404 page, a link to its part in this language (the page shows both languages). */
	notFoundJump: 'Help in English',
	notFoundDescription: 'There is no page at this address on the Horai study evidence site. Search the site or pick one of its pages.',
	notFoundLede: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be out of date.',
	notFoundSearchLabel: 'Search the site',
	notFoundSearchButton: 'Search',
	notFoundPages: 'Pages of this site',
	notFoundAnchors: (link: string) => `Links to a result on the endpoints page use permanent anchors such as ${link}.`,
	notFoundChanges: (link: string) => `The ${link} says when content was corrected.`,
	notFoundChangesLink: 'list of changes',
	// Data files (/data/, "Download" links, the registry table, Wikipedia and Wikidata help)
	/** Between a label and what follows it ("Horai: file"). */
	labelSeparator: ': ',
	/** Ends in the space before the first link, where the language has one. */
	dataDownload: 'Download: ',
	/** What a table's download links hold, for screen readers (after the format's name). */
	dataTableHidden: {
		endpoints: "of every publication's endpoints",
		'context-forest': 'of the rows of this chart',
		'registered-outcomes': 'of the registered outcomes and the reported endpoints',
	},
	colFile: 'Files',
	colFormat: 'Format',
	colLicence: 'Licence',
	dataFileNames: {
		endpoints: 'Endpoints',
		'context-forest': 'Forest chart on the context page',
		'registered-outcomes': 'Registered outcomes beside the reported endpoints',
		fhir: 'FHIR R5 Bundle, one per publication',
		quickstatements: 'Wikidata QuickStatements, one per publication',
		citation: 'Citation files, one set per publication',
	},
	dataFileHolds: {
		endpoints:
			'Every endpoint of every publication, one row each: part or arm, role, outcome and its definition, counts, the percentage and exact 95% interval computed on this site, what the source printed, source and locator, and the permanent link to the row.',
		'context-forest':
			'The rows of the forest chart on the context page, in the order drawn: study, part, estimate and 95% interval as the table beside the chart shows them, and where each row is drawn.',
		'registered-outcomes':
			'The outcome measures the trial registered, each with the endpoints that report it, and the reported endpoints that match none of them.',
		fhir: 'A Citation of the paper, a ResearchStudy for its registered trial, and one Evidence resource per endpoint (statistic, sample size, 95% interval, and whether the value was computed here or printed by the source).',
		quickstatements:
			"Commands that create the paper's Wikidata item from the register's facts: title, identifiers, date, volume, issue, pages, and the authors where their published order is confirmed.",
		citation: 'The paper as BibTeX, BibLaTeX, RIS and CSL-JSON, generated from one record (see "Cite the paper").',
	},
	dataFormats: {
		table: 'CSV (RFC 4180, UTF-8 with byte-order mark), JSON, and the JSON Schema of the JSON',
		fhir: 'FHIR R5 JSON (Bundle of type collection)',
		quickstatements: 'QuickStatements version 1 (plain text, tab-separated)',
		citation: 'BibTeX, BibLaTeX, RIS, CSL-JSON',
	},
	dataSchemaLink: 'JSON Schema',
	dataLicence: 'CC0 1.0 (public domain dedication)',
	// The registry beside the paper
	registryCaption: (trial: string) => `Outcome measures registered for ${trial}, and where the publications report them`,
	colRegistered: 'Registered outcome measure',
	colHowReported: 'How it is reported',
	registryStatus: {
		'as-registered': 'Reported as registered',
		'in-part': 'Reported in part',
		'not-reported': 'Not reported in the sources read',
	},
	registryUnregisteredCaption: 'Endpoints the publications report that match none of the registered outcome measures in the sources read',
	colEndpointResult: 'Result',
	// Wikipedia and Wikidata (on the cite page)
	wikiCiteHeading: 'The reference',
	wikiCiteIntro: 'Paste this template where the article cites the paper; it holds the same fields as the other formats on this page.',
	wikiLinkHeading: 'Linking one result',
	wikiLinkIntro: (label: string) =>
		`Every result on this site has a permanent address that will not change. To point readers to one, for example ${label}, link it beside the reference (in an external-links section or a note), not in place of the paper:`,
	wikiLinkLabel: 'Permanent link to one result',
	wikidataHeading: 'Wikidata',
	wikidataIntro:
		"The file below creates the paper's Wikidata item from the facts this site has checked, with QuickStatements. First search Wikidata for the DOI: if an item already exists, complete it instead of creating a duplicate (replace LAST by its Q-number and leave out the CREATE line).",
	wikidataSearch: (doi: string) => `Search Wikidata for the DOI ${doi}`,
	wikidataFileLabel: 'QuickStatements (version 1)',
};

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;
