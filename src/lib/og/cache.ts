import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The folder where rendered sharing images are kept between builds: `OG_CACHE_DIR` when set
 * (relative to the project root, or absolute), else `node_modules/.astro/og-images`, beside
 * Astro's own caches. A CI job or a host keeps the folder between builds to skip rendering the
 * images that did not change (README, "Deploy"); deleting it only costs one slower build.
 */
export function ogCacheDir(env: Record<string, string | undefined> = process.env, root: string = process.cwd()): string {
	const dir = env.OG_CACHE_DIR;
	if (dir) return isAbsolute(dir) ? dir : resolve(root, dir);
	return join(root, 'node_modules', '.astro', 'og-images');
}

/** A SHA-256 hex digest of a value's JSON (the values hashed here are plain data: keys in a fixed order). */
export function hashJson(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The 8 bytes every PNG starts with and the 12 it ends with (an empty IEND chunk and its CRC). */
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Whether bytes look like a whole PNG (so a truncated or foreign file is rendered again). */
const isWholePng = (b: Buffer) => b.length > 20 && b.subarray(0, 8).equals(PNG_START) && b.subarray(-12).equals(PNG_END);

/**
 * The PNG stored under `key` in `dir`, or else `render()`'s, stored there for the next build.
 * `key` must change whenever anything that affects the image changes (ogImageKey). Files are
 * written under a temporary name and renamed, so builds running side by side never read half a file.
 */
export async function cachedPng(
	dir: string,
	key: string,
	render: () => Promise<Uint8Array>,
): Promise<{ png: Uint8Array; reused: boolean }> {
	if (!/^[0-9a-f]{16,}$/.test(key)) throw new Error(`Sharing image cache: "${key}" is not a hex digest`);
	const file = join(dir, `${key}.png`);
	try {
		const stored = readFileSync(file);
		if (isWholePng(stored)) return { png: stored, reused: true };
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
	}
	const png = await render();
	mkdirSync(dir, { recursive: true });
	const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temp, png);
	renameSync(temp, file);
	return { png, reused: false };
}
