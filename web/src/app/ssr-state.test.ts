import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { dehydrateQueries, hydrateQueries, ssrStateHtml } from "./ssr-state.ts";

const problem = {
  type: "about:blank",
  title: "Not found",
  status: 404,
  detail: "No such item.",
  code: "not-found",
  instance: "/api/exchange/items/x",
};

describe("the server's query state", () => {
  it("travels as JSON that no text can close, answers and API errors alike", async () => {
    const server = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await server.prefetchQuery({
      queryKey: ["item", "a"],
      queryFn: () => ({ title: "</script>" }),
    });
    await server.prefetchQuery({
      queryKey: ["item", "b"],
      queryFn: () => Promise.reject(new ApiError(problem)),
    });
    await server.prefetchQuery({
      queryKey: ["item", "c"],
      queryFn: () => Promise.reject(new Error("lost connection")),
    });
    const html = ssrStateHtml({
      locale: "en",
      siteUrl: "https://a.eu",
      queries: dehydrateQueries(server),
      router: { loaderData: {} },
    });
    expect(html.match(/<\/script>/g)).toHaveLength(1);

    const json = html.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, "");
    const browser = new QueryClient();
    hydrateQueries(browser, JSON.parse(json).queries);
    expect(browser.getQueryData(["item", "a"])).toEqual({ title: "</script>" });
    const error = browser.getQueryState(["item", "b"])?.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    // Not an API answer: the browser asks again rather than show the server's failure.
    expect(browser.getQueryState(["item", "c"])).toBeUndefined();
    expect(browser.getQueryDefaults(["item", "b"]).retryOnMount).toBe(false);
  });
});
