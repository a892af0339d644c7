import { cityPatchSchema, itemFieldsSchema, profilePatchSchema } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limitsAt, limitsOf } from "./schema-limits.ts";

const text = (limits: object) => ({ kind: "text", required: false, ...limits });

describe("the limits of a field, read from its schema", () => {
  it("are the length checks of a string, through optional and trim", () => {
    expect(limitsOf(z.string().trim().min(3).max(160).optional())).toEqual(
      text({ min: 3, max: 160, required: true }),
    );
  });

  it("make a string without a minimum, or one that may be cleared, optional", () => {
    expect(limitsOf(z.string().max(600))).toEqual(text({ max: 600 }));
    expect(limitsOf(z.string().min(2).max(120).nullable().optional())).toEqual(
      text({ min: 2, max: 120 }),
    );
  });

  it("count a list's items and a number's value", () => {
    expect(limitsOf(z.array(z.string()).min(1).max(10))).toEqual({
      kind: "list",
      min: 1,
      max: 10,
      required: false,
    });
    expect(limitsOf(z.number().int().min(1).max(20))).toEqual({
      kind: "number",
      min: 1,
      max: 20,
      required: false,
    });
  });

  it("follow dotted paths into objects and list items", () => {
    const schema = z.object({
      contact: z.object({ name: z.string().max(120) }),
      links: z.array(z.object({ label: z.string().min(1).max(80) })).max(10),
    });
    expect(limitsAt(schema, "contact.name")).toEqual(text({ max: 120 }));
    expect(limitsAt(schema, "links.0.label")).toEqual(text({ min: 1, max: 80, required: true }));
    expect(limitsAt(schema, "links")).toEqual({ kind: "list", max: 10, required: false });
    expect(limitsAt(schema, "nothing.here")).toEqual({ kind: "other", required: false });
  });

  it("are core's own, so the form says what the API checks", () => {
    expect(limitsAt(itemFieldsSchema, "title")).toEqual(text({ min: 3, max: 160, required: true }));
    expect(limitsAt(profilePatchSchema, "displayName")).toEqual(
      text({ min: 2, max: 80, required: true }),
    );
    expect(limitsAt(cityPatchSchema, "contactEmail")).toMatchObject({ max: 254, required: false });
  });
});
