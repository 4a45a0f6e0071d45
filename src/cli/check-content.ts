// `npm run check:content`: reads and checks the whole content folder in one pass, with the same
// code as the build (src/lib/content/load.ts), without building anything. Prints every problem as
// "file: field: what is wrong" and exits 1 if there is any. CONTENT_DIR picks another folder.
import { performance } from 'node:perf_hooks';
import { loadContent } from '../lib/content/load.ts';
import { CONTENT_DIR } from '../site.ts';

const start = performance.now();
const { set, issues } = loadContent(CONTENT_DIR);
const seconds = ((performance.now() - start) / 1000).toFixed(2);
if (issues.length === 0) {
	const entries = Object.values(set).reduce((n, list) => n + list.length, 0);
	console.log(`content check: ${entries} entries in ${CONTENT_DIR}, no problems (${seconds} s)`);
	process.exit(0);
}
const byFile = new Map<string, string[]>();
for (const i of issues)
	byFile.set(i.file, [...(byFile.get(i.file) ?? []), `  ${i.line ? `line ${i.line}, ` : ''}${i.field}: ${i.message}`]);
console.error(
	`content check: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'} (${seconds} s)\n`,
);
for (const [file, lines] of byFile) console.error(`${file}\n${lines.join('\n')}\n`);
process.exit(1);
