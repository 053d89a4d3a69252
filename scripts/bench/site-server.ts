/**
 * Serves a built site with the project's own server (scripts/lib/serve.ts) on 127.0.0.1 and counts
 * the bytes it sends per path. Counting at the server catches every request, including those from
 * Pagefind's web worker, which page-level request events in the browser can miss.
 */
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../lib/serve.ts';

export interface Served {
	path: string;
	bytes: number;
}

export interface SiteServer {
	origin: string;
	/** Requests answered since the last `reset()`, in the order they finished. */
	served: () => Served[];
	reset: () => void;
	close: () => Promise<void>;
}

/** Wraps write/end so the body bytes of one response are added up as they go out. */
function countBody(res: ServerResponse, onDone: (bytes: number) => void): void {
	let bytes = 0;
	const add = (chunk: unknown) => {
		if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
		else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
	};
	const write = res.write.bind(res) as (...args: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
	res.write = ((chunk: unknown, ...rest: unknown[]) => {
		add(chunk);
		return write(chunk, ...rest);
	}) as ServerResponse['write'];
	res.end = ((chunk?: unknown, ...rest: unknown[]) => {
		if (typeof chunk !== 'function') add(chunk);
		return end(chunk, ...rest);
	}) as ServerResponse['end'];
	res.on('finish', () => onDone(bytes));
}

export async function startSiteServer(root: string): Promise<SiteServer> {
	// withHeaders: the Content Security Policy and other headers a real host would send.
	const server: Server = await serve({ root, port: 0, host: '127.0.0.1', withHeaders: true });
	let served: Served[] = [];
	server.prependListener('request', (req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		countBody(res, (bytes) => served.push({ path, bytes }));
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		served: () => [...served],
		reset: () => {
			served = [];
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
