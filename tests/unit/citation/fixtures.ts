import type { StudyView } from '../../../src/lib/study.ts';

// Study views for citation tests, built by hand (not from content/): a hostile one whose every text
// field holds characters that are special in HTML, JSON, TeX, RIS, wikitext or URLs, and a sparse one
// with only the required fields.

export const HOSTILE_TITLE =
	'Evil </script><script>alert("x")</script> title: "quotes" & \'apos\' {braces} 100% #1 snake_case $5 ~tilde^ back\\slash — Ünïcödé μg/m² | pipe [[link]] {{tmpl}}';

const journal = (data: Record<string, unknown>) => ({ id: 'j', data: { asjc: [], provenance: {}, issn: {}, ...data } });

export function hostileView(): StudyView {
	return {
		id: 'evil-2021',
		file: 'fixture',
		publication: {
			title: HOSTILE_TITLE,
			type: 'article-journal',
			language: 'en',
			authorship: 'published-order',
			authors: [
				{ given: 'Zoë', family: "O'Brien & {Sons}" },
				{ given: 'Jean-Luc', family: 'van der Berg' },
				{ given: 'Ann and Bob', family: 'Smith' },
				{ given: 'Łukasz', family: 'Żółć%_#' },
			],
			journal: { collection: 'journals', id: 'j' },
			volume: '7',
			issue: '2-3',
			pages: { first: 'e158', last: 'e170' },
			dates: { online: '2021-03-05', issue: '2021-06-09' },
			identifiers: { doi: '10.1000/a<b>&c_d%e', pmid: '12345678' },
			asjc: [],
			provenance: {},
		},
		journal: journal({
			title: 'Journal of <i>Tags</i> & "Quotes" % {x}',
			abbreviation: 'J Tags & Q',
			issn: { electronic: '1349-7006' },
			publisher: 'Press & Co <b>',
		}),
		asjc: [],
		journalAsjc: [],
		endpoints: [],
	} as unknown as StudyView;
}

export function sparseView(): StudyView {
	return {
		id: 'sparse-1999',
		file: 'fixture',
		publication: {
			title: 'A short report',
			type: 'article-journal',
			language: 'en',
			authorship: 'published-order',
			authors: [{ given: 'Mary', family: 'Lee' }],
			journal: { collection: 'journals', id: 'j' },
			dates: { online: '1999-12-31' },
			identifiers: {},
			asjc: [],
			provenance: {},
		},
		journal: journal({ title: 'Some Journal' }),
		asjc: [],
		journalAsjc: [],
		endpoints: [],
	} as unknown as StudyView;
}
