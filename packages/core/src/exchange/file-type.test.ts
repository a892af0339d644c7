import { describe, expect, it } from "vitest";
import { ATTACHMENT_TYPES, type FileFamily } from "./attachment-schemas.ts";
import { isUtf8Text, matchesFamily } from "./file-type.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

const SAMPLES: Record<FileFamily, Uint8Array> = {
  pdf: bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3]),
  png: bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0, 0, 13], "IHDR"),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF", [0]),
  gif: bytes("GIF89a", [1, 0, 1, 0, 0x80, 0]),
  webp: bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "),
  zip: bytes("PK", [3, 4, 20, 0, 6, 0], "[Content_Types].xml"),
  ole: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  text: new Uint8Array(Buffer.from("name;city\nAna;Aarhus\nJosé;Liège\n", "utf8")),
};
const FAMILIES = Object.keys(SAMPLES) as FileFamily[];

describe("judging a file by its first bytes", () => {
  it("recognises each family by its signature", () => {
    for (const family of FAMILIES) {
      expect(matchesFamily(SAMPLES[family], family, true), family).toBe(true);
    }
  });

  it("refuses a file whose bytes belong to another family (a renamed file)", () => {
    for (const declared of FAMILIES) {
      for (const actual of FAMILIES.filter((family) => family !== declared)) {
        // A ZIP or OLE header is not UTF-8 text either (NUL and invalid bytes).
        expect(matchesFamily(SAMPLES[actual], declared, true), `${actual} as ${declared}`).toBe(
          false,
        );
      }
    }
  });

  it("refuses a RIFF file that is not WebP (a WAV, say)", () => {
    expect(matchesFamily(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "), "webp", true)).toBe(false);
  });

  it("refuses a sample shorter than the signature", () => {
    expect(matchesFamily(bytes("%PD"), "pdf", true)).toBe(false);
    expect(matchesFamily(new Uint8Array(), "png", true)).toBe(false);
  });

  it("maps every allowed content type to a family", () => {
    for (const family of Object.values(ATTACHMENT_TYPES)) expect(FAMILIES).toContain(family);
  });
});

describe("plain text", () => {
  it("accepts UTF-8, including a byte-order mark", () => {
    expect(isUtf8Text(bytes([0xef, 0xbb, 0xbf], "plain"), true)).toBe(true);
  });

  it("refuses NUL bytes and invalid UTF-8 (Latin-1 text, binaries)", () => {
    expect(isUtf8Text(bytes("a", [0], "b"), true)).toBe(false);
    expect(isUtf8Text(bytes("caf", [0xe9]), true)).toBe(false);
    expect(isUtf8Text(bytes([0xc3, 0x28]), false)).toBe(false);
  });

  it("accepts a character cut at the end of a sample, not at the end of the file", () => {
    const cut = new Uint8Array([...Buffer.from("Liège, Li", "utf8"), 0xc3]);
    expect(isUtf8Text(cut, false)).toBe(true);
    expect(isUtf8Text(cut, true)).toBe(false);
  });
});
