import { type QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { type ReactNode, StrictMode, useEffect } from "react";
import { I18nextProvider } from "react-i18next";
import { AuthProvider, useAuth } from "../features/auth/index.ts";
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
  children,
}: {
  i18n: I18n;
  queryClient: QueryClient;
  visitor?: boolean;
  intlTexts?: IntlTexts;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <IntlTextsProvider value={intlTexts}>
          <QueryClientProvider client={queryClient}>
            <AuthProvider visitor={visitor}>
              <MemberRefresh />
              {children}
            </AuthProvider>
          </QueryClientProvider>
        </IntlTextsProvider>
      </I18nextProvider>
    </StrictMode>
  );
}

/**
 * Reads the server's visitor data again once a member turns out to be signed in. Marks
 * the document once the app runs (`<html data-ready>`): a page the server rendered shows
 * before its buttons and forms work, and browser tests wait for the mark.
 */
function MemberRefresh() {
  const { state } = useAuth();
  const queryClient = useQueryClient();
  useEffect(() => {
    document.documentElement.dataset.ready = "";
  }, []);
  useEffect(() => {
    if (state.status === "signed-in") refetchServerQueries(queryClient);
  }, [state.status, queryClient]);
  return null;
}
