import { keyAttributeNames, tableSchema } from "@alliance/core/schema";
import { describe, expect, it } from "vitest";
import { createTableInput } from "./bootstrap-table.ts";

describe("createTableInput", () => {
  const input = createTableInput("alliance-local");

  it("declares every key attribute of core's tableSchema as a string", () => {
    expect(input.AttributeDefinitions).toEqual(
      keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: "S" })),
    );
  });

  it("creates one GSI per global index, projecting all attributes, on demand", () => {
    expect(input.BillingMode).toBe("PAY_PER_REQUEST");
    expect(input.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(
      tableSchema.globalIndexes.map((index) => index.name),
    );
    for (const index of input.GlobalSecondaryIndexes ?? []) {
      expect(index.Projection).toEqual({ ProjectionType: "ALL" });
    }
  });

  it("streams every change with the item before and after it", () => {
    expect(input.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: tableSchema.stream.viewType,
    });
  });
});
