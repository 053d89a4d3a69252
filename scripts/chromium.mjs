// The system Chromium and the flags it needs here, shared by the browser tests and the benchmark.
// npm cannot download browsers in this environment; Debian's `chromium` package provides one, and
// without the background-networking flags it keeps trying (and failing) to reach Google's hosts.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
