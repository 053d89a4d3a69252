/**
 * `npm run check:links`: checks every local link and #anchor in the built site (KB_OUT_DIR, built
 * for BASE_PATH) and exits 1 listing each broken one. Run it after `npm run build`.
 */
import { env } from '../config/env.ts';
import { brokenLinks } from './lib/links.ts';

const { broken, checked } = brokenLinks(env.KB_OUT_DIR, env.BASE_PATH);
if (broken.length > 0) {
	console.error(`${broken.length} broken link(s) of ${checked} checked in ${env.KB_OUT_DIR}/:`);
	for (const line of broken) console.error(`  ${line}`);
	process.exit(1);
}
console.log(`Link check passed: ${checked} local links in ${env.KB_OUT_DIR}/ resolve.`);
