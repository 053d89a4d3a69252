/** Decodes a QR code from a PNG with zxing-wasm, loading its WebAssembly from node_modules (never a CDN). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

async function read(png: Uint8Array) {
	ready ??= prepareZXingModule({
		overrides: {
			wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer,
		},
		fireImmediately: true,
	});
	await ready;
	const results = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
	return results.filter((r) => r.isValid);
}

export async function decodeQr(png: Uint8Array): Promise<string[]> {
	return (await read(png)).map((r) => r.text);
}

/** Each code found, with the width in pixels of its symbol (finder pattern to finder pattern, quiet zone left out). */
export async function locateQr(png: Uint8Array): Promise<Array<{ text: string; widthPx: number }>> {
	return (await read(png)).map((r) => {
		const { topLeft, topRight } = r.position;
		return { text: r.text, widthPx: Math.hypot(topRight.x - topLeft.x, topRight.y - topLeft.y) };
	});
}
