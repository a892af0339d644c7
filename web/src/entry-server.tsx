import type { QueryClient } from "@tanstack/react-query";
import { renderToStringAsync } from "preact-render-to-string";
import {
  createStaticHandler,
  createStaticRouter,
  matchRoutes,
  type RouteObject,
  StaticRouterProvider,
} from "react-router";
import { ApiError, setAccessTokenSource, setApiOrigin } from "./api/client.ts";
import { AppProviders } from "./app/app-providers.tsx";
import { pageMeta, publicPageOf } from "./app/page-meta.ts";
import { createQueryClient } from "./app/query-client.ts";
import { routes, SIGNED_IN_ROUTE_ID } from "./app/router.tsx";
import { dehydrateQueries, ssrStateHtml } from "./app/ssr-state.ts";
import { i18nFor } from "./i18n/index.ts";
import { requestLocale } from "./i18n/request-locale.ts";
import { serverTurns } from "./ui/hydration-slices.tsx";
import type { IntlTexts } from "./ui/intl-texts.tsx";
import { preloadMarkdown } from "./ui/markdown.tsx";
import { escapeHtml, headHtml } from "./ui/page-head.ts";

/**
 * The server's side of the web app: renders a public page to HTML with its data, its
 * head tags and what the browser needs to hydrate it (main.tsx). Signed-in pages get
 * the app's shell and render in the browser. Framework-free: a Request in, a Response
 * out, run by the dev server under Vite and by the render function in the cloud.
 */
export interface RenderOptions {
  /** index.html as Vite made it (transformed in dev, built in production). */
  template: string;
  /** The public site's address, for canonical URLs (PUBLIC_SITE_URL). */
  siteUrl: string;
  /** Where the server reads the API over HTTP. */
  apiOrigin: string;
}

const handler = createStaticHandler(routes);
const HTML = { "content-type": "text/html; charset=utf-8" };
// Shared caches (CloudFront) keep a copy per language; browsers check again each time.
const VARY = { vary: "Cookie, Accept-Language" };

/** The paths of the signed-in pages, as robots.txt patterns (`:param` matches anything). */
function signedInPaths(): string[] {
  const paths: string[] = [];
  const visit = (route: RouteObject, inside: boolean) => {
    const signedIn = inside || route.id === SIGNED_IN_ROUTE_ID;
    if (signedIn && route.path) paths.push(`/${route.path.replace(/:[^/]+/g, "*")}`);
    for (const child of route.children ?? []) visit(child, signedIn);
  };
  for (const route of routes) visit(route, false);
  return [...new Set(paths)].sort();
}

/**
 * Crawlers may read every public page; the signed-in pages (from the route table, so a
 * new one is covered) and the API are not for them. The sitemap lists the public pages.
 */
export function robotsTxt(siteUrl: string): string {
  const disallow = ["/api/", ...signedInPaths()].map((path) => `Disallow: ${path}`);
  const sitemap = new URL("/sitemap.xml", siteUrl).href;
  return ["User-agent: *", "Allow: /", ...disallow, "", `Sitemap: ${sitemap}`, ""].join("\n");
}

/** Whether a read failed other than with a refusal (4xx): the API is down or slow. */
function failed(queryClient: QueryClient): boolean {
  return queryClient
    .getQueryCache()
    .getAll()
    .some(({ state }) => {
      if (state.status !== "error") return false;
      return !(state.error instanceof ApiError) || state.error.status >= 500;
    });
}

/** The app's shell: index.html as it is, rendered in the browser like before. */
function shell(template: string): Response {
  return new Response(template, { headers: { ...HTML, "cache-control": "no-cache" } });
}

export async function render(request: Request, options: RenderOptions): Promise<Response> {
  const url = new URL(request.url);
  const signedIn = matchRoutes(routes, url.pathname)?.some(
    (match) => match.route.id === SIGNED_IN_ROUTE_ID,
  );
  if (signedIn) return shell(options.template);

  setApiOrigin(options.apiOrigin);
  // The server renders what a visitor sees: it never sends anyone's token.
  setAccessTokenSource(async () => undefined);
  const context = await handler.query(request);
  if (context instanceof Response) return context;
  // Only public pages are rendered here; the sign-in forms work once the app runs.
  const found = publicPageOf(context.matches);
  if (!found) return shell(options.template);

  const locale = requestLocale(request.headers);
  const i18n = await i18nFor(locale);
  const queryClient = createQueryClient();
  // A failed request shows the page's own error state (a missing item says so), at once.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false, retryOnMount: false },
  });
  await found.page.prefetch?.({ params: found.params, url, queryClient, locale });

  const router = createStaticRouter(handler.dataRoutes, context);
  // The renderer in place, the text renders without suspending (once per process).
  await preloadMarkdown();
  // Rendered whole, lazy parts included (the SCORM player; the Markdown renderer if its
  // preload failed), in place between the markers Preact's hydration reads: not left to
  // the browser with a layout shift, nor written after the page with an inline script,
  // as Preact's streaming renderer would, which the site's CSP forbids (decision 0107).
  // The Intl texts of this render go with the page: hydration then builds no formatter.
  // The page's hydration slices too, between markers, so that each hydrates on its own.
  const intlTexts: IntlTexts = new Map();
  const app = await renderToStringAsync(
    <AppProviders
      i18n={i18n}
      queryClient={queryClient}
      visitor
      intlTexts={intlTexts}
      turns={serverTurns()}
    >
      {/* Not React Router's inline script: the site's CSP allows no inline scripts. */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );

  const meta = pageMeta(found, {
    url,
    queryClient,
    t: i18n.t,
    locale,
    siteUrl: options.siteUrl,
  });
  const state = ssrStateHtml({
    locale,
    siteUrl: options.siteUrl,
    queries: dehydrateQueries(queryClient),
    router: { loaderData: context.loaderData, actionData: context.actionData },
    intl: Object.fromEntries(intlTexts),
    route: context.matches.at(-1)?.route.id,
  });
  const html = options.template
    .replace(
      /<html lang="[^"]*"/,
      () => `<html lang="${escapeHtml(locale)}" dir="${i18n.dir(locale)}"`,
    )
    .replace(/<title>[^<]*<\/title>/, () => headHtml(meta.tags))
    .replace(/\s*<meta name="description"[^>]*>/, "")
    // Replaced by a function: a `$` in the page's text must stay a `$`.
    .replace(/<div id="root">[\s\S]*?<\/div>\s*<noscript>[\s\S]*?<\/noscript>/, () => {
      return `<div id="root">${app}</div>\n    ${state}`;
    });
  const status = context.statusCode !== 200 ? context.statusCode : meta.status;
  return new Response(html, {
    status,
    headers: {
      ...HTML,
      ...VARY,
      // A page rendered while the API failed is not kept: the next visitor gets a fresh one.
      "cache-control": failed(queryClient) ? "no-store" : "public, max-age=0, s-maxage=60",
    },
  });
}
