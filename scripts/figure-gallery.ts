/**
 * Draws every figure on one page to look at them together: the exercises' figures and the clinical
 * tests' pictures in content.
 *
 *   node scripts/figure-gallery.ts                 writes $TMPDIR/kb-figure-gallery/index.html
 *   node scripts/figure-gallery.ts --png [name…]   also screenshots each set at 390 and 1280 px,
 *                                                  light and dark (system Chromium), into the same folder
 *
 * Each set also lists any constraint its pose breaks. The markup mirrors ExerciseFigures.astro, whose
 * <style is:global> block is reused as is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkScene } from '../src/lib/figure/constraints.ts';
import { renderFigures } from '../src/lib/figure/svg.ts';
import type { FigureSet } from '../src/schemas/figure.ts';
import { exerciseFigures, testFigures } from '../tests/unit/figure-content.ts';

const outDir = join(tmpdir(), 'kb-figure-gallery');
mkdirSync(outDir, { recursive: true });
const root = new URL('..', import.meta.url).pathname;
const css = /<style is:global>([\s\S]*?)<\/style>/.exec(
	readFileSync(join(root, 'src/components/entities/ExerciseFigures.astro'), 'utf8'),
)![1];

const sets: [string, FigureSet][] = [
	...exerciseFigures(),
	...testFigures().map(([id, f]): [string, FigureSet] => [`test-${id}`, f]),
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const section = ([id, f]: [string, FigureSet]) => {
	const r = renderFigures(f, { id, labelledBy: { start: `${id}-s`, end: `${id}-e` } });
	const problems = checkScene(r.scene).map((v) => `${v.figure}: ${v.constraint} (${v.detail})`);
	const shape = r.aspect >= 1.2 ? 'wide' : 'tall';
	const bytes = [r.start, r.end, r.animation ?? ''].map((s) => s.length);
	return `<section id="${id}"><h2>${id}</h2>
<div class="kb-figures kb-figures--${shape}" data-figures>
${r.animation ? `<details class="kb-figures__moving" open><summary>Moving picture</summary>${r.animation}</details>` : ''}
<div class="kb-figures__stills"><figure>${r.start}<figcaption id="${id}-s"><strong>${esc(f.start.label ?? 'Start')}:</strong> ${esc(f.start.alt)}</figcaption></figure>
<figure>${r.end}<figcaption id="${id}-e"><strong>${esc(f.end.label ?? 'End')}:</strong> ${esc(f.end.alt)}</figcaption></figure></div>
<p class="kb-figures__key">${r.hasFar ? '<span class="kb-sw kb-sw--n"></span> nearer you <span class="kb-sw kb-sw--r"></span> further away' : ''}${r.hasArrow ? ' <span class="kb-sw-arrow"></span> the movement' : ''}</p></div>
<p class="meta">${bytes.join(' + ')} bytes${problems.length ? `<br><b>Problems:</b> ${problems.map(esc).join('<br>')}` : ''}</p></section>`;
};

const page = (
	list: [string, FigureSet][],
) => `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Figure gallery</title><style>
:root{--sl-color-bg:#fff;--sl-color-white:#17181c;--sl-color-gray-3:#545861;--sl-color-accent:hsl(234,90%,60%);color:#17181c;background:var(--sl-color-bg);font:16px/1.5 system-ui,sans-serif}
:root[data-theme=dark]{--sl-color-bg:#17181c;--sl-color-white:#fff;--sl-color-gray-3:#aab;--sl-color-accent:hsl(224,100%,60%);color:#dde}
body{max-width:45rem;margin:0 auto;padding:1rem}section{margin-bottom:3rem}.meta{font-size:.8rem;color:var(--sl-color-gray-3)}
${css}</style></head><body>${list.map(section).join('\n')}</body></html>`;

writeFileSync(join(outDir, 'index.html'), page(sets));
console.log(`Wrote ${join(outDir, 'index.html')} (${sets.length} figure sets).`);

if (process.argv.includes('--png')) {
	const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const { launch } = await import('./lib/chromium.ts');
	const browser = await launch();
	for (const [id, f] of sets.filter(
		([id]) => only.length === 0 || only.some((o) => id.includes(o)),
	)) {
		writeFileSync(join(outDir, `${id}.html`), page([[id, f]]));
		for (const [w, h] of [
			[390, 844],
			[1280, 900],
		] as const) {
			for (const theme of ['light', 'dark']) {
				const p = await browser.newPage({ viewport: { width: w, height: h } });
				await p.goto(`file://${join(outDir, `${id}.html`)}`);
				await p.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
				await p.screenshot({ path: join(outDir, `${id}-${w}-${theme}.png`), fullPage: true });
				await p.close();
			}
		}
	}
	await browser.close();
	console.log(`Screenshots in ${outDir}`);
}
