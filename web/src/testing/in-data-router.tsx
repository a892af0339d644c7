import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import i18next from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";
import { catalogues } from "./catalogues.ts";

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  lng: "en",
  resources: { en: { translation: catalogues.en } },
  interpolation: { escapeValue: false },
});

/**
 * What the app gives a component that needs a data router (`useBlocker`, as the
 * course editor's leave guard does): English, a query client, a memory router at `path`.
 * Render it once per test: each call makes a router of its own.
 */
export function inDataRouter(
  node: ReactNode,
  {
    path = "/",
    queryClient = new QueryClient(),
  }: { path?: string; queryClient?: QueryClient } = {},
) {
  const router = createMemoryRouter([{ path: "*", element: node }], { initialEntries: [path] });
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
