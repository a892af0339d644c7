// @vitest-environment happy-dom
import { onlineManager, useQuery } from "@tanstack/react-query";
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { api, readJson } from "../api/client.ts";
import { deferred, json, problem, renderWithApp, stubApi } from "../testing/render-with-app.tsx";
import { QueryFallback } from "./status.tsx";

/** A page that shows how many courses there are once the catalogue has come. */
function Catalogue() {
  const catalogue = useQuery({
    queryKey: ["catalogue"],
    queryFn: async ({ signal }) =>
      readJson(await api.api.courses.$get({ query: {} }, { init: { signal } })),
  });
  return catalogue.data ? (
    <p>{catalogue.data.total} courses</p>
  ) : (
    <QueryFallback query={catalogue} label="Loading the courses…" />
  );
}

const page = { items: [], cursor: null, total: 7, facets: { theme: {}, language: {}, level: {} } };

afterEach(() => onlineManager.setOnline(true));

describe("QueryFallback", () => {
  it("says what is loading while the request is under way", async () => {
    const answer = deferred<Response>();
    stubApi(() => answer.promise);
    renderWithApp(<Catalogue />);
    expect(screen.getByRole("status").textContent).toBe("Loading the courses…");
    answer.resolve(json(page));
    expect(await screen.findByText("7 courses")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says the device is offline rather than spin, and loads when it is back", async () => {
    onlineManager.setOnline(false);
    const calls = stubApi(() => json(page));
    renderWithApp(<Catalogue />);
    expect(screen.getByRole("status").textContent).toContain("You seem to be offline.");
    expect(calls).toHaveLength(0);
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText("7 courses")).toBeTruthy();
  });

  it("says why it failed, and Try again asks once more", async () => {
    const calls = stubApi(() => (calls.length === 1 ? problem(500, "internal") : json(page)));
    const { user } = renderWithApp(<Catalogue />);
    expect((await screen.findByRole("alert")).textContent).toContain("Something went wrong");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("7 courses")).toBeTruthy();
    expect(calls).toHaveLength(2);
  });
});
