/**
 * A QR code as a small inline SVG, from the maintained `uqr` encoder. Used at build time for each
 * exercise page's printed sheet and in the browser for home-programme handouts, so both look alike.
 * Always black on white, whatever the theme: scanners need the contrast.
 */
import { encode } from 'uqr';

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function qrSvg(text: string, label: string, sizePx = 120): string {
	// Four modules of quiet zone, as the QR specification asks; medium error correction survives print smudges.
	const { data } = encode(text, { ecc: 'M', border: 4 });
	const n = data.length;
	let d = '';
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		});
	});
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${sizePx}" height="${sizePx}" role="img" aria-label="${escapeXml(label)}" class="kb-qr" shape-rendering="crispEdges">` +
		`<rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
	);
}
