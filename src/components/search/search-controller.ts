/**
 * The search dialog's behaviour, imported by <kb-search> only when a reader reaches for search: it
 * loads Pagefind and the search data (src/lib/search/data.ts), runs each query through
 * src/lib/search/run.ts and draws the red-flag advice, the status line and the results. Text from the
 * query, the data and the index reaches the page only through textContent (Pagefind's excerpt is
 * parsed inertly and only its <mark>s are kept).
 */
import { pageKinds } from '../../lib/page-kinds.ts';
import type { SearchData } from '../../lib/search/data.ts';
import type { Hit } from '../../lib/search/rank.ts';
import { runSearch, type SearchEngine, type SearchOutcome } from '../../lib/search/run.ts';

export interface SearchParts {
	input: HTMLInputElement;
	filters: HTMLDetailsElement;
	urgent: HTMLElement;
	status: HTMLElement;
	results: HTMLElement;
	more: HTMLButtonElement;
}

/** What Pagefind's JavaScript API returns (pagefind.js has no types). */
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		o?: { filters?: Record<string, unknown> },
	): Promise<{ results: PagefindResult[] } | null>;
}

/** Results drawn at a time: a phone screen's worth, then "More results". */
const pageSize = 6;
/** Typing pause before a search starts. */
const typingPauseMs = 150;

export class SearchController {
	#host: HTMLElement;
	#parts: SearchParts;
	#ready: Promise<{ pagefind: Pagefind; data: SearchData }>;
	#results = new Map<string, PagefindResult>();
	#answers = new Map<string, Promise<Hit[]>>();
	#abort = new AbortController();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#shown: { outcome: SearchOutcome; ids: string[]; drawn: number } | undefined;

