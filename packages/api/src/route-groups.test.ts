import { createCore } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { withAllRoutes } from "./app-routes.ts";
import { createBaseApp } from "./base-app.ts";
import { groupOf, loadGroup, ROUTE_GROUPS } from "./route-groups.ts";
import { fakeVerifier } from "./test-app.ts";

/** An app's routes (not its middleware) as `METHOD /path`, in Hono's matching order. */
const routesOf = (app: { routes: readonly { method: string; path: string }[] }) =>
  app.routes
    .filter(({ method }) => method !== "ALL")
    .map(({ method, path }) => `${method} ${path}`);

const groupOfRoute = (route: string) => groupOf((route.split(" ")[1] ?? "").slice("/api".length));

describe("the route groups (decision 0109)", () => {
  const core = createCore({ config: { tableName: "unused", region: "eu-west-1" } });
  const whole = routesOf(withAllRoutes(createBaseApp({ core, verifier: fakeVerifier })));

  it("hold every route of the app", () => {
    const groups = new Set(whole.map(groupOfRoute));
    expect([...groups].filter((group) => !Object.hasOwn(ROUTE_GROUPS, group))).toEqual([]);
    expect(whole.length).toBeGreaterThan(100);
  });

  it("give each request the app's routes of its group, in the app's order", async () => {
    for (const [group, names] of Object.entries(ROUTE_GROUPS)) {
      const loaded = routesOf(await loadGroup(names)).filter((r) => groupOfRoute(r) === group);
      expect(loaded, group).toEqual(whole.filter((route) => groupOfRoute(route) === group));
      expect(loaded.length, group).toBeGreaterThan(0);
    }
  });

  it("group a request as its route, under /me and /admin by two segments", () => {
    expect(groupOf("/me")).toBe("me/");
    expect(groupOf("/me/courses/crs_1/lessons/l1/completion")).toBe("me/courses");
    expect(groupOf("/admin/users/usr_1/roles")).toBe("admin/users");
    expect(groupOf("/courses/mine")).toBe("courses");
    expect(groupOf("/courses/{courseId}")).toBe("courses");
    expect(groupOf("")).toBe("");
  });
});
