import { describe, expect, it } from "vitest";
import { demoPdf } from "./demo-pdf.ts";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("demoPdf", () => {
  it("is the same file every time, starting as a PDF and ending with its trailer", () => {
    const lines = ["Slides of the day", "Rotterdam (NL), 14 October 2025"];
    const first = decode(demoPdf(lines));
    expect(decode(demoPdf(lines))).toBe(first);
    expect(first.startsWith("%PDF-1.4\n")).toBe(true);
    expect(first.endsWith("%%EOF\n")).toBe(true);
    expect(first).toContain("(Rotterdam \\(NL\\), 14 October 2025) Tj");
  });

  it("points its cross-reference table at each object's first byte", () => {
    const text = decode(demoPdf(["One line"]));
    const start = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(start).startsWith("xref\n0 6\n")).toBe(true);
    const offsets = [...text.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
    });
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const stream = /stream\n([\s\S]*?)\nendstream/.exec(text)?.[1] ?? "";
    expect(stream.length).toBe(length);
  });

  it("refuses text a Type 1 font without an encoding cannot show", () => {
    expect(() => demoPdf(["Malmö"])).toThrow(/ASCII/);
  });
});
