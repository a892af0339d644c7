import type { PDFFont, PDFPage, RGB } from "pdf-lib";
import { loadCertificateFonts } from "./certificate-fonts.ts";

import type { CertificateLanguage } from "./certificate-language.ts";

export {
  CERTIFICATE_LANGUAGES,
  type CertificateLanguage,
  certificateLanguage,
} from "./certificate-language.ts";

export interface CertificatePdfInput {
  holderName: string;
  courseTitle: string;
  versionNumber: number;
  /** ISO 8601 date-time; the certificate shows its UTC calendar date. */
  issuedAt: string;
  code: string;
  verifyUrl: string;
  language: CertificateLanguage;
}

const WORDING = {
  en: {
    locale: "en-GB",
    title: "Certificate of completion",
    certifies: "This certifies that",
    completed: "completed the course",
    issued: (version: number, date: string) => `Version ${version} · Issued on ${date}`,
    issuer: "Alliance of European Cities against Violent Extremism — Academy",
    code: (code: string) => `Certificate code: ${code}`,
    check: "Check this certificate at ",
  },
  fr: {
    locale: "fr-FR",
    title: "Attestation de réussite",
    certifies: "Nous certifions que",
    completed: "a suivi avec succès le cours",
    issued: (version: number, date: string) => `Version ${version} · Délivrée le ${date}`,
    issuer: "Alliance des villes européennes contre l’extrémisme violent — Académie",
    code: (code: string) => `Code de l’attestation\u00a0: ${code}`,
    check: "Vérifiez cette attestation sur ",
  },
  de: {
    locale: "de-DE",
    title: "Abschlusszertifikat",
    certifies: "Hiermit wird bescheinigt, dass",
    completed: "den folgenden Kurs erfolgreich abgeschlossen hat",
    issued: (version: number, date: string) => `Version ${version} · Ausgestellt am ${date}`,
    issuer: "Allianz europäischer Städte gegen gewaltbereiten Extremismus — Akademie",
    code: (code: string) => `Prüfcode: ${code}`,
    check: "Prüfen Sie dieses Zertifikat unter ",
  },
  nl: {
    locale: "nl-NL",
    title: "Certificaat van voltooiing",
    certifies: "Hierbij wordt verklaard dat",
    completed: "de volgende cursus met succes heeft afgerond",
    issued: (version: number, date: string) => `Versie ${version} · Uitgereikt op ${date}`,
    issuer: "Alliantie van Europese steden tegen gewelddadig extremisme — Academie",
    code: (code: string) => `Verificatiecode: ${code}`,
    check: "Controleer dit certificaat op ",
  },
  da: {
    locale: "da-DK",
    title: "Kursusbevis",
    certifies: "Det bekræftes hermed, at",
    completed: "har gennemført kurset",
    issued: (version: number, date: string) => `Version ${version} · Udstedt den ${date}`,
    issuer: "Alliancen af europæiske byer mod voldelig ekstremisme — Akademiet",
    code: (code: string) => `Bekræftelseskode: ${code}`,
    check: "Bekræft dette certifikat på ",
  },
  sv: {
    locale: "sv-SE",
    title: "Kursintyg",
    certifies: "Härmed intygas att",
    completed: "har genomfört kursen",
    issued: (version: number, date: string) => `Version ${version} · Utfärdat den ${date}`,
    issuer: "Alliansen av europeiska städer mot våldsbejakande extremism — Akademin",
    code: (code: string) => `Kontrollkod: ${code}`,
    check: "Kontrollera certifikatet på ",
  },
} as const satisfies Record<CertificateLanguage, unknown>;

// A4 landscape, in points.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const TEXT_WIDTH = 660;
/** The band between the rule under the title and the footer with the code. */
const MIDDLE_TOP = HEIGHT - 170;
const MIDDLE_BOTTOM = 120;
const TONES = { navy: [0.11, 0.23, 0.4], ink: [0.13, 0.13, 0.13], muted: [0.4, 0.4, 0.4] } as const;

/**
 * pdf-lib, fontkit and the fonts, loaded on first use: evaluating fontkit and pdf-lib
 * takes a few hundred milliseconds, which every cold start of the API (one esbuild
 * bundle, where a dynamic import stays lazy) would otherwise pay.
 */
