import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import i18next from "i18next";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import accountEn from "../i18n/account.en.json" with { type: "json" };
import accountFr from "../i18n/account.fr.json" with { type: "json" };
import authoringEn from "../i18n/authoring.en.json" with { type: "json" };
import authoringFr from "../i18n/authoring.fr.json" with { type: "json" };
import coursesEn from "../i18n/courses.en.json" with { type: "json" };
import coursesFr from "../i18n/courses.fr.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };
import learningEn from "../i18n/learning.en.json" with { type: "json" };
import learningFr from "../i18n/learning.fr.json" with { type: "json" };
import statisticsEn from "../i18n/statistics.en.json" with { type: "json" };
import statisticsFr from "../i18n/statistics.fr.json" with { type: "json" };

/** The app's whole catalogues, as the browser merges them. */
const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  lng: "en",
  resources: {
    en: {
      translation: {
        ...en,
        ...coursesEn,
        ...authoringEn,
        ...learningEn,
        ...statisticsEn,
        ...accountEn,
      },
    },
    fr: {
      translation: {
        ...fr,
        ...coursesFr,
        ...authoringFr,
        ...learningFr,
        ...statisticsFr,
        ...accountFr,
      },
    },
  },
  interpolation: { escapeValue: false },
});

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

interface RenderOptions {
  lng?: "en" | "fr";
  path?: string;
  queryClient?: QueryClient;
}

function inApp(node: ReactNode, { lng = "en", path = "/", queryClient }: RenderOptions) {
  void i18n.changeLanguage(lng);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient ?? new QueryClient()}>
        <MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
