import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Bundle,
  bundleApiFunction,
  bytesBySource,
  codeBytes,
  startBytes,
} from "../support/lambda-bundle.ts";
import { HOOK_TIMEOUT_MS } from "./synth-alliance.ts";

/**
 * The search function (decision 0096): exchange search's engine and the snapshot's preload,
 * which the API function's bundle leaves out. Sizes, never times.
 */
const outDir = mkdtempSync(join(tmpdir(), "search-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/**
 * The search function's budget: the whole core that `createCore` wires (every domain's use
 * cases, their SDK clients, ElectroDB, zod; about 1.7 MB, as the API function) and
 * MiniSearch with 22 stemmers and 23 stop-word lists (about 310 KiB). Measured 2 038 408
 * bytes when it was made (decision 0096, which names a core of the exchange alone as the
 * way down); raising it is a choice for a decision record. Since decision 0109 it is
 * bundled in pieces, as the API function, and the budget holds its entry and every chunk.
 */
const TOTAL_BUDGET_BYTES = 2_070_000;

let searchFunction: Bundle;
let apiFunction: Bundle;

beforeAll(async () => {
  [searchFunction, apiFunction] = await Promise.all([
    bundleApiFunction("SearchFunction", join(outDir, "search")),
    bundleApiFunction("ApiFunction", join(outDir, "api")),
  ]);
}, HOOK_TIMEOUT_MS);

const ENGINE = [
  /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?minisearch\//,
  /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?@orama\/stemmers\//,
  /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?@orama\/stopwords\//,
  /packages\/core\/src\/exchange\/search-index\.ts$/,
  /packages\/core\/src\/exchange\/search\.ts$/,
];

describe("the search function's bundle (decision 0096)", () => {
  it(`keeps its code within ${TOTAL_BUDGET_BYTES} bytes`, () => {
    expect(codeBytes(searchFunction)).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
    // A cold start loads part of it: the other domains' chunks stay on disk (decision 0109).
    expect(startBytes(searchFunction)).toBeLessThan(codeBytes(searchFunction) * 0.75);
  });

  it("holds the search engine, which the API function's bundle does not", () => {
    for (const pattern of ENGINE) {
      expect(
        searchFunction.inputs.some((input) => pattern.test(input)),
        String(pattern),
      ).toBe(true);
      expect(apiFunction.inputs.filter((input) => pattern.test(input))).toEqual([]);
    }
  });

  it("serves only exchange search: no other route file is in it", () => {
    const routeFiles = searchFunction.inputs.filter((input) =>
      input.startsWith("packages/api/src/routes/"),
    );
    expect(routeFiles).toEqual(["packages/api/src/routes/exchange-item-search.ts"]);
  });

  it("holds neither the certificate renderer nor the SCORM check", () => {
    const held = new Set(bytesBySource(searchFunction, "all").map(([source]) => source));
    for (const name of ["pdf-lib", "@pdf-lib/fontkit", "yauzl", "fast-xml-parser"]) {
      expect(held.has(name), name).toBe(false);
    }
  });
});
