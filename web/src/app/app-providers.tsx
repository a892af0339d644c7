import { type QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { type ReactNode, StrictMode, useEffect } from "react";
import { I18nextProvider } from "react-i18next";
import { AuthProvider, useAuth } from "../features/auth/index.ts";
import {
  type HydrationTurns,
  HydrationTurnsProvider,
  useHydrationSettled,
} from "../ui/hydration-slices.tsx";
import { type IntlTexts, IntlTextsProvider } from "../ui/intl-texts.tsx";
import { readSsrState, refetchServerQueries } from "./ssr-state.ts";

let pageTexts: IntlTexts | undefined;
/** The browser's Intl texts: the ones the server rendered this page with, to start. */
function browserIntlTexts(): IntlTexts {
  pageTexts ??= new Map(Object.entries(readSsrState(document)?.intl ?? {}));
  return pageTexts;
}

/**
 * What surrounds the router, the same in the browser (main.tsx) and in the server's
 * render (entry-server.tsx): hydration needs the same tree on both sides. Sign-in
 * state starts as a visitor's (`visitor`) on both, and is read in the browser after
 * hydration; the app's shell (signed-in pages) starts "checking". `intlTexts`: the
 * server's render passes a map of its own, which it then sends with the page; the
 * browser's starts from what the server sent (ui/intl-texts.tsx).
 */
export function AppProviders({
  i18n,
  queryClient,
  visitor = false,
  intlTexts = browserIntlTexts(),
  turns,
  children,
}: {
  i18n: I18n;
  queryClient: QueryClient;
  visitor?: boolean;
  intlTexts?: IntlTexts;
  /** The turns of a hydrating page's slices (main.tsx). */
  turns?: HydrationTurns;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <IntlTextsProvider value={intlTexts}>
          <QueryClientProvider client={queryClient}>
            <AuthProvider visitor={visitor}>
              <HydrationTurnsProvider value={turns}>
                <MemberRefresh />
                {children}
              </HydrationTurnsProvider>
            </AuthProvider>
          </QueryClientProvider>
        </IntlTextsProvider>
      </I18nextProvider>
    </StrictMode>
  );
}

/**
 * Reads the server's visitor data again once a member turns out to be signed in. Marks
 * the document once the app runs, every slice of a server-rendered page hydrated
 * (`<html data-ready>`): such a page shows before its buttons and forms work, and browser
 * tests wait for the mark.
 */
function MemberRefresh() {
  const { state } = useAuth();
  const queryClient = useQueryClient();
  const hydrated = useHydrationSettled();
  useEffect(() => {
    void hydrated.then(() => {
      document.documentElement.dataset.ready = "";
    });
  }, [hydrated]);
  useEffect(() => {
    if (state.status === "signed-in") refetchServerQueries(queryClient);
  }, [state.status, queryClient]);
  return null;
}
