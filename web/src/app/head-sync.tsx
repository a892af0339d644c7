import type { UiLocale } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useMatches } from "react-router";
import { applyHead } from "../ui/page-head.ts";
import { pageMeta, publicPageOf } from "./page-meta.ts";

let siteUrl = globalThis.location?.origin ?? "http://localhost";

/** The public site's address for canonical URLs, as the server gave it (main.tsx). */
export function setSiteUrl(url: string): void {
  siteUrl = url;
}

/**
 * Keeps the document's head (title, description, canonical URL, OpenGraph) in line with
 * the public page on screen, as the server wrote it for the first one: after each
 * navigation, language change and change of the page's data. Renders nothing, so it
 * cannot disturb hydration. Other pages set their title through Page.
 */
export function HeadSync() {
  const matches = useMatches();
  const { pathname, search } = useLocation();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const found = publicPageOf(matches);
  const page = found?.page;
  const params = found?.params;
  const locale = i18n.language as UiLocale;

  useEffect(() => {
    if (!page || !params) return;
    const update = () => {
      const url = new URL(pathname + search, siteUrl);
      const context = { url, queryClient, t, locale, siteUrl };
      applyHead(document, pageMeta({ page, params }, context).tags);
    };
    update();
    return queryClient.getQueryCache().subscribe(update);
  }, [page, params, pathname, search, t, locale, queryClient]);
  return null;
}
