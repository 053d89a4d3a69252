/** The search dialog's data (src/lib/search/data.ts), downloaded only when a reader opens search. */
import type { APIRoute } from 'astro';
import { searchData } from '../data/search.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await searchData()), {
		headers: { 'content-type': 'application/json' },
	});
