import AsjcTable from './AsjcTable.astro';
import AsjcTree from './AsjcTree.astro';
import ChangeLog from './ChangeLog.astro';
import DataFiles from './DataFiles.astro';
import DefinitionList from './DefinitionList.astro';
import DosingSchedule from './DosingSchedule.astro';
import DosingTimeline from './DosingTimeline.astro';
import Eligibility from './Eligibility.astro';
import EnrolmentBreakdown from './EnrolmentBreakdown.astro';
import Fact from './Fact.astro';
import KeyFigures from './KeyFigures.astro';
import Link from './Link.astro';
import Note from './Note.astro';
import PaperHeader from './PaperHeader.astro';
import PlainSummary from './PlainSummary.astro';
import ProvenanceTable from './ProvenanceTable.astro';
import RegisteredOutcomes from './RegisteredOutcomes.astro';
import ResponseComparison from './ResponseComparison.astro';
import Result from './Result.astro';
import SourceList from './SourceList.astro';
import StudyComparison from './StudyComparison.astro';
import SurvivalComparison from './SurvivalComparison.astro';
import TrialFacts from './TrialFacts.astro';
import WikipediaEditors from './WikipediaEditors.astro';
import EndpointTable from '../tables/EndpointTable.astro';
import CiteThis from '../cite/CiteThis.astro';
import CiteThisPage from '../cite/CiteThisPage.astro';

import type { MdxComponentName } from '../../lib/content/pages-check.ts';

/** The components MDX pages may use without importing them; the only way prose prints a number. */
export const mdxComponents = {
	a: Link,
	/** The same link written as a component, to give it attributes markdown cannot (`hreflang`). */
	Link,
	AsjcTable,
	AsjcTree,
	CiteThis,
	CiteThisPage,
	ChangeLog,
	DataFiles,
	DefinitionList,
	DosingSchedule,
	DosingTimeline,
	Eligibility,
	EndpointTable,
	EnrolmentBreakdown,
	Fact,
	KeyFigures,
	Note,
	PaperHeader,
	PlainSummary,
	ProvenanceTable,
	RegisteredOutcomes,
	ResponseComparison,
	Result,
	SourceList,
	StudyComparison,
	SurvivalComparison,
	TrialFacts,
	WikipediaEditors,
} satisfies Record<MdxComponentName | 'a', unknown>;