	constructor(host: HTMLElement, parts: SearchParts, urls: { bundle: string; data: string }) {
		this.#host = host;
		this.#parts = parts;
		this.#ready = Promise.all([
			import(/* @vite-ignore */ `${urls.bundle}pagefind.js`).then(async (pagefind: Pagefind) => {
				await pagefind.options({ baseUrl: urls.bundle.replace(/pagefind\/$/, '') });
				await pagefind.init();
				return pagefind;
			}),
			fetch(urls.data).then((r) => r.json() as Promise<SearchData>),
		]).then(([pagefind, data]) => ({ pagefind, data }));
		// Tells tests and the benchmark that Pagefind and the data have arrived.
		void this.#ready.then(() => (host.dataset.loaded = ''));
		const signal = this.#abort.signal;
		parts.input.addEventListener('input', () => this.#schedule(), { signal });
		parts.filters.addEventListener('change', () => this.#schedule(0), { signal });
		parts.more.addEventListener('click', () => void this.#drawMore(), { signal });
		parts.status.addEventListener(
			'click',
			(e) => {
				const fix = (e.target as Element).closest<HTMLElement>('[data-fix]');
				if (!fix) return;
				parts.input.value = fix.dataset.fix ?? '';
				this.#schedule(0);
			},
			{ signal },
		);
		// A query typed before the search loaded is answered as soon as it has.
		if (parts.input.value.trim()) this.#schedule(0);
	}

	dispose(): void {
		this.#abort.abort();
		clearTimeout(this.#timer);
	}

	#schedule(delay = typingPauseMs): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#search(), delay);
	}

	#kinds(): string[] {
		return [
			...this.#parts.filters.querySelectorAll<HTMLInputElement>('input[name=kind]:checked'),
		].map((i) => i.value);
	}

	/**
	 * Pagefind as src/lib/search needs it, with the reader's kind filter. Answers are kept for the
	 * dialog's life: typing "pain in my b…" repeats most terms of the previous query, and the page
	 * ids of lay words' pages never change.
	 */
	#engine(pagefind: Pagefind, kinds: readonly string[]): SearchEngine {
		const keep = (found: { results: PagefindResult[] } | null): Hit[] =>
			(found?.results ?? []).map((r) => {
				this.#results.set(r.id, r);
				return { id: r.id, score: r.score };
			});
		const filters = kinds.length > 0 ? { kind: { any: kinds } } : {};
		const cached = (key: string, run: () => Promise<Hit[]>) => {
			let hits = this.#answers.get(key);
			if (!hits) this.#answers.set(key, (hits = run()));
			return hits;
		};
		/** The ids of the pages a filter alone selects (no words), on top of the reader's kind filter. */
		const filtered = async (key: string, extra: Record<string, string>) =>
			(
				await cached(`${kinds.join()}|${key}`, async () =>
					keep(await pagefind.search(null, { filters: { ...filters, ...extra } })),
				)
			).map((h) => h.id);
		return {
			search: (term) =>
				cached(`${kinds.join()}|${term}`, async () =>
					keep(await pagefind.search(term, { filters })),
				),
			pagesAt: (path) => filtered(`page:${path}`, { page: path }),
			// One filter search for every case page: ids only, no page data is loaded.
			secondaryPages: () => filtered('secondary', { kind: pageKinds.case }),
		};
	}

	async #search(): Promise<void> {
		const run = ++this.#run;
		const query = this.#parts.input.value.trim();
		const { urgent, status, results, more } = this.#parts;
		if (!query) {
			urgent.hidden = true;
			urgent.replaceChildren();
			status.textContent = '';
			results.replaceChildren();
			more.hidden = true;
			this.#host.dataset.searched = '';
			return;
		}
		let outcome: SearchOutcome;
		try {
			const { pagefind, data } = await this.#ready;
			outcome = await runSearch(query, data, this.#engine(pagefind, this.#kinds()));
		} catch (error) {
			if (run !== this.#run) return;
			status.textContent = 'Search could not load. Check your connection and try again.';
			throw error;
		}
		if (run !== this.#run) return;
		this.#drawUrgent(outcome);
		this.#shown = { outcome, ids: outcome.ranked.map((r) => r.id), drawn: 0 };
		results.replaceChildren();
		this.#drawStatus(outcome);
		await this.#drawMore();
		if (run === this.#run) this.#host.dataset.searched = query;
	}

	#drawUrgent({ redFlags }: SearchOutcome): void {
		const { urgent } = this.#parts;
		urgent.replaceChildren(
			...redFlags.map((flag) => {
				const box = document.createElement('div');
				const title = document.createElement('strong');
				title.textContent = `Urgent: ${flag.label}`;
				const action = document.createElement('p');
				action.textContent = `${flag.action} `;
				const link = document.createElement('a');
				link.href = flag.href;
				link.textContent = 'What this sign means';
				action.append(link);
				box.append(title, action);
				return box;
			}),
		);
		urgent.hidden = redFlags.length === 0;
	}

	#drawStatus(outcome: SearchOutcome): void {
		const { status } = this.#parts;
		const count = outcome.ranked.length;
		const parts: Array<string | Node> = [];
		if (count === 0) parts.push('No pages found. Try other words, or fewer of them.');
		else if (outcome.allWordsCount === 0 && outcome.parts.length > 1)
			parts.push(
				`No page holds every word; ${count} pages hold some, those with the most words first.`,
			);
		else parts.push(`${count} ${count === 1 ? 'page' : 'pages'} found.`);
		if (outcome.correctedQuery) {
			const fix = document.createElement('button');
			fix.type = 'button';
			fix.dataset.fix = outcome.correctedQuery;
			fix.textContent = outcome.correctedQuery;
			parts.push(' Showing results for ', fix, ' as well.');
		}
		status.replaceChildren(...parts);
	}

	async #drawMore(): Promise<void> {
		const shown = this.#shown;
		if (!shown) return;
		const run = this.#run;
		const kinds = this.#kinds();
		const next = shown.ids.slice(shown.drawn, shown.drawn + pageSize);
		shown.drawn += next.length;
		const pages = await Promise.all(next.map((id) => this.#results.get(id)!.data()));
		if (run !== this.#run) return;
		const items = pages
			.filter((p) => kinds.length === 0 || kinds.includes(p.meta.kind ?? ''))
			.map((p) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = p.url;
				const kind = document.createElement('span');
				kind.className = 'kb-search-kind';
				kind.textContent = p.meta.kind ?? 'Page';
				link.append(kind, p.meta.title ?? p.url);
				const excerpt = document.createElement('p');
				// A condition's plain summary says more to a patient than an excerpt of clinical text.
				if (p.meta.kind === 'Condition' && p.meta.summary) excerpt.textContent = p.meta.summary;
				else excerpt.append(...markedText(p.excerpt));
				item.append(link, excerpt);
				return item;
			});
		this.#parts.results.append(...items);
		this.#parts.more.hidden = shown.drawn >= shown.ids.length;
	}
}

/** Pagefind's excerpt (escaped text with <mark>s) as text nodes and <mark> elements only. */
function markedText(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}
