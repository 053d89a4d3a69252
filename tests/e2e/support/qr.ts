/** Decodes a QR code from a PNG with zxing-wasm, loading its WebAssembly from node_modules (never a CDN). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

export async function decodeQr(png: Uint8Array): Promise<string[]> {
	ready ??= prepareZXingModule({
		overrides: {
			wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer,
		},
		fireImmediately: true,
	});
	await ready;
	const results = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
	return results.filter((r) => r.isValid).map((r) => r.text);
}
