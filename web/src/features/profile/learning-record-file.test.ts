import { describe, expect, it } from "vitest";
import { learningRecordFileName, learningRecordText } from "./learning-record-file.ts";

describe("learning record file", () => {
  it("is named after the person's own date, with zero-padded month and day", () => {
    expect(learningRecordFileName(new Date(2026, 2, 5, 23, 59))).toBe(
      "learning-record-2026-03-05.json",
    );
    expect(learningRecordFileName(new Date(2026, 11, 31, 0, 1))).toBe(
      "learning-record-2026-12-31.json",
    );
  });

  it("holds the record as indented JSON that reads back the same", () => {
    const record = { exportedAt: "2026-03-05T10:00:00.000Z", bookmarks: [{ itemId: "xch_1" }] };
    const text = learningRecordText(record);
    expect(text).toContain('\n  "bookmarks": [\n    {\n      "itemId": "xch_1"');
    expect(JSON.parse(text)).toEqual(record);
  });
});
