import { describe, expect, it } from "vitest";
import { itemToLine, lineToItem } from "./table-copy.ts";
import { parseToolArgs, resolveTableTarget } from "./table-target.ts";

describe("the table a data tool works on", () => {
  it("is pnpm dev's local table when none is named", () => {
    expect(resolveTableTarget({}, { DYNAMODB_PORT: "8123" })).toEqual({
      tableName: "alliance-local",
      region: "eu-west-1",
      endpoint: "http://localhost:8123",
    });
  });

  it("is the deployed table the API's variables name, through AWS's own endpoint", () => {
    expect(
      resolveTableTarget({}, { TABLE_NAME: "alliance-prod-Table", AWS_REGION: "eu-central-1" }),
    ).toEqual({ tableName: "alliance-prod-Table", region: "eu-central-1" });
  });

  it("takes the flags over the environment, and asks for a region for a named table", () => {
    expect(
      resolveTableTarget({ table: "restored", region: "eu-west-1" }, { TABLE_NAME: "live" }),
    ).toEqual({ tableName: "restored", region: "eu-west-1" });
    expect(() => resolveTableTarget({ table: "restored" }, {})).toThrow(/AWS_REGION or --region/);
  });

  it("refuses an unknown flag in one line", () => {
    expect(() => parseToolArgs(["--dryrun"], { "dry-run": { type: "boolean" } })).toThrow(
      /Unknown option '--dryrun'/,
    );
  });
});

describe("an exported item", () => {
  it("reads back exactly as it was, numbers, sets, maps and binary included", () => {
    const item = {
      pk: { S: "$alliance#x" },
      n: { N: "12.50" },
      tags: { SS: ["a", "b"] },
      nested: {
        M: { list: { L: [{ BOOL: true }, { NULL: true }, { B: Uint8Array.of(0, 255) }] } },
      },
      blobs: { BS: [Uint8Array.of(1, 2)] },
    };
    const line = itemToLine(item);
    expect(line).not.toContain("\n");
    const back = lineToItem(line);
    expect(back.n).toEqual({ N: "12.50" });
    expect(back.tags).toEqual({ SS: ["a", "b"] });
    expect(Uint8Array.from(back.blobs?.BS?.[0] ?? [])).toEqual(Uint8Array.of(1, 2));
    const list = back.nested?.M?.list?.L ?? [];
    expect(list.slice(0, 2)).toEqual([{ BOOL: true }, { NULL: true }]);
    expect(Uint8Array.from(list[2]?.B ?? [])).toEqual(Uint8Array.of(0, 255));
  });
});
