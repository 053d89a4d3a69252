/** Small numeric helpers shared by the benchmark modules. */
import { gzipSync } from 'node:zlib';

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of an empty list');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Gzipped size in bytes. Level 9 is what bundle-size tools (gzip-size, size-limit) report, so the
 * figures compare with numbers people quote; a host compressing at level 6 sends slightly more.
 */
export function gzipBytes(data: string | Buffer): number {
	return gzipSync(data, { level: 9 }).length;
}

/** Runs `measure` `times` times in a row and returns every result (callers take the median). */
export async function repeat<T>(
	times: number,
	measure: (round: number) => Promise<T> | T,
): Promise<T[]> {
	const results: T[] = [];
	for (let round = 0; round < times; round++) results.push(await measure(round));
	return results;
}

/** 14336 → "14.0 KB" (1 KB = 1024 bytes, as the budgets are written). */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
	return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function seconds(value: number): string {
	return `${value.toFixed(1)} s`;
}

export function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** KB below a megabyte, MB with one decimal above. */
export function size(bytes: number): string {
	return bytes < 1024 * 1024 ? kb(bytes) : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "/_astro/DifferentialHelper.astro_astro_type_script_index_0_lang.OGh7Fhom.js" → "DifferentialHelper.OGh7Fhom.js". */
export function shortScriptName(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.astro_astro_type_script_index_\d+_lang/, '');
}
