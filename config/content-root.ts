/**
 * Where authored content lives: ./content, or KB_CONTENT_DIR when a test or the benchmark builds
 * other content. Astro's collections, the sidebar and the scripts all ask here.
 */
import { env } from './env.ts';

export const contentRoot: string = env.KB_CONTENT_DIR;
