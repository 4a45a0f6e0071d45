/** The 8-byte signature every PNG file starts with (PNG specification, section 5.2). */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height of a PNG, read from its IHDR chunk (the first chunk, right after the
 * signature: 4-byte length, "IHDR", then width and height as big-endian 32-bit numbers).
 * Throws when the bytes are not a PNG.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG: wrong signature');
	if (Buffer.from(png.subarray(12, 16)).toString('ascii') !== 'IHDR') throw new Error('not a PNG: IHDR is not the first chunk');
	const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
