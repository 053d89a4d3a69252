// Where authored content lives. Tests point KB_CONTENT_DIR at a fixture to prove that a content
// mistake stops the build; everyone else uses ./content.
import { resolve } from 'node:path';

export const contentRoot = process.env.KB_CONTENT_DIR ? resolve(process.env.KB_CONTENT_DIR) : './content';
