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
import { UI_LOCALES } from "../taxonomy/index.ts";
import { CERTIFICATE_FONT_RANGES, loadCertificateFonts } from "./certificate-fonts.ts";
import {
  CERTIFICATE_LANGUAGES,
  type CertificatePdfInput,
  renderCertificatePdf,
} from "./certificate-pdf.ts";

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

/** Names of people and places in the alliance's scripts, as residents write them. */
const SAMPLE_NAMES = {
  Latin: [
    "Łódź",
    "Ștefan Țărănescu",
    "Şahin Öztürk",
    "Ærøskøbing",
    "Řehoř Dvořák",
    "Győző Kőrösi",
    "Ķegums Šiauliai",
    "Pärnu Ełk",
    "Ħal Għargħur",
    "Þórður Guðjónsson",
    "Seán Ó Súilleabháin",
    "Paral·lel Zürich",
    "Ĳsselmeer Straße",
    "Əliyev",
  ],
  Greek: ["Δήμος Αθηναίων", "Ελένη Παπαδοπούλου"],
  Cyrillic: ["Београд", "Ѓорѓе Ќосевски, Ѕвезда", "Ґанна Їжакевич", "Пловдив, Щъркел"],
  Armenian: ["Երևան"],
  Georgian: ["თბილისი"],
} as const;

