import ama from './styles/american-medical-association.csl?raw';
import chicago from './styles/chicago-author-date.csl?raw';

/**
 * Official CSL styles that @citation-js/plugin-csl does not ship, vendored unchanged in
 * src/lib/citation/styles/ with their licence (CC BY-SA 3.0) and where they came from (README.md
 * there).
 */
const STYLES = { 'american-medical-association': ama, 'chicago-author-date': chicago } as const;

/** The CSL ids of the vendored styles. */
export type ExtraStyleId = keyof typeof STYLES;

/** The vendored styles, as XML; throws when a file is not the style its name says. */
export function extraStyles(): { id: ExtraStyleId; xml: string }[] {
	return (Object.entries(STYLES) as [ExtraStyleId, string][]).map(([id, xml]) => {
		if (!xml.includes(`<id>http://www.zotero.org/styles/${id}</id>`)) {
			throw new Error(`src/lib/citation/styles/${id}.csl: not the CSL style "${id}" (its <id> differs)`);
		}
		return { id, xml };
	});
}
