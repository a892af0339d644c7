import { describe, expect, it } from "vitest";
import {
  EMPTY_VALUES,
  fieldId,
  fieldLabelKey,
  fieldsOf,
  serverError,
  validateItem,
} from "./item-form-values.ts";

describe("item form values", () => {
  it("maps the API's dotted field paths to inputs", () => {
    expect(fieldId("contact.email")).toBe("contactEmail");
    expect(fieldId("period.end")).toBe("periodEnd");
    expect(fieldId("links.1.url")).toBe("links-1-url");
    expect(fieldId("themes.0")).toBe("themes");
    expect(fieldLabelKey("links.1.url")).toBe("exchange.fields.links");
    expect(fieldLabelKey("contact.name")).toBe("exchange.fields.contactName");
  });

  it("sends trimmed values, unique lower-case tags and no end for an ongoing item", () => {
    const fields = fieldsOf({
      ...EMPTY_VALUES,
      title: "  Youth  ",
      tags: "Schools, schools , ,mentoring",
      periodEnd: "2026-01-01",
      links: [{ label: "", url: "" }],
    });
    expect(fields.title).toBe("Youth");
    expect(fields.tags).toEqual(["schools", "mentoring"]);
    expect(fields.period).toEqual({ start: null, end: null, ongoing: true });
    expect(fields.links).toEqual([]);
  });

  it("explains what is wrong, per input, with core's schema", () => {
    const errors = validateItem({
      ...EMPTY_VALUES,
      title: "ab",
      contactEmail: "nope",
      ongoing: false,
      periodStart: "2026-02-01",
      periodEnd: "2026-01-01",
      links: [{ label: "Site", url: "ftp://x" }],
    });
    expect(errors).toEqual({
      title: { key: "exchange.errors.title", values: { min: 3, max: 160 } },
      contactEmail: { key: "exchange.errors.email" },
      periodEnd: { key: "exchange.errors.endBeforeStart" },
      "links.0.url": { key: "exchange.errors.linkUrl" },
    });
    expect(validateItem({ ...EMPTY_VALUES, title: "A good title" })).toEqual({});
  });

  it("words the readiness check's fields, and anything else as rejected", () => {
    expect(serverError("contact.email", "incomplete-item")).toEqual({
      key: "exchange.errors.ready.contactEmail",
    });
    expect(serverError("title", "invalid-input")).toEqual({ key: "exchange.errors.rejected" });
  });
});
