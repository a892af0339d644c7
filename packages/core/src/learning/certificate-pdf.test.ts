import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { type CertificatePdfInput, renderCertificatePdf } from "./certificate-pdf.ts";
import { DEJAVU_SERIF_BOLD_TTF_BASE64 } from "./dejavu-serif-bold-font.ts";
import { DEJAVU_SERIF_TTF_BASE64 } from "./dejavu-serif-font.ts";

const input: CertificatePdfInput = {
  holderName: "Łukasz Wróblewski",
  courseTitle: "Preventing radicalisation: a practical introduction for elected representatives",
  versionNumber: 3,
  issuedAt: "2026-11-28T10:15:00.000Z",
  code: "ALC-7K3M-9QX2-PT4D",
  verifyUrl: "https://academy.example.eu/verify/ALC-7K3M-9QX2-PT4D",
  language: "en",
};

/** A course title of exactly 200 characters, with French punctuation. */
const longTitle =
  "« Prévenir la radicalisation menant à l’extrémisme violent » : le rôle des élus locaux, " +
  "des partenariats municipaux et de l’accompagnement des familles — module d’approfondissement, sessions 2026–2027";

/** The decompressed text of a content stream or CMap. */
function decode(stream: unknown) {
  if (!(stream instanceof PDFRawStream)) throw new Error("Expected a stream");
  return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

/**
 * The lines of text on the page, read back through each font's ToUnicode map as a PDF
 * reader does to copy or search text. Throws on a glyph the map does not name.
 */
async function pageText(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const fonts = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
  const toUnicode = new Map<string, Map<string, string>>();
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const cmap = decode(font.lookup(PDFName.of("ToUnicode")));
    const glyphs = new Map<string, string>();
    for (const [, glyph = "", utf16 = ""] of cmap.matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)) {
      const units = (utf16.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16));
      glyphs.set(glyph, String.fromCharCode(...units));
    }
    toUnicode.set(name.asString(), glyphs);
  }
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const source = streams.map((each) => decode(doc.context.lookup(each))).join("\n");
  const lines: string[] = [];
  let glyphsOf = new Map<string, string>();
  for (const [, font, shown] of source.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9A-F]*)> Tj/g)) {
    if (font) glyphsOf = toUnicode.get(font) ?? new Map();
    if (shown === undefined) continue;
    const glyphs = shown.match(/.{4}/g) ?? [];
    lines.push(
      glyphs
        .map((glyph) => {
          const text = glyphsOf.get(glyph);
          if (text === undefined) throw new Error(`Glyph ${glyph} has no Unicode mapping`);
          return text;
        })
        .join(""),
    );
  }
  return lines;
}

const langOf = (doc: PDFDocument) => doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText();

