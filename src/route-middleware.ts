/**
 * Starlight route middleware: the home page keeps its splash layout but gets the sidebar, because
 * on a phone the sidebar is the menu, and a splash page without one leaves a reader no menu at all.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.data.template === 'splash') route.hasSidebar = true;
});
