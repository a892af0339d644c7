import { QueryClient } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withAppProviders } from "../../testing/app-providers.tsx";
import { type IntlTexts, IntlTextsProvider } from "../../ui/intl-texts.tsx";
import { useLabels } from "./labels.ts";

/** A country, a language, a date and a sorted list, as a page names them. */
function Names() {
  const labels = useLabels();
  const sorted = labels.byLabel([{ label: "Suède" }, { label: "Écosse" }, { label: "Danemark" }]);
  return (
    <p>
      {labels.country("FR")} | {labels.language("nl")} | {labels.date("2026-03-01T12:00:00Z")} |{" "}
      {sorted.map((option) => option.label).join(", ")}
    </p>
  );
}

function html(texts: IntlTexts, lng: "en" | "fr" = "en") {
  return renderToStaticMarkup(
    withAppProviders(
      <IntlTextsProvider value={texts}>
        <Names />
      </IntlTextsProvider>,
      { lng, queryClient: new QueryClient() },
    ),
  );
}

describe("Intl texts", () => {
  it("records what a render computed, by formatter, language and input", () => {
    const texts: IntlTexts = new Map();
    expect(html(texts, "fr")).toContain(
      "France | néerlandais | 1 mars 2026 | Danemark, Écosse, Suède",
    );
    expect(Object.fromEntries(texts)).toEqual({
      "region fr FR": "France",
      "language fr nl": "néerlandais",
      "date fr 2026-03-01T12:00:00Z": "1 mars 2026",
      'order fr ["Suède","Écosse","Danemark"]': [2, 1, 0],
    });
  });

  it("shows the texts it starts from rather than computing them again (the server's, in the browser)", () => {
    const texts: IntlTexts = new Map(
      Object.entries({
        "region en FR": "France (server)",
        "language en nl": "Dutch (server)",
        "date en 2026-03-01T12:00:00Z": "1 March 2026 (server)",
        'order en ["Suède","Écosse","Danemark"]': [1, 0, 2],
      }),
    );
    expect(html(texts)).toContain(
      "France (server) | Dutch (server) | 1 March 2026 (server) | Écosse, Suède, Danemark",
    );
  });
});
