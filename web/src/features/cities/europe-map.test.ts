import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { COUNTRIES } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import { europeMap, type World } from "./europe-geometry.ts";

const map = europeMap(world as unknown as World);
const json = `${JSON.stringify(map)}\n`;

describe("the member map's geometry", () => {
  it("is the committed europe-map.json (after a change: vitest -u writes it)", async () => {
    await expect(json).toMatchFileSnapshot("./europe-map.json");
  });

  it("has a shape for every country of the alliance, and stays small", () => {
    expect(map.countries.map((country) => country.code)).toEqual([...COUNTRIES].sort());
    console.warn(`europe-map.json: ${json.length} bytes, ${gzipSync(json).length} gzipped`);
    expect(gzipSync(json).length).toBeLessThan(15_000);
  });

  it("keeps its room while it loads: the frame's aspect ratio is the map's", () => {
    const css = readFileSync(join(import.meta.dirname, "../../styles.css"), "utf8");
    const frame = /\.member-map-frame \{[^}]*aspect-ratio: (\d+) \/ (\d+);/.exec(css);
    expect(frame?.slice(1).map(Number)).toEqual([map.width, map.height]);
  });
});
