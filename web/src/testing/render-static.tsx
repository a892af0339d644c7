import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { withAppProviders } from "./app-providers.tsx";

/**
 * The HTML a purely presentational component renders, in Node without a DOM, inside
 * what the app gives it: the catalogues in `lng`, a query client (one with data
 * already cached, say) and a router for its links.
 *
 * Only for a component nobody acts on whose markup is itself what the test checks
 * (the sanitised HTML of `ui/markdown`, the certificate verification result, the
 * course statistics). A component a person uses (a form, a button, a list that
 * loads) is tested by behaviour with `renderWithApp` (render-with-app.tsx;
 * decision 0030).
 */
export function renderStatic(
  node: ReactNode,
  {
    lng = "en",
    queryClient = new QueryClient(),
  }: { lng?: "en" | "fr"; queryClient?: QueryClient } = {},
): string {
  return renderToStaticMarkup(
    withAppProviders(<MemoryRouter>{node}</MemoryRouter>, { lng, queryClient }),
  );
}
