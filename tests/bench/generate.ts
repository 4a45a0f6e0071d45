import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The featured publication the generated ones are modelled on. */
const MODEL = 'kiyoi-2020';

/**
 * Writes a content folder with the real content plus `n` generated publications, each with a copy
 * of the model's endpoints, into `dir`. Identifiers are unique and well-formed (DOIs under the
 * 10.5555 test prefix, PMIDs from 90000001), so the records pass the same schemas as real ones.
 */
export function generateContent(dir: string, n: number, from = 'content'): void {
	cpSync(from, dir, { recursive: true });
	const model = parse(readFileSync(join(from, 'publications', `${MODEL}.yaml`), 'utf8')) as Record<string, unknown> & {
		title: string;
		ja?: Record<string, unknown>;
		identifiers: Record<string, string>;
	};
	const endpointDir = join(from, 'endpoints', MODEL);
	const endpoints = readdirSync(endpointDir).map((f) => ({
		f,
		data: parse(readFileSync(join(endpointDir, f), 'utf8')) as Record<string, unknown>,
	}));
	for (let i = 1; i <= n; i++) {
		const id = `bench-${String(i).padStart(4, '0')}`;
		const pub = {
			...model,
			title: `${model.title} (generated record ${i})`,
			// Its own name, so that its pages and sharing images differ from every other's (as real
			// publications' do: the image cache must not reuse one image for all of them).
			shortTitle: `Generated record ${i}`,
			ja: { ...model.ja, shortTitle: `生成レコード ${i}` },
			identifiers: { doi: `10.5555/bench.${i}`, pmid: String(90_000_000 + i) },
		};
		writeFileSync(join(dir, 'publications', `${id}.yaml`), stringify(pub));
		mkdirSync(join(dir, 'endpoints', id), { recursive: true });
		for (const { f, data } of endpoints) writeFileSync(join(dir, 'endpoints', id, f), stringify({ ...data, publication: id }));
	}
}
