import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCitationRecord, type CitationRecord, citationKey } from '../../src/lib/citation/csl.ts';
import { toBiblatex, toBibtex } from '../../src/lib/citation/bibtex.ts';
import { buildStudyView } from '../../src/lib/study.ts';
import { loadContent } from '../helpers/load-content.ts';
import { hostileView } from '../unit/citation/fixtures.ts';

// The real clients a LaTeX user has: pdflatex + classic BibTeX with standard styles, and
// biblatex + Biber. The generated entries (the featured paper and a hostile record) must compile
// without a single warning. Needs texlive-latex-base, texlive-latex-recommended, texlive-bibtex-extra
// and biber (tests/setup/ensure-tools.sh installs them).

let records: CitationRecord[];
beforeAll(async () => {
	const { set } = loadContent('content');
	const hostile = hostileView();
	// pdflatex has no glyph for Greek letters without extra packages; the rest of the hostile title stays.
	hostile.publication.title = hostile.publication.title.replace(' μg/m²', '');
	// Every publication of the content (notes, dates known to the month or year, no authors) and the hostile record.
	records = [
		...set.publications.map((p) => buildCitationRecord(buildStudyView(set, p.id), { url: `https://example.org/publications/${p.id}/` })),
		buildCitationRecord(hostile, { url: 'https://example.org/a_b%20c/' }),
	];
});

function run(dir: string, cmd: string, args: string[]) {
	try {
		execFileSync(cmd, args, { cwd: dir, stdio: 'pipe', timeout: 60_000 });
	} catch (e) {
		const err = e as { stdout?: Buffer };
		throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout?.toString().slice(-3000)}`, { cause: e });
	}
}

const warnings = (text: string) =>
	text.split('\n').filter((l) => /warning|WARN|error|undefined/i.test(l) && !/^Package: |^File: |infwarerr|warning\$ -- 0$/.test(l));

describe('LaTeX', () => {
	test.each(['plain', 'unsrtnat', 'plainnat'])('classic BibTeX with %s.bst compiles without warnings', (style) => {
		const dir = mkdtempSync(join(tmpdir(), 'cite-bibtex-'));
		writeFileSync(join(dir, 'refs.bib'), records.map(toBibtex).join('\n'));
		const natbib = style.endsWith('nat') ? '\\usepackage[numbers]{natbib}\\usepackage{url}' : '';
		writeFileSync(
			join(dir, 'doc.tex'),
			`\\documentclass{article}\\usepackage[T1]{fontenc}${natbib}\\begin{document}\\nocite{*}\\bibliographystyle{${style}}\\bibliography{refs}\\end{document}\n`,
		);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		run(dir, 'bibtex', ['doc']);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		const blg = readFileSync(join(dir, 'doc.blg'), 'utf8');
		// An entry that leaves its authors out (order not confirmed, or not known) makes BibTeX say so,
		// and should: the reader must complete them. No other warning, and none for any other entry.
		const noAuthors = new Set(records.filter((r) => r.authorsLeftOut).map((r) => citationKey(r.id)));
		const aboutMissingAuthors = (l: string) => {
			const m = /^Warning--(?:empty author in|to sort, need author or key in) (\S+)$/.exec(l);
			return m !== null && noAuthors.has(m[1]!);
		};
		expect(
			warnings(blg).filter((l) => !aboutMissingAuthors(l) && !/^warning\$ -- \d+$|^\(There (were|was) \d+ warnings?\)$/.test(l)),
		).toEqual([]);
		expect(blg).not.toMatch(/There (were|was) \d+ errors?/);
		expect(warnings(readFileSync(join(dir, 'doc.log'), 'utf8'))).toEqual([]);
		const bbl = readFileSync(join(dir, 'doc.bbl'), 'utf8');
		expect(bbl).toContain('{Japanese}');
		expect(bbl).toContain('1314--1323');
	});

	test('biblatex with Biber compiles without warnings', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cite-biber-'));
		writeFileSync(join(dir, 'refs.bib'), records.map(toBiblatex).join('\n'));
		writeFileSync(
			join(dir, 'doc.tex'),
			`\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage[backend=biber,style=authoryear]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n`,
		);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		run(dir, 'biber', ['doc']);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		run(dir, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex']);
		const blg = readFileSync(join(dir, 'doc.blg'), 'utf8');
		expect(blg.split('\n').filter((l) => /WARN|ERROR/.test(l))).toEqual([]);
		expect(warnings(readFileSync(join(dir, 'doc.log'), 'utf8'))).toEqual([]);
		const bbl = readFileSync(join(dir, 'doc.bbl'), 'utf8');
		expect(bbl).toContain('\\field{eprinttype}{pubmed}');
		expect(bbl).toContain('{Dos Santos}');
	});
});
