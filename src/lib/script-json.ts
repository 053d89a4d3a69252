/**
 * JSON that sits inside an HTML <script> element (JSON-LD, the differential helper's model). "<" is
 * escaped as \u003c, which JSON parsers read back unchanged, so no "</script>" in the data can close
 * the element early and no markup in content can leak into the page.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
