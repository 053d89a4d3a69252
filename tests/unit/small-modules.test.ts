/** The small src/lib modules: citations, dates, region labels, the QR code and JSON inside <script>. */
import { describe, expect, it } from 'vitest';
import { authorList, citationLabel, citationLinks } from '../../src/lib/citation.ts';
import { latest } from '../../src/lib/dates.ts';
import { listParam, printable } from '../../src/lib/query-params.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { bodyRegionLabels } from '../../src/lib/regions.ts';
import { jsonForScript } from '../../src/lib/script-json.ts';
import { bodyRegions } from '../../src/schemas/shared.ts';

describe('citations', () => {
	it.each([
		[['Cacchio A', 'Borra F', 'Severini G'], 2012, 'Cacchio et al. 2012'],
		[['Martin HD', 'Kivlan BR'], 2014, 'Martin & Kivlan 2014'],
		[['NICE'], 2016, 'NICE 2016'],
		[['van der Berg JA'], 2001, 'van der Berg 2001'],
		[[], 1999, '1999'],
	])('labels %j %d as %s', (authors, year, label) => {
		expect(citationLabel({ authors, year })).toBe(label);
	});

	it('cuts long author lists after six, as most journals do', () => {
		expect(authorList(['A', 'B'])).toBe('A, B');
		expect(authorList(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E, F, et al.');
	});

	it('links DOI, then PubMed, then the source page', () => {
		expect(citationLinks({ doi: '10.1/x', pmid: '123', url: 'https://example.org/a' })).toEqual([
			{ label: 'doi:10.1/x', href: 'https://doi.org/10.1/x' },
			{ label: 'PMID 123', href: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
			{ label: 'Source page', href: 'https://example.org/a' },
		]);
		expect(citationLinks({})).toEqual([]);
	});
});

describe('latest', () => {
	it('is the most recent date, and needs one', () => {
		expect(
			latest([new Date('2026-01-02'), new Date('2026-11-24'), new Date('2025-05-05')])
				.toISOString()
				.slice(0, 10),
		).toBe('2026-11-24');
		expect(() => latest([])).toThrow(/at least one date/);
	});
});

describe('bodyRegionLabels', () => {
	it('gives every body region a plain label', () => {
		expect(Object.keys(bodyRegionLabels).sort()).toEqual([...bodyRegions].sort());
		expect(bodyRegionLabels['posterior-thigh']).toBe('Back of the thigh');
	});
});

describe('qrSvg', () => {
	it('draws black modules on white with a four-module quiet zone and an escaped label', () => {
		const svg = qrSvg('HELLO', 'QR for "A & B"', 100);
		// A version-1 code is 21 modules; the quiet zone adds 4 on each side.
		expect(svg).toMatch(
			/^<svg [^>]*viewBox="0 0 29 29" width="100" height="100" role="img" aria-label="QR for &#34;A &#38; B&#34;"/,
		);
		expect(svg).toContain('<rect width="29" height="29" fill="#fff"/>');
		expect(svg).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+" fill="#000"\/><\/svg>$/);
	});
});

describe('jsonForScript', () => {
	it('escapes every "<" so no data can close its <script>, and parses back unchanged', () => {
		const value = { text: '</script><script>alert(1)</script>', n: 1 };
		const json = jsonForScript(value);
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('query parameters', () => {
	it('reads a list written with commas or as repeated parameters', () => {
		expect(listParam(new URLSearchParams('e=a,b&e=c&e=, ,d '), 'e')).toEqual(['a', 'b', 'c', 'd']);
		expect(listParam(new URLSearchParams(''), 'e')).toEqual([]);
	});
	it('echoes only allowed characters, and only 40 of them', () => {
		expect(printable('<img src=x>', /[a-z]/)).toBe('?img?src?x?');
		expect(printable('a'.repeat(45), /a/)).toBe(`${'a'.repeat(40)}…`);
	});
});
