import type { UiLocale } from "@alliance/core/web";
import type { QueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import type { Params } from "react-router";
import {
  type HeadTags,
  headTags,
  isPublicPage,
  type PageHead,
  type PublicPage,
} from "../ui/page-head.ts";

/** A matched route as the server's handler and the browser's `useMatches` both give it. */
interface Matched {
  params: Params;
  handle?: unknown;
  route?: { handle?: unknown };
}

/** The deepest matched route that is a public page, with its parameters. */
export function publicPageOf(
  matches: readonly Matched[],
): { page: PublicPage; params: Params } | undefined {
  for (const match of [...matches].reverse()) {
    const handle = match.handle ?? match.route?.handle;
    if (isPublicPage(handle)) return { page: handle, params: match.params };
  }
  return undefined;
}

/**
 * The head tags of the page at `url` and the status it answers with; a page that is not
 * public (sign-in, the signed-in pages) gets the site's name and its general description.
 */
export function pageMeta(
  found: { page: PublicPage; params: Params } | undefined,
  context: { url: URL; queryClient: QueryClient; t: TFunction; locale: UiLocale; siteUrl: string },
): { tags: HeadTags; status: number } {
  const { url, queryClient, t, locale, siteUrl } = context;
  const appName = t("app.name");
  const head: PageHead = found
    ? found.page.head({ params: found.params, url, queryClient, t, locale })
    : { title: appName, description: t("home.lead") };
  const tags = headTags(head, { siteUrl, pathname: url.pathname, locale, appName });
  return { tags, status: head.status ?? 200 };
}
