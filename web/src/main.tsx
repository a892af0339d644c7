import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { matchRoutes } from "react-router";
import { RouterProvider } from "react-router/dom";
import { setAccessTokenSource } from "./api/client.ts";
import { AppProviders } from "./app/app-providers.tsx";
import { setSiteUrl } from "./app/head-sync.tsx";
import { withPreloadsInTurns } from "./app/preloads-in-turns.ts";
import { createQueryClient } from "./app/query-client.ts";
import { createRouter, routes, routesAt } from "./app/router.tsx";
import { hydrateQueries, readSsrState } from "./app/ssr-state.ts";
import { readWebConfig, WebConfigError } from "./config/web-config.ts";
import { getAccessToken, preloadAuth, setAuthConfig } from "./features/auth/index.ts";
import { changeLocale, startI18n, storedLocale, storeLocale } from "./i18n/index.ts";
import { createHydrationTurns, yieldToBrowser } from "./ui/hydration-slices.tsx";
import { serverMarkdownUntil } from "./ui/markdown.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

/** A deployment built without its settings cannot sign anyone in: say so, in both languages. */
function showConfigError(error: WebConfigError): void {
  console.error(error.message);
  const main = document.createElement("main");
  const lines = {
    en: "This site is not configured correctly; please try again later.",
    fr: "Ce site n’est pas configuré correctement ; veuillez réessayer plus tard.",
  };
  for (const [lang, text] of Object.entries(lines)) {
    const line = main.appendChild(document.createElement("p"));
    line.lang = lang;
    line.textContent = text;
  }
  root?.replaceChildren(main);
}

export async function start(): Promise<void> {
  try {
    setAuthConfig(readWebConfig(import.meta.env));
    setAccessTokenSource(getAccessToken);
  } catch (error) {
    if (error instanceof WebConfigError) return showConfigError(error);
    throw error;
  }
  const rendered = readSsrState(document);
  if (rendered) setSiteUrl(rendered.siteUrl);
  const chosen = storedLocale();
  // A choice made before the server read the cookie: let the next page know it too.
  if (chosen) storeLocale(chosen);
  const queryClient = createQueryClient();
  if (!rendered) {
    // The app's shell (signed-in pages): rendered here, as before.
    // Start the first page's chunk, and Amplify if there may be a session, downloading
    // while the catalogue loads.
    const router = createRouter();
    preloadAuth();
    const i18n = await startI18n();
    createRoot(root as HTMLElement).render(
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    return;
  }
  // A page the server rendered: hydrate it with the same language, data and route
  // modules, so that the first render here is the server's (React Router docs, "Lazy
  // Route Modules" with server rendering). Sign-in state is read after hydration.
  preloadAuth();
  // The loads start one task apart: starting a module's download costs a phone's main
  // thread time of its own, more than a frame for a dozen of them (decision 0117).
  await yieldToBrowser();
  const i18nReady = startI18n(rendered.locale);
  await yieldToBrowser();
  const routesReady = loadFirstRoutes(rendered.route);
  // Not the Markdown renderer: the page's Markdown keeps the server's HTML (decision 0115).
  const [i18n] = await Promise.all([i18nReady, routesReady]);
  // Each step in a task of its own, so that the browser can handle input and draw in
  // between: Preact hydrates in one go (its startTransition runs the callback at once).
  await yieldToBrowser();
  hydrateQueries(queryClient, rendered.queries);
  const router = createRouter(rendered.router);
  await yieldToBrowser();
  // The page's slices (ui/hydration-slices.tsx) then hydrate one per task.
  const turns = createHydrationTurns();
  // Until then, the page's Markdown keeps the server's HTML (decision 0115).
  serverMarkdownUntil(turns.settled);
  startTransition(() => {
    hydrateRoot(
      root as HTMLElement,
      <AppProviders i18n={i18n} queryClient={queryClient} visitor turns={turns}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
  });
  turns.start();
  // Nothing changes the page before every slice has hydrated (ui/hydration-slices.tsx).
  if (chosen && chosen !== rendered.locale) {
    void turns.settled.then(() => changeLocale(chosen));
  }
}

/**
 * Loads the lazy route modules of this address and puts them in the route table: the
 * routes the server's render named (`matched`), else those matching the address.
 */
async function loadFirstRoutes(matched?: string): Promise<void> {
  const found =
    routesAt(matched) ?? (matchRoutes(routes, window.location) ?? []).map(({ route }) => route);
  // Matching, when needed, ranks the whole table; starting the downloads is another task.
  await yieldToBrowser();
  await Promise.all(
    found.map(async (route) => {
      const { lazy } = route;
      if (typeof lazy !== "function") return;
      const module = await withPreloadsInTurns(() => lazy());
      Object.assign(route, { ...module, lazy: undefined });
    }),
  );
}
