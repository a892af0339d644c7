import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { MemoryRouter } from "react-router";
import { withAppProviders } from "./app-providers.tsx";

/**
 * Renders a component to HTML (tests run in Node, without a DOM) inside what the app
 * gives it: translations in `lng`, a query client, and a router at `path`.
 */
export function renderStatic(node: ReactNode, options: RenderOptions = {}): string {
  return renderToStaticMarkup(inApp(node, options));
}

/**
 * The same, once everything lazily loaded has arrived (the Markdown renderer, say),
 * as a reader sees the page a moment later. Suspense leaves no markers behind.
 */
export async function renderSettled(node: ReactNode, options: RenderOptions = {}): Promise<string> {
  const { prelude } = await prerender(inApp(node, options));
  const html = await new Response(prelude).text();
  return html.replace(/<!--\/?\$[!?]?-->|<template[^>]*><\/template>/g, "");
}

export interface RenderOptions {
  lng?: "en" | "fr";
  path?: string;
  queryClient?: QueryClient;
}

/** What the app gives a component: translations in `lng`, a query client, a router at `path`. */
export function inApp(
  node: ReactNode,
  { lng = "en", path = "/", queryClient }: RenderOptions = {},
) {
  return withAppProviders(<MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>, {
    lng,
    queryClient: queryClient ?? new QueryClient(),
  });
}
