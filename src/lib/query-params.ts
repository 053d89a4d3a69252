/**
 * Small rules shared by the parsers of the site's query strings (the home programme's `?e=`, and any
 * other list-valued parameter): how a list is written, and how much of a bad value may be echoed.
 */

/**
 * The values of a list parameter: both `e=a,b` (the documented form) and `e=a&e=b` (what a plain
 * HTML form submits), trimmed, empty ones dropped.
 */
export function listParam(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter((value) => value.length > 0);
}

/**
 * A value as it may be echoed back in a notice: only characters that `allowed` matches (one
 * character at a time), anything else as "?", and only 40 of them, so hostile input stays inert.
 */
export function printable(raw: string, allowed: RegExp): string {
	const cleaned = [...raw.slice(0, 40)].map((c) => (allowed.test(c) ? c : '?')).join('');
	return raw.length > 40 ? `${cleaned}…` : cleaned;
}
