// The tests read content with the project's own loader (src/lib/content/load.ts): the same strict
// YAML reader, schemas and checks as the build and `npm run check:content`.
export { fieldOf, loadContent } from '../../src/lib/content/load.ts';

/** The project root (tests run from it). */
export const ROOT = process.cwd();