async function loadToolkit() {
  const [pdfLib, fontkit, fonts] = await Promise.all([
    import("pdf-lib"),
    import("@pdf-lib/fontkit"),
    loadCertificateFonts(),
  ]);
  return { pdfLib, fontkit: fontkit.default, ...fonts };
}

let toolkit: ReturnType<typeof loadToolkit> | undefined;

/**
 * A one-page A4 landscape certificate. Text is set in DejaVu Serif, embedded as a
 * subset, because the standard PDF fonts only encode WinAnsi and cannot show names
 * such as "Łukasz", "Şükrü", "Ελένη" or "Јован" (CERTIFICATE_FONT_RANGES says which
 * characters it can show). The same input gives the same bytes.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const words = WORDING[input.language];
  const issued = new Date(input.issuedAt);
  if (Number.isNaN(issued.getTime())) throw new RangeError(`Invalid issuedAt: ${input.issuedAt}`);
  const holderName = clean(input.holderName);
  const courseTitle = clean(input.courseTitle);

  toolkit ??= loadToolkit().catch((error: unknown) => {
    toolkit = undefined;
    throw error;
  });
  const { pdfLib, fontkit, ...fonts } = await toolkit;
  const navy = pdfLib.rgb(...TONES.navy);
  const ink = pdfLib.rgb(...TONES.ink);
  const muted = pdfLib.rgb(...TONES.muted);
  // No automatic metadata: it would stamp the render time.
  const doc = await pdfLib.PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Fixed subset tags (PDF 32000 9.6.4) instead of pdf-lib's random suffixes.
  const regular = await doc.embedFont(fonts.regular, {
    subset: true,
    customName: "DJVSRR+DejaVuSerif",
  });
  const bold = await doc.embedFont(fonts.bold, {
    subset: true,
    customName: "DJVSRB+DejaVuSerif-Bold",
  });

  doc.setTitle(`${words.title} — ${holderName}`, { showInWindowTitleBar: true });
  doc.setSubject(`${courseTitle} — Version ${input.versionNumber}`);
  doc.setAuthor(words.issuer);
  doc.setCreator(words.issuer);
  doc.setProducer("pdf-lib (https://github.com/Hopding/pdf-lib)");
  doc.setKeywords([input.code]);
  doc.setLanguage(input.language);
  // Issue time, not render time: the same certificate renders to the same bytes.
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);

  const page = doc.addPage([WIDTH, HEIGHT]);
  page.drawRectangle({ ...inset(24), borderColor: navy, borderWidth: 1.5 });
  page.drawRectangle({ ...inset(30), borderColor: navy, borderWidth: 0.5 });

  drawCentred(page, words.issuer, regular, 11, HEIGHT - 82, muted);
  drawCentred(page, words.title, bold, 32, HEIGHT - 135, navy);
  page.drawLine({
    start: { x: WIDTH / 2 - 50, y: HEIGHT - 155 },
    end: { x: WIDTH / 2 + 50, y: HEIGHT - 155 },
    thickness: 0.75,
    color: navy,
  });

  // The middle block grows with the name and title; it is centred between rule and footer.
  const name = fit(holderName, bold, [34, 30, 26, 22, 18], 2);
  const title = fit(courseTitle, bold, [22, 20, 18, 16, 14], 3);
  const block: Line[] = [
    { text: words.certifies, font: regular, size: 14, color: ink, gap: 0 },
    ...name.lines.map((text, i) => ({
      text,
      font: bold,
      size: name.size,
      color: navy,
      gap: i ? 6 : 22,
    })),
    { text: words.completed, font: regular, size: 14, color: ink, gap: 18 },
    ...title.lines.map((text, i) => ({
      text,
      font: bold,
      size: title.size,
      color: ink,
      gap: i ? 6 : 18,
    })),
    {
      text: words.issued(input.versionNumber, formatDate(issued, input.language)),
      font: regular,
      size: 12,
      color: muted,
      gap: 20,
    },
  ];
  const height = block.reduce((sum, line) => sum + line.gap + line.size, 0);
  let y = (MIDDLE_TOP + MIDDLE_BOTTOM + height) / 2;
  for (const line of block) {
    y -= line.gap + line.size;
    drawCentred(page, line.text, line.font, line.size, y, line.color);
  }

  drawCentred(page, words.code(clean(input.code)), bold, 12, 92, ink);
  const url = clean(input.verifyUrl);
  const link = doc.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: drawVerifyLine(page, words.check, url, regular, muted),
    Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: pdfLib.PDFString.of(url) },
  });
  page.node.addAnnot(doc.context.register(link));
  return doc.save();
}

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  /** Space above the line, in points. */
  gap: number;
}

