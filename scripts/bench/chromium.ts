/** The system Chromium through playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './config.ts';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}
