/** The most recent of a set of review dates: an index page is as fresh as its freshest entry. */
export function latest(dates: readonly Date[]): Date {
	if (dates.length === 0) throw new Error('latest() needs at least one date');
	return new Date(Math.max(...dates.map((d) => d.getTime())));
}