describe("renderCertificatePdf", () => {
  it("renders one A4 landscape page in English, with its metadata", async () => {
    const pdf = await renderCertificatePdf(input);

    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height].map(Math.round)).toEqual([842, 595]);
    expect(doc.getTitle()).toBe("Certificate of completion — Łukasz Wróblewski");
    expect(doc.getSubject()).toBe(`${input.courseTitle} — Version 3`);
    expect(doc.getAuthor()).toBe("Alliance of European Cities against Violent Extremism — Academy");
    expect(doc.getKeywords()).toBe("ALC-7K3M-9QX2-PT4D");
    expect(langOf(doc)).toBe("en");
    expect(doc.getCreationDate()?.toISOString()).toBe(input.issuedAt);
    expect(await pageText(pdf)).toEqual([
      "Alliance of European Cities against Violent Extremism — Academy",
      "Certificate of completion",
      "This certifies that",
      "Łukasz Wróblewski",
      "completed the course",
      "Preventing radicalisation: a practical introduction",
      "for elected representatives",
      "Version 3 · Issued on 28 November 2026",
      "Certificate code: ALC-7K3M-9QX2-PT4D",
      "Check this certificate at https://academy.example.eu/verify/ALC-7K3M-9QX2-PT4D",
    ]);
  });

  it("renders in French, with French wording and date", async () => {
    const pdf = await renderCertificatePdf({
      ...input,
      holderName: "Zoë d'Aubigné",
      language: "fr",
    });

    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Attestation de réussite — Zoë d'Aubigné");
    expect(langOf(doc)).toBe("fr");
    const text = await pageText(pdf);
    expect(text).toContain("Nous certifions que");
    expect(text).toContain("Zoë d'Aubigné");
    expect(text).toContain("a suivi avec succès le cours");
    expect(text).toContain("Version 3 · Délivrée le 28 novembre 2026");
    expect(text).toContain("Code de l’attestation\u00a0: ALC-7K3M-9QX2-PT4D");
    expect(text.at(-1)).toBe(`Vérifiez cette attestation sur ${input.verifyUrl}`);
  });

  it("writes the first of the month the French way, and dates in UTC", async () => {
    const issuedAt = "2026-12-01T23:30:00.000Z";

    const fr = await pageText(await renderCertificatePdf({ ...input, issuedAt, language: "fr" }));
    const en = await pageText(await renderCertificatePdf({ ...input, issuedAt }));
    expect(fr).toContain("Version 3 · Délivrée le 1er décembre 2026");
    expect(en).toContain("Version 3 · Issued on 1 December 2026");
  });

  it.each([
    ["Polish", "Łukasz Wróblewski-Żółć"],
    ["Turkish", "Şükrü Öztürk İğdır"],
    ["Greek", "Ελένη Παπαδοπούλου"],
    ["Serbian Cyrillic", "Јован Петровић"],
    ["Ukrainian", "Ґанна Їжакевич"],
    ["Romanian", "Ștefan Țărănescu"],
  ])("shows a %s name with the font's own glyphs", async (_script, holderName) => {
    const pdf = await renderCertificatePdf({ ...input, holderName });

    expect(await pageText(pdf)).toContain(holderName);
    expect(pdf.length).toBeLessThan(60_000);
  });

  it("wraps a 200-character course title onto a few lines, whole", async () => {
    expect(longTitle).toHaveLength(200);
    const pdf = await renderCertificatePdf({ ...input, courseTitle: longTitle, language: "fr" });

    const text = await pageText(pdf);
    const start = text.indexOf("a suivi avec succès le cours") + 1;
    const end = text.findIndex((line) => line.startsWith("Version 3"));
    expect(end - start).toBeGreaterThan(1);
    expect(end - start).toBeLessThanOrEqual(3);
    expect(text.slice(start, end).join(" ")).toBe(longTitle);
  });

  it("cuts an over-long title or name with an ellipsis rather than leaving the page", async () => {
    const pdf = await renderCertificatePdf({
      ...input,
      holderName: "Ш".repeat(300),
      courseTitle: `${"Radicalisation ".repeat(60)}${"x".repeat(400)}`,
    });

    const text = await pageText(pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(text.filter((line) => line.endsWith("…"))).toHaveLength(2);
    expect(text).toHaveLength(9 + 1 + 2);
  });

  it("prints names on one line and without invisible characters", async () => {
    const pdf = await renderCertificatePdf({
      ...input,
      holderName: " Zoe\u0308\n d'Au\u00adbigne\u0301 ",
    });

    expect(await pageText(pdf)).toContain("Zoë d'Aubigné");
  });

  it("gives the same bytes for the same input", async () => {
    const first = await renderCertificatePdf(input);
    const second = await renderCertificatePdf(input);

    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("embeds subsets of the fonts, so the file stays small", async () => {
    const pdf = await renderCertificatePdf({ ...input, courseTitle: longTitle });

    // About 23 KB, against 736 KB for the two whole fonts.
    expect(pdf.length).toBeLessThan(60_000);
    const doc = await PDFDocument.load(pdf);
    const fonts = doc.getPage(0).node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
    const names = fonts
      ?.values()
      .map((ref) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of("BaseFont"), PDFName));
    expect(new Set(names?.map((name) => name.asString()))).toEqual(
      new Set(["/DJVSRR+DejaVuSerif", "/DJVSRB+DejaVuSerif-Bold"]),
    );
  });

  it("links the verification URL", async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(input));

    const annots = doc.getPage(0).node.Annots();
    const link = doc.context.lookup(annots?.get(0), PDFDict);
    const action = link.lookup(PDFName.of("A"), PDFDict);
    expect(action.lookup(PDFName.of("URI"), PDFString).decodeText()).toBe(input.verifyUrl);
  });

  it("refuses an issue date that is not a date", async () => {
    await expect(renderCertificatePdf({ ...input, issuedAt: "yesterday" })).rejects.toThrow(
      RangeError,
    );
  });
});

describe("the embedded fonts", () => {
  const fonts = [
    ["DejaVuSerif.ttf", DEJAVU_SERIF_TTF_BASE64],
    ["DejaVuSerif-Bold.ttf", DEJAVU_SERIF_BOLD_TTF_BASE64],
  ] as const;

  it.each(fonts)("%s is the pinned dejavu-fonts-ttf file, unchanged", (file, base64) => {
    const pinned = createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);

    expect(Buffer.from(base64, "base64").equals(readFileSync(pinned))).toBe(true);
  });

  it.each(fonts)("%s covers Latin, its extensions, Greek and Cyrillic", (_file, base64) => {
    const font = fontkit.create(Buffer.from(base64, "base64"));
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
      [0x218, 0x21b], // Romanian comma-below letters
      [0x391, 0x3a1], // Greek capitals (0x3A2 is unassigned)
      [0x3a3, 0x3ce],
      [0x400, 0x45f], // Cyrillic
      [0x490, 0x491],
    ];
    const missing = ranges
      .flatMap(([from = 0, to = 0]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
      .concat([..."‘’“”«»–—…€·"].map((char) => char.codePointAt(0) ?? 0))
      .filter((codePoint) => !font.hasGlyphForCodePoint(codePoint));
    expect(missing).toEqual([]);
  });
});
