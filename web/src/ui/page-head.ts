import type { UiLocale } from "@alliance/core/web";
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import type { Params } from "react-router";
import { ApiError } from "../api/client.ts";

/**
 * What a public page tells search engines and link previews, and how it fills the
 * query cache before the server renders it. A page module exports it as its route
 * `handle`; the server (entry-server.tsx) and the browser (HeadSync) both use it.
 */
export interface PageContext {
  params: Params;
  url: URL;
  queryClient: QueryClient;
  /** The interface language the page is rendered in (content may come translated into it). */
  locale: UiLocale;
}

export interface PageHead {
  /** The page's own title; the site's name is added after it. */
  title: string;
  description: string;
  /** OpenGraph type: an item, course or city is an article; lists are the website. */
  type?: "website" | "article";
  /** An answer other than 200, e.g. 404 when what the address names does not exist. */
  status?: number;
}

export interface PublicPage {
  /** Loads what the page shows first, with the same query options the page uses. */
  prefetch?: (context: PageContext) => Promise<unknown>;
  /** Computed from the page's data in the cache; called again when it changes. */
  head: (context: PageContext & { t: TFunction }) => PageHead;
}

/** Whether a route's `handle` is a public page's. */
export function isPublicPage(handle: unknown): handle is PublicPage {
  return (
    typeof handle === "object" &&
    handle !== null &&
    typeof (handle as { head?: unknown }).head === "function"
  );
}

/** The status of the API's error for this query, if it failed (a head of a missing thing says 404). */
export function queryErrorStatus(queryClient: QueryClient, queryKey: QueryKey): number | null {
  const error = queryClient.getQueryState(queryKey)?.error;
  return error instanceof ApiError ? error.status : null;
}

const DESCRIPTION_MAX = 200;

/** A description of a sensible length, cut at a word and without Markdown's marks. */
export function describe(...texts: (string | null | undefined)[]): string {
  const text = (texts.find((candidate) => candidate?.trim()) ?? "")
    .replace(/[#*_`>[\]]/g, "")
    .replace(/\(https?:[^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** OpenGraph wants a territory; `satisfies` makes a new interface language a type error here. */
const OG_LOCALES = {
  en: "en_GB",
  fr: "fr_FR",
  de: "de_DE",
  nl: "nl_NL",
  da: "da_DK",
  sv: "sv_SE",
} satisfies Record<UiLocale, string>;

/** Every tag of the head that depends on the page. */
export interface HeadTags {
  lang: UiLocale;
  title: string;
  description: string;
  canonical: string;
  ogType: string;
  ogLocale: string;
}

export function headTags(
  head: PageHead,
  site: { siteUrl: string; pathname: string; locale: UiLocale; appName: string },
): HeadTags {
  return {
    lang: site.locale,
    title: head.title === site.appName ? head.title : `${head.title} – ${site.appName}`,
    description: head.description,
    canonical: new URL(site.pathname, site.siteUrl).href,
    ogType: head.type ?? "website",
    ogLocale: OG_LOCALES[site.locale],
  };
}

/** The meta and link elements, as attribute lists (the title is apart). */
function elementsOf(tags: HeadTags) {
  return [
    { tag: "meta", key: "name", name: "description", value: tags.description },
    { tag: "link", key: "rel", name: "canonical", value: tags.canonical },
    { tag: "meta", key: "property", name: "og:title", value: tags.title },
    { tag: "meta", key: "property", name: "og:description", value: tags.description },
    { tag: "meta", key: "property", name: "og:url", value: tags.canonical },
    { tag: "meta", key: "property", name: "og:type", value: tags.ogType },
    { tag: "meta", key: "property", name: "og:locale", value: tags.ogLocale },
  ] as const;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The head's tags as HTML, for the server to put in the page it sends. */
export function headHtml(tags: HeadTags): string {
  const lines = [`<title>${escapeHtml(tags.title)}</title>`];
  for (const element of elementsOf(tags)) {
    const valueAttribute = element.tag === "link" ? "href" : "content";
    lines.push(
      `<${element.tag} ${element.key}="${element.name}" ${valueAttribute}="${escapeHtml(element.value)}" />`,
    );
  }
  return lines.join("\n    ");
}

/** Brings the document's head in line with `tags` (after a navigation or new data). */
export function applyHead(document: Document, tags: HeadTags): void {
  if (document.title !== tags.title) document.title = tags.title;
  for (const element of elementsOf(tags)) {
    const valueAttribute = element.tag === "link" ? "href" : "content";
    let node = document.head.querySelector(`${element.tag}[${element.key}="${element.name}"]`);
    if (!node) {
      node = document.createElement(element.tag);
      node.setAttribute(element.key, element.name);
      document.head.append(node);
    }
    if (node.getAttribute(valueAttribute) !== element.value) {
      node.setAttribute(valueAttribute, element.value);
    }
  }
}
