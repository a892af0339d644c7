import { readFile } from "node:fs/promises";

/**
 * What a certificate can draw: the Unicode ranges kept in the DejaVu Serif subsets in
 * `./fonts/` (decision 0022). Names of people and course titles come in any of the
 * alliance's languages (CONTENT_LANGUAGES), so Latin with its extensions, Greek,
 * Cyrillic, Armenian and Georgian, with the punctuation and symbols around them.
 * `scripts/subset-fonts.ts` builds the subsets from this list; a character outside it
 * prints as the font's empty box, as one outside the whole font always did.
 */
export const CERTIFICATE_FONT_RANGES = [
  { from: 0x0020, to: 0x007e, for: "Basic Latin" },
  { from: 0x00a0, to: 0x00ff, for: "Latin-1: Western European languages" },
  {
    from: 0x0100,
    to: 0x017f,
    for: "Latin Extended-A: Polish, Czech, Slovak, Hungarian, Baltic, Maltese, Croatian, Turkish…",
  },
  { from: 0x0180, to: 0x024f, for: "Latin Extended-B: Romanian ș ț, digraphs ǆ ǉ ǌ, Ə" },
  { from: 0x0259, to: 0x0259, for: "ə, the small letter of Ə" },
  { from: 0x02b0, to: 0x02ff, for: "Spacing modifiers: ʼ (Ukrainian apostrophe), ˇ ˘ ˙ ˛ ˝" },
  { from: 0x0300, to: 0x036f, for: "Combining marks: letters with no precomposed form" },
  { from: 0x0370, to: 0x03ff, for: "Greek (monotonic)" },
  {
    from: 0x0400,
    to: 0x052f,
    for: "Cyrillic: Bulgarian, Macedonian, Serbian, Russian, Ukrainian…",
  },
  { from: 0x0530, to: 0x058f, for: "Armenian" },
  { from: 0x10a0, to: 0x10ff, for: "Georgian" },
  {
    from: 0x1e00,
    to: 0x1eff,
    for: "Latin Extended Additional: Vietnamese, Welsh… names of residents",
  },
  { from: 0x2000, to: 0x206f, for: "Punctuation: quotes, dashes, ellipsis, narrow spaces" },
  { from: 0x20a0, to: 0x20cf, for: "Currency: € ₴ ₸ ₺ ₽" },
  { from: 0x2100, to: 0x214f, for: "Letterlike: № ™ ℮" },
  { from: 0x2212, to: 0x2212, for: "Minus sign" },
  { from: 0xfb00, to: 0xfb06, for: "Latin ligatures ﬁ ﬂ, as pasted from PDFs" },
  { from: 0xfffd, to: 0xfffd, for: "Replacement character" },
] as const;

/**
 * The two font files, read on the first certificate. Bundled, esbuild's `file` loader
 * (CERTIFICATE_FUNCTION.loader, in stacks/api-stack.ts and infra/api.ts) copies each beside the
 * bundle and the import gives its path relative to the output file holding the import,
 * which certificate-font-files.ts resolves (decision 0112); under Vitest the plugin in
 * vitest.config.ts, and under tsx (`pnpm dev`) packages/api/src/node-file-imports.ts, make
 * the import give the source file's URL. Either way the bytes are read from disk here, and
 * no cold start parses them.
 */
export async function loadCertificateFonts() {
  const { CERTIFICATE_FONT_FILES } = await import("./certificate-font-files.ts");
  const [regular, bold] = await Promise.all([
    readFile(CERTIFICATE_FONT_FILES.regular),
    readFile(CERTIFICATE_FONT_FILES.bold),
  ]);
  return { regular, bold };
}
