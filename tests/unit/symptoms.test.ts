/** The symptom route's matcher and query string (src/lib/symptoms/match.ts), on a small hand-made map. */
import { describe, expect, it } from 'vitest';
import {
	formatSymptomQuery,
	matchSymptoms,
	parseSymptomQuery,
	type MapArea,
	type SymptomCondition,
	type SymptomRedFlag,
} from '../../src/lib/symptoms/match.ts';

const areas: MapArea[] = [
	{
		id: 'sit-bone',
		label: 'Sit bone',
		region: 'buttock',
		findings: ['sit-bone-pain', 'sudden-onset'],
	},
	{ id: 'down-below', label: 'Down below', region: 'pelvic-floor', findings: ['perineal-pain'] },
];
const condition = (id: string, towards: string[]): SymptomCondition => ({
	id,
	name: id.toUpperCase(),
	summary: `${id} summary`,
	href: `/conditions/${id}/`,
	towards,
});
const conditions = [
	condition('pht', ['sit-bone-pain', 'worse-sitting']),
	condition('avulsion', ['sudden-onset', 'sit-bone-pain']),
	condition('pudendal', ['perineal-pain', 'worse-sitting']),
	condition('other', ['night']),
];
const flag = (id: string, regions: string[]): SymptomRedFlag => ({
	id,
	label: id,
	href: `/r/#${id}`,
	regions,
});
const redFlags = [
	flag('saddle', ['pelvic-floor', 'buttock']),
	flag('bladder', ['pelvic-floor']),
	flag('fever', ['whole-body']),
];
const findingRegions = { 'worse-sitting': ['buttock'], 'burning-pain': ['whole-body'] };
const input = { areas, conditions, redFlags, findingRegions };
const known = {
	areas: new Set(areas.map((a) => a.id)),
	findings: new Set([
		'sit-bone-pain',
		'sudden-onset',
		'perineal-pain',
		'worse-sitting',
		'burning-pain',
	]),
};

describe('the symptom query string', () => {
	it('reads areas and symptoms in either list form, dropping unknown ids and repeats', () => {
		expect(
			parseSymptomQuery('?a=sit-bone,knee&a=sit-bone&s=worse-sitting&s=<script>', known),
		).toEqual({
			areas: ['sit-bone'],
			findings: ['worse-sitting'],
		});
		expect(parseSymptomQuery('', known)).toEqual({ areas: [], findings: [] });
	});
	it('writes back what it reads', () => {
		const choice = { areas: ['sit-bone', 'down-below'], findings: ['worse-sitting'] };
		expect(formatSymptomQuery(choice)).toBe('?a=sit-bone,down-below&s=worse-sitting');
		expect(parseSymptomQuery(formatSymptomQuery(choice), known)).toEqual(choice);
		expect(formatSymptomQuery({ areas: [], findings: ['burning-pain'] })).toBe('?s=burning-pain');
		expect(formatSymptomQuery({ areas: [], findings: [] })).toBe('');
	});
});

describe('matching symptoms to conditions', () => {
	it('counts an area as its first finding and ranks conditions by symptoms in their favour', () => {
		const m = matchSymptoms({ areas: ['sit-bone'], findings: ['worse-sitting'] }, input);
		expect(m.counted).toEqual(['sit-bone-pain', 'worse-sitting']);
		// pht matches both; avulsion and pudendal one each, by name.
		expect(m.conditions.map((c) => [c.condition.id, c.matched.length])).toEqual([
			['pht', 2],
			['avulsion', 1],
			['pudendal', 1],
		]);
	});
	it('combines areas and shows the red flags of their regions first, not every red flag', () => {
		const m = matchSymptoms({ areas: ['down-below'], findings: [] }, input);
		expect(m.redFlags.map((f) => f.id)).toEqual(['saddle', 'bladder']);
		expect(m.conditions.map((c) => c.condition.id)).toEqual(['pudendal']);
		expect(
			matchSymptoms({ areas: ['sit-bone'], findings: [] }, input).redFlags.map((f) => f.id),
		).toEqual(['saddle']);
	});
	it('brings red flags from a symptom’s regions too, but never from "whole body" alone', () => {
		expect(
			matchSymptoms({ areas: [], findings: ['worse-sitting'] }, input).redFlags.map((f) => f.id),
		).toEqual(['saddle']);
		expect(matchSymptoms({ areas: [], findings: ['burning-pain'] }, input).redFlags).toEqual([]);
	});
	it('shows nothing for nothing chosen', () => {
		expect(matchSymptoms({ areas: [], findings: [] }, input)).toEqual({
			counted: [],
			conditions: [],
			redFlags: [],
		});
	});
});
