import { DeliveryError, lrsSender, type Statement, statementProblems } from "@alliance/core/xapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_LRS_KEY, LOCAL_LRS_SECRET, type LocalLrs, startLocalLrs } from "./local-lrs.ts";

let lrs: LocalLrs;
beforeAll(async () => {
  lrs = await startLocalLrs();
});
afterAll(() => lrs.close());

const statement = (id: string, verb = "completed"): Statement => ({
  id,
  actor: {
    objectType: "Agent",
    account: { homePage: "https://academy.example.eu", name: "usr_1" },
  },
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { en: verb } },
  object: { objectType: "Activity", id: "https://academy.example.eu/courses/crs_1" },
  timestamp: "2026-12-01T10:00:00.000Z",
});
const auth = `Basic ${Buffer.from(`${LOCAL_LRS_KEY}:${LOCAL_LRS_SECRET}`).toString("base64")}`;
const post = (body: unknown, authorization = auth) =>
  fetch(`${lrs.endpoint}statements`, {
    method: "POST",
    headers: {
      authorization,
      "content-type": "application/json",
      "x-experience-api-version": "1.0.3",
    },
    body: JSON.stringify(body),
  });

describe("the local LRS", () => {
  it("takes a statement through the platform's sender, once per id", async () => {
    const send = lrsSender({
      endpoint: lrs.endpoint,
      key: LOCAL_LRS_KEY,
      secret: LOCAL_LRS_SECRET,
    });
    const id = "0a6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70";
    await send(statement(id));
    await send(statement(id));
    expect(lrs.statements().filter((each) => each.id === id)).toHaveLength(1);
    // Another statement under a known id can never be taken: refused, not retried.
    const other = await send(statement(id, "passed")).catch((error: unknown) => error);
    expect(other).toBeInstanceOf(DeliveryError);
    expect((other as DeliveryError).outcome).toBe("refused");
    const page = await (await fetch(lrs.endpoint.replace("/xapi/", "/"))).text();
    expect(page).toContain("usr_1");
  });

  it("answers 400 naming what the specification refuses, and 401 without credentials", async () => {
    const bad = { actor: { objectType: "Agent" }, verb: { id: "nope" }, object: { id: "x" } };
    expect(statementProblems(bad as unknown as Statement)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^statement\.verb\.id/)]),
    );
    const refused = await post(bad);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { problems: string[] }).problems.length).toBeGreaterThan(0);
    expect(
      (await post(statement("1b6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70"), "Basic eDp5")).status,
    ).toBe(401);
  });

  it("is retried later when it cannot be reached, and never sends what is invalid", async () => {
    const away = lrsSender({ endpoint: "http://127.0.0.1:9/xapi/", key: "k", secret: "s" });
    const error = await away(statement("2c6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70")).catch(
      (e: unknown) => e,
    );
    expect((error as DeliveryError).outcome).toBe("retry");
    const send = lrsSender({ endpoint: lrs.endpoint, key: LOCAL_LRS_KEY, secret: "wrong" });
    const denied = await send(statement("3d6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70")).catch(
      (e: unknown) => e,
    );
    expect((denied as DeliveryError).outcome).toBe("retry");
    const invalid = {
      ...statement("4e6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70"),
      verb: { id: "not an iri" },
    };
    const before = lrs.statements().length;
    const problem = await lrsSender({
      endpoint: lrs.endpoint,
      key: LOCAL_LRS_KEY,
      secret: LOCAL_LRS_SECRET,
    })(invalid).catch((e: unknown) => e);
    expect((problem as DeliveryError).outcome).toBe("refused");
    expect(lrs.statements()).toHaveLength(before);
  });
});
