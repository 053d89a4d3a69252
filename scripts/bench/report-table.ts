/** Prints the results as one aligned table: figure, median measured, budget, pass/FAIL. */

export type Verdict = 'pass' | 'FAIL' | 'report';

export interface Row {
	figure: string;
	measured: string;
	budget: string;
	verdict: Verdict;
	/** Optional detail printed under the row (which page, what lost points…). */
	note?: string;
}

/** 'pass' when within budget, 'FAIL' otherwise. */
export const check = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');

export function formatTable(rows: readonly Row[]): string {
	const header = { figure: 'figure', measured: 'median', budget: 'budget', verdict: 'result' };
	const width = (key: keyof typeof header) =>
		Math.max(header[key].length, ...rows.map((r) => r[key].length));
	const w = {
		figure: width('figure'),
		measured: width('measured'),
		budget: width('budget'),
		verdict: width('verdict'),
	};
	const line = (r: typeof header) =>
		`| ${r.figure.padEnd(w.figure)} | ${r.measured.padStart(w.measured)} | ${r.budget.padEnd(w.budget)} | ${r.verdict.padEnd(w.verdict)} |`;
	const rule = `|${'-'.repeat(w.figure + 2)}|${'-'.repeat(w.measured + 2)}|${'-'.repeat(w.budget + 2)}|${'-'.repeat(w.verdict + 2)}|`;
	const out = [line(header), rule];
	for (const row of rows) {
		out.push(line(row));
		if (row.note) out.push(`|   ↳ ${row.note}`);
	}
	return out.join('\n');
}