/** The decompressed text of a content stream or CMap. */
function decode(stream: unknown) {
  if (!(stream instanceof PDFRawStream)) throw new Error("Expected a stream");
  return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

/**
 * The lines of text on the page, read back through each font's ToUnicode map as a PDF
 * reader does to copy or search text. Throws on a glyph the map does not name, and on
 * glyph 0, .notdef (the empty box a character the font lacks prints as): the map names
 * the character it stood for, so reading back alone would not notice.
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
          if (glyph === "0000") throw new Error(`No glyph for ${JSON.stringify(text)}`);
          if (text === undefined) throw new Error(`Glyph ${glyph} has no Unicode mapping`);
          return text;
        })
        .join(""),
    );
  }
  return lines;
}

/** The font programs embedded in the page (FontFile2), by BaseFont name. */
async function embeddedFonts(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  const fonts = doc.getPage(0).node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
  const programs = new Map<string, ReturnType<typeof fontkit.create>>();
  for (const ref of fonts?.values() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const [descendant] = font.lookup(PDFName.of("DescendantFonts"), PDFArray).asArray();
    const descriptor = doc.context
      .lookup(descendant, PDFDict)
      .lookup(PDFName.of("FontDescriptor"), PDFDict);
    const program = descriptor.lookup(PDFName.of("FontFile2"));
    if (!(program instanceof PDFRawStream)) throw new Error("Expected an embedded TrueType font");
    const name = font.lookup(PDFName.of("BaseFont"), PDFName).asString();
    programs.set(name, fontkit.create(Buffer.from(decodePDFRawStream(program).decode())));
  }
  return programs;
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

  it.each([
    [
      "de",
      "Abschlusszertifikat",
      "Version 3 · Ausgestellt am 28. November 2026",
      "Prüfcode: ALC-7K3M-9QX2-PT4D",
    ],
    [
      "nl",
      "Certificaat van voltooiing",
      "Versie 3 · Uitgereikt op 28 november 2026",
      "Verificatiecode: ALC-7K3M-9QX2-PT4D",
    ],
    [
      "da",
      "Kursusbevis",
      "Version 3 · Udstedt den 28. november 2026",
      "Bekræftelseskode: ALC-7K3M-9QX2-PT4D",
    ],
    [
      "sv",
      "Kursintyg",
      "Version 3 · Utfärdat den 28 november 2026",
      "Kontrollkod: ALC-7K3M-9QX2-PT4D",
    ],
  ] as const)(
    "renders in %s, with its own wording and date format",
    async (language, title, issued, code) => {
      const pdf = await renderCertificatePdf({ ...input, language });
      const doc = await PDFDocument.load(pdf);
      expect(doc.getTitle()).toBe(`${title} — ${input.holderName}`);
      expect(langOf(doc)).toBe(language);
      const text = await pageText(pdf);
      expect(text).toContain(issued);
      expect(text).toContain(code);
    },
  );

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

  it.each(Object.entries(SAMPLE_NAMES))(
    "draws %s names in the embedded subset of DejaVu Serif Bold",
    async (_script, names) => {
      const bold = fontkit.create((await loadCertificateFonts()).bold);
      for (const holderName of names) {
        const pdf = await renderCertificatePdf({ ...input, holderName });

        expect(await pageText(pdf)).toContain(holderName);
        const embedded = (await embeddedFonts(pdf)).get("/DJVSRB+DejaVuSerif-Bold");
        const outlines = new Set(
          Array.from({ length: embedded?.numGlyphs ?? 0 }, (_, id) =>
            embedded?.getGlyph(id).path.toSVG(),
          ),
        );
        const absent = [...holderName].filter(
          (char) => !outlines.has(bold.glyphForCodePoint(char.codePointAt(0) ?? 0).path.toSVG()),
        );
        expect(absent, holderName).toEqual([]);
      }
    },
  );

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

/** Every code point of CERTIFICATE_FONT_RANGES. */
const inRanges = (codePoint: number) =>
  CERTIFICATE_FONT_RANGES.some(({ from, to }) => from <= codePoint && codePoint <= to);

/** The text of a certificate in every language, with every month's name in its date. */
let wording: Promise<string[]> | undefined;
function everyLanguagesWording() {
  wording ??= Promise.all(
    CERTIFICATE_LANGUAGES.flatMap((language) =>
      Array.from({ length: 12 }, async (_, month) => {
        const issuedAt = new Date(Date.UTC(2026, month, 1)).toISOString();
        return pageText(await renderCertificatePdf({ ...input, issuedAt, language }));
      }),
    ),
  ).then((pages) => pages.flat());
  return wording;
}

describe("the certificate fonts", () => {
  const files = [
    ["DejaVuSerif.ttf", "regular"],
    ["DejaVuSerif-Bold.ttf", "bold"],
  ] as const;

  it.each(files)(
    "%s is the pinned dejavu-fonts-ttf font cut to CERTIFICATE_FONT_RANGES, its glyphs unchanged",
    async (file, weight) => {
      const pinned = createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
      const whole = fontkit.create(readFileSync(pinned));
      const subset = fontkit.create((await loadCertificateFonts())[weight]);

      expect([subset.postscriptName, subset.version]).toEqual([
        whole.postscriptName,
        whole.version,
      ]);
      expect(subset.copyright).toBe(whole.copyright);
      const kept = whole.characterSet.filter(inRanges).sort((a, b) => a - b);
      // fontkit lists U+FFFF, the end of a cmap's last segment, as a character.
      const characters = subset.characterSet.filter((codePoint) => codePoint !== 0xffff);
      expect(characters.sort((a, b) => a - b)).toEqual(kept);
      const changed = kept.filter((codePoint) => {
        const [before, after] = [whole, subset].map((font) => font.glyphForCodePoint(codePoint));
        return (
          before?.advanceWidth !== after?.advanceWidth ||
          before?.path.toSVG() !== after?.path.toSVG()
        );
      });
      expect(changed).toEqual([]);
      // Kerning and composed accents come out as with the whole font.
      const text = "AVAWAY Tę Ťa «Vœu» Γιάννης Тъй Ꙋ Ǆ yý";
      expect(subset.layout(text).advanceWidth).toBe(whole.layout(text).advanceWidth);
    },
  );

  it.each(files)(
    "%s draws every character of every language's certificate and of names",
    async (_file, weight) => {
      const font = fontkit.create((await loadCertificateFonts())[weight]);
      const texts = [...(await everyLanguagesWording()), ...Object.values(SAMPLE_NAMES).flat()];
      const missing = [...new Set(texts.join(""))].filter(
        (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
      );
      expect(missing).toEqual([]);
    },
  );

  it("words a certificate in every interface language", () => {
    expect(CERTIFICATE_LANGUAGES).toEqual(expect.arrayContaining([...UI_LOCALES]));
  });
});
