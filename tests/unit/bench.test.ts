/** The benchmark's pure parts: finding an element's chunk, the statistics and the growth model. */
import { describe, expect, it } from 'vitest';
import { definesElement } from '../../scripts/bench/page-scripts.ts';
import { check, formatTable } from '../../scripts/bench/report-table.ts';
import { growthExponent, predictSeconds, sidebarBytes } from '../../scripts/bench/scale-build.ts';
import { median, shortScriptName } from '../../scripts/bench/stats.ts';

describe('definesElement', () => {
	it('finds a direct define call and the static define() default the site’s elements use, minified', () => {
		expect(definesElement('customElements.define("kb-x",C)', 'kb-x')).toBe(true);
		expect(
			definesElement(
				'class extends HTMLElement{static define(e=`kb-differential`,t=customElements){}}',
				'kb-differential',
			),
		).toBe(true);
		expect(
			definesElement(
				'static define(e=`kb-programme-handout`,t=customElements)',
				'kb-programme-builder',
			),
		).toBe(false);
		expect(definesElement('const tag = "kb-differential"', 'kb-differential')).toBe(false);
	});
});

describe('statistics and the growth model', () => {
	it('takes the median of odd and even lists, and refuses an empty one', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(() => median([])).toThrow();
	});
	it('reads growth above a fixed base: doubling the work above 10 s for twice the pages is linear', () => {
		// 1000 pages in 20 s and 2000 pages in 30 s over a 10 s base: 10 s → 20 s above the base, k = 1.
		expect(
			growthExponent({ pages: 1000, seconds: 20 }, { pages: 2000, seconds: 30 }, 10),
		).toBeCloseTo(1, 12);
		// Quadrupling above the base for twice the pages: k = 2; 4000 pages then take 10 + 40 × 4 s.
		expect(
			growthExponent({ pages: 1000, seconds: 20 }, { pages: 2000, seconds: 50 }, 10),
		).toBeCloseTo(2, 12);
		expect(predictSeconds({ pages: 2000, seconds: 50 }, 4000, 2, 10)).toBeCloseTo(170, 12);
	});
	it('measures the sidebar and shortens script names', () => {
		expect(sidebarBytes('<p></p><nav aria-label="Main"><a></a></nav>')).toBe(
			'<nav aria-label="Main"><a></a>'.length,
		);
		expect(sidebarBytes('<main></main>')).toBe(0);
		expect(
			shortScriptName(
				'/_astro/DifferentialHelper.astro_astro_type_script_index_0_lang.OGh7Fhom.js',
			),
		).toBe('DifferentialHelper.OGh7Fhom.js');
	});
	it('prints one aligned table with notes under their rows', () => {
		const table = formatTable([
			{ figure: 'a', measured: '1 KB', budget: '≤ 2 KB', verdict: check(true), note: 'why' },
			{ figure: 'bb', measured: '3 KB', budget: '≤ 2 KB', verdict: check(false) },
		]);
		expect(table.split('\n')).toEqual([
			'| figure | median | budget | result |',
			'|--------|--------|--------|--------|',
			'| a      |   1 KB | ≤ 2 KB | pass   |',
			'|   ↳ why',
			'| bb     |   3 KB | ≤ 2 KB | FAIL   |',
		]);
	});
});
