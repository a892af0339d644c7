import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { i18n } from "./test-i18n.ts";

/**
 * `node` inside what the app gives every component above its router: the whole
 * catalogues, switched to `lng`, and a query client. The test helpers put their
 * router in `node`.
 */
export function withAppProviders(
  node: ReactNode,
  { lng, queryClient }: { lng: "en" | "fr"; queryClient: QueryClient },
) {
  void i18n.changeLanguage(lng);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
    </I18nextProvider>
  );
}
