import { load } from 'cheerio';
import { type BuiltPage, type Finding, tagOf } from './site.ts';

/**
 * Valid but hostile values for a title and author names: markup, a closing script tag, quotes of
 * every kind, TeX and BibTeX specials, right-to-left text and combining characters. Each must
 * build and come out as the same text, escaped, wherever it is shown. The markup in them carries
 * the marker HOSTILE_MARKER, so an unescaped copy shows up as a real element or attribute.
 */
export const HOSTILE_MARKER = 'hostile-marker';

export const HOSTILE = {
	title: `<b class="${HOSTILE_MARKER}">Bold</b> & </script><script>window.${HOSTILE_MARKER}=1</script> "quoted" 'single' \`tick\` {braces} \\emph{x} 100% $x_1$ #hash ~tilde ^caret: <!-- comment --> ]]> ‏עברית‏ العربية x̧̌ é (e\u0301)`,
	given: `Zoë "Q" <i class="${HOSTILE_MARKER}">O'Brien</i>`,
	family: `Ñúñez & {Sons} \\relax مريم`,
} as const;

/**
 * The part of the hostile values that a Latin-script LaTeX document can typeset with pdflatex:
 * markup, quotes, TeX and BibTeX specials and accented Latin letters, without right-to-left scripts
 * or combining marks (which need LuaLaTeX or XeLaTeX and a font that has them).
 */
export const HOSTILE_TEX = {
	title: `<b class="${HOSTILE_MARKER}">Bold</b> & </script><script>window.${HOSTILE_MARKER}=1</script> "quoted" 'single' {braces} \\emph{x} 100% $x_1$ #hash ~tilde ^caret_under: <!-- comment --> Ünïcödé Ñúñez`,
	family: `O'Brien & <i class="${HOSTILE_MARKER}">{Sons}</i> \\relax`,
} as const;

/** Strings a page must show as plain text (after the HTML parser decodes entities). */
export const HOSTILE_STRINGS = [HOSTILE.title, HOSTILE.given, HOSTILE.family];

/** Words of the hostile strings that are not real attribute names: as attribute names they betray a broken-open value. */
const HOSTILE_WORDS = new Set(
	// Words of one or two letters ("x", "e") are also real SVG attribute names; leave them out.
	(
		HOSTILE_STRINGS.join(' ')
			.toLowerCase()
			.match(/[a-z]+/g) ?? []
	).filter((w) => w.length > 2 && !['class', 'script'].includes(w)),
);

/**
 * Checks that hostile values came out escaped: no element or attribute carrying the marker, no
 * script whose text sets it, and every expected string present as text (nothing dropped or
 * mangled). `expect` maps a page path to the strings that must appear in its text.
 */
export function checkEscaped(pages: BuiltPage[], expect: Record<string, string[]> = {}): Finding[] {
	const findings: Finding[] = [];
	for (const page of pages) {
		const $ = load(page.html);
		$(`.${HOSTILE_MARKER}, [${HOSTILE_MARKER}]`).each((_, el) => {
			findings.push({ page: page.path, message: `unescaped markup from content became a <${tagOf(el)}> element` });
		});
		$('script').each((_, el) => {
			const text = $(el).text();
			if ($(el).attr('type') === 'application/ld+json') {
				// JSON-LD carries the title by design; it is safe while it is still one valid JSON value
				// (a "</script>" that got through would have cut it short).
				try {
					JSON.parse(text);
				} catch {
					findings.push({ page: page.path, message: 'a JSON-LD <script> no longer parses: content broke out of it' });
				}
				return;
			}
			if (text.includes(HOSTILE_MARKER))
				findings.push({ page: page.path, message: 'a <script> element carries text from content: a "</script>" was not escaped' });
		});
		// An attribute value broken open by a quote turns the rest of the value into attributes.
		$('*').each((_, el) => {
			for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
				// SVG keeps camelCase attribute names (viewBox, preserveAspectRatio).
				if (!/^[a-zA-Z][a-zA-Z0-9_.:-]*$/.test(name) || HOSTILE_WORDS.has(name.toLowerCase())) {
					findings.push({
						page: page.path,
						message: `<${tagOf(el)}> has an attribute "${name}" that came out of content (a quote was not escaped)`,
					});
				}
			}
		});
		const text = $('html').text();
		for (const s of expect[page.path] ?? []) {
			if (!text.includes(s))
				findings.push({ page: page.path, message: `does not show ${JSON.stringify(s)} as text (dropped, double-escaped or mangled)` });
		}
	}
	return findings;
}
