// @vitest-environment happy-dom
import { createStaticHandler, matchRoutes } from "react-router";
import { describe, expect, it } from "vitest";
import { routes, routesAt } from "./router.tsx";

const PUBLIC_PATHS = [
  "/",
  "/exchange",
  "/exchange/items/xch_01JD5EEDXCH0000000000000A1",
  "/courses",
  "/courses/crs_01JD5EEDCRS0000000000000C1",
  "/cities",
  "/cities/cty_01JD5EEDC1TY0000000000AARH",
  "/verify",
  "/verify/ALC-AAAA-BBBB-CCCC",
  "/privacy",
];

describe("routesAt", () => {
  const { dataRoutes } = createStaticHandler(routes);

  it("finds from the id the server's render matched the routes the table matches", () => {
    for (const path of PUBLIC_PATHS) {
      const id = matchRoutes(dataRoutes, path)?.at(-1)?.route.id;
      expect(id, path).toMatch(/^\d+(-\d+)*$/);
      const matched = (matchRoutes(routes, path) ?? []).map(({ route }) => route);
      expect(routesAt(id), path).toEqual(matched);
      expect(routesAt(id)?.at(-1), path).toBe(matched.at(-1));
    }
  });

  it("finds nothing for an id that is not a place in the table", () => {
    for (const id of [undefined, "", "signed-in", "0-0-999", "0--1", "9"]) {
      expect(routesAt(id), String(id)).toBeUndefined();
    }
  });
});
