import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertJava, parseJavaMajor } from "./java.ts";

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ["no version here", undefined],
  ])("%s → %s", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe("assertJava", () => {
  const hint = "Java 17+ is required for DynamoDB Local: apt-get install -y default-jre-headless";

  it("says how to install Java when none is on PATH", () => {
    // A PATH holding only node, so `java` cannot be found.
    const bin = mkdtempSync(join(tmpdir(), "no-java-"));
    symlinkSync(process.execPath, join(bin, "node"));
    expect(() => assertJava({ PATH: bin })).toThrow(hint);
  });

  it("says the same when JAVA_HOME points nowhere", () => {
    expect(() =>
      assertJava({ JAVA_HOME: join(tmpdir(), "no-such-jdk"), PATH: dirname(process.execPath) }),
    ).toThrow(hint);
  });
});