/** The sentence with the verification URL; returns the URL's box, for a link. */
function drawVerifyLine(page: PDFPage, lead: string, url: string, font: PDFFont, color: RGB) {
  const size = Math.min(10, (10 * TEXT_WIDTH) / font.widthOfTextAtSize(lead + url, 10));
  const x = drawCentred(page, lead + url, font, size, 72, color);
  const start = x + font.widthOfTextAtSize(lead, size);
  return [start, 69, start + font.widthOfTextAtSize(url, size), 72 + size];
}

/** Draws one line centred on the page and returns its left edge. */
function drawCentred(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  y: number,
  color: RGB,
) {
  const x = (WIDTH - font.widthOfTextAtSize(text, size)) / 2;
  page.drawText(text, { x, y, size, font, color });
  return x;
}

/** The UTC calendar date, in words; French writes the first of the month "1er". */
function formatDate(date: Date, language: CertificateLanguage) {
  const format = new Intl.DateTimeFormat(WORDING[language].locale, {
    dateStyle: "long",
    timeZone: "UTC",
  });
  return format
    .formatToParts(date)
    .map((part) =>
      language === "fr" && part.type === "day" && part.value === "1" ? "1er" : part.value,
    )
    .join("");
}

function inset(margin: number) {
  return { x: margin, y: margin, width: WIDTH - 2 * margin, height: HEIGHT - 2 * margin };
}

/**
 * One line of text: NFC (so accents composed by the sender's keyboard use the font's
 * precomposed glyphs), no control or invisible format characters, single spaces.
 */
function clean(text: string) {
  return text
    .normalize("NFC")
    .replace(/\p{Cf}/gu, "")
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * The largest of `sizes` at which `text` wraps into at most `maxLines` lines; at the
 * smallest size, what does not fit ends with an ellipsis rather than overflowing.
 */
function fit(text: string, font: PDFFont, sizes: number[], maxLines: number) {
  // Each fontkit layout costs about a millisecond: measure each word once, at size 1.
  const units = new Map<string, number>();
  const width = (part: string) => {
    const unit = units.get(part) ?? font.widthOfTextAtSize(part, 1);
    units.set(part, unit);
    return unit;
  };
  for (const size of sizes) {
    const lines = wrap(text, width, TEXT_WIDTH / size);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1) ?? 12;
  const max = TEXT_WIDTH / size;
  const lines = wrap(text, width, max).slice(0, maxLines);
  let used = width("…");
  let kept = "";
  for (const char of lines.pop() ?? "") {
    used += width(char);
    if (used > max) break;
    kept += char;
  }
  return { size, lines: [...lines, `${kept.trimEnd()}…`] };
}

/**
 * Greedy word wrap at spaces into lines at most `max` wide (widths at size 1); a word
 * wider than a line is split between characters. Glyph advances add up, so a line is
 * as wide as its words and spaces (pdf-lib draws without kerning).
 */
function wrap(text: string, width: (part: string) => number, max: number) {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const breakLine = () => {
    if (line) lines.push(line);
    line = "";
    used = 0;
  };
  for (const word of text.split(" ")) {
    const gap = line ? width(" ") : 0;
    if (used + gap + width(word) <= max) {
      line = line ? `${line} ${word}` : word;
      used += gap + width(word);
      continue;
    }
    breakLine();
    if (width(word) <= max) {
      line = word;
      used = width(word);
      continue;
    }
    for (const char of word) {
      if (used + width(char) > max) breakLine();
      line += char;
      used += width(char);
    }
  }
  breakLine();
  return lines;
}
