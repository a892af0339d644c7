import { QueryClient } from "@tanstack/react-query";
import { expect, it, describe as suite } from "vitest";
import { ApiError } from "../api/client.ts";
import { describe, headHtml, headTags, queryErrorStatus } from "./page-head.ts";

const site = {
  siteUrl: "https://alliance.example.eu",
  pathname: "/exchange/items/xch_1",
  locale: "fr" as const,
  appName: "Alliance",
};

suite("describe", () => {
  it("takes the first text given, without Markdown marks or extra spaces", () => {
    expect(describe("", "  ", "**One** front  door\n\nfor [worries](https://a.example)")).toBe(
      "One front door for worries",
    );
    expect(describe(undefined, null)).toBe("");
  });

  it("cuts a long text at a word, with an ellipsis", () => {
    const text = `${"word ".repeat(60)}end`;
    const cut = describe(text);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/word…$/);
  });
});

suite("headTags", () => {
  it("adds the site's name, makes the canonical URL absolute and gives OpenGraph's locale", () => {
    const tags = headTags({ title: "Front door", description: "d", type: "article" }, site);
    expect(tags).toEqual({
      lang: "fr",
      title: "Front door – Alliance",
      description: "d",
      canonical: "https://alliance.example.eu/exchange/items/xch_1",
      ogType: "article",
      ogLocale: "fr_FR",
    });
    expect(headTags({ title: "Alliance", description: "" }, site).title).toBe("Alliance");
  });

  it("writes every tag once, its text escaped", () => {
    const html = headHtml(headTags({ title: `<script>"a" & 'b'`, description: "x" }, site));
    expect(html).toContain(
      "<title>&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; – Alliance</title>",
    );
    expect(html).not.toContain("<script>");
    for (const tag of [
      '<meta name="description" content="x" />',
      '<link rel="canonical" href="https://alliance.example.eu/exchange/items/xch_1" />',
      '<meta property="og:type" content="website" />',
      '<meta property="og:locale" content="fr_FR" />',
      '<meta property="og:url" content="https://alliance.example.eu/exchange/items/xch_1" />',
    ]) {
      expect(html).toContain(tag);
    }
    expect(html.match(/og:title/g)).toHaveLength(1);
  });
});

suite("queryErrorStatus", () => {
  it("gives the status of the API's error for a query, and null otherwise", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const problem = {
      type: "about:blank",
      title: "Not found",
      status: 404,
      detail: "No such item.",
      code: "not-found",
      instance: "/api/exchange/items/x",
    };
    await queryClient.prefetchQuery({
      queryKey: ["missing"],
      queryFn: () => Promise.reject(new ApiError(problem)),
    });
    await queryClient.prefetchQuery({ queryKey: ["there"], queryFn: () => "yes" });
    expect(queryErrorStatus(queryClient, ["missing"])).toBe(404);
    expect(queryErrorStatus(queryClient, ["there"])).toBeNull();
    expect(queryErrorStatus(queryClient, ["never"])).toBeNull();
  });
});
