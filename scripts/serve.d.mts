import type { Server } from 'node:http';

export interface ServeOptions {
	root?: string;
	port?: number;
	host?: string;
	base?: string;
	withHeaders?: boolean;
}
export function serve(options?: ServeOptions): Promise<Server>;
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }>;
