/**
 * Flesch-Kincaid grade of plain text, for the readability report on patient-facing content.
 * Syllables come from the maintained `syllable` package and the grade from `flesch-kincaid`; this
 * module only splits text into sentences and words and strips markup.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
	grade: number;
	sentences: number;
	words: number;
	syllables: number;
}

/** Markdown/MDX to plain prose: drops components, link targets, emphasis marks and headings. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#+\s.*$/gm, '')
		.replace(/^\s*([-*]|\d+\.)\s+/gm, '')
		.replace(/[*_`|]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Counts and grade; list items and lines without end punctuation each count as a sentence. */
export function readability(text: string): Readability {
	const sentences = text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => /[a-z0-9]/i.test(s));
	const words = sentences.flatMap((s) => s.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? []);
	const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
	if (words.length === 0) return { grade: 0, sentences: 0, words: 0, syllables: 0 };
	return {
		grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
		sentences: sentences.length,
		words: words.length,
		syllables,
	};
}
