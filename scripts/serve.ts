/** `npm run serve`: serves the built site (KB_OUT_DIR) on PORT under BASE_PATH, with its _headers, until Ctrl+C. */
import { env } from '../config/env.ts';
import { serve } from './lib/serve.ts';

await serve({ root: env.KB_OUT_DIR, port: env.PORT, base: env.BASE_PATH, withHeaders: true });
console.log(
	`Serving ${env.KB_OUT_DIR}/ at http://localhost:${env.PORT}${env.BASE_PATH} (Ctrl+C to stop)`,
);
