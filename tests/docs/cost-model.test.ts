import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { costTable, DOC, renderTable, trafficAt, withTable } from "../../scripts/cost-model.ts";

/** A markdown table as cells, whatever padding Biome's formatter gave it. */
const cells = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .split("|")
        .map((cell) => cell.trim().replace(/^-+(:?)$/, "---$1"))
        .join("|"),
    );

describe("docs/cost-model.md", () => {
  it("holds the table the model computes (regenerate it with pnpm cost-model)", () => {
    const doc = readFileSync(DOC, "utf8");
    expect(cells(doc)).toEqual(cells(withTable(doc)));
    expect(cells(doc).join("\n")).toContain(cells(renderTable()).join("\n"));
  });
});

describe("the cost model", () => {
  it("grows with the alliance: ten times the people, ten times the traffic", () => {
    expect(trafficAt(10).apiRequests).toBeCloseTo(trafficAt(1).apiRequests * 10);
    const { lines, total } = costTable();
    for (const line of lines) expect(line.tenfold).toBeGreaterThanOrEqual(line.base);
    // Alarms and the dashboard cost the same at any size, so the total grows less than 10×.
    expect(total.tenfold).toBeGreaterThan(total.base * 5);
    expect(total.tenfold).toBeLessThan(total.base * 10);
  });

  it("covers every service the platform runs on", () => {
    const services = costTable()
      .lines.map((line) => line.service)
      .join(" ");
    for (const name of [
      "Lambda",
      "API Gateway",
      "DynamoDB",
      "Backup",
      "S3",
      "CloudFront",
      "Cognito",
      "SES",
      "CloudWatch",
    ])
      expect(services).toContain(name);
  });
});
