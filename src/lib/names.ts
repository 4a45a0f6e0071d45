import type { PersonName } from '../schemas/publication.ts';

/** "Joan D. Morris": given names, then family name. */
export function displayName(name: PersonName): string {
	return `${name.given} ${name.family}`;
}

/** All authors for display: "Hitoshi Kiyoi, Joan D. Morris and Iekuni Oh". */
export function formatAuthorList(names: PersonName[]): string {
	const all = names.map(displayName);
	if (all.length <= 1) return all.join('');
	return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}
