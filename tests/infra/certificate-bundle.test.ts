import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_FUNCTION } from "../../infra/platform-settings.ts";
import { HOOK_TIMEOUT_MS, repoRoot } from "./synth-alliance.ts";

const run = promisify(execFile);
const FONT_FILES = ["DejaVuSerif-Bold-subset.ttf", "DejaVuSerif-subset.ttf"];
const outDir = mkdtempSync(join(tmpdir(), "certificate-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/**
 * The certificate renderer bundled as the API function is (stacks/api-stack.ts and
 * infra/api.ts: ESM for Node 22, minified, API_FUNCTION.loader), behind an entry that
 * prints a certificate. It runs in a Node process of its own, with only the bundle's
 * folder: the fonts must come from the copies beside the bundle.
 */
beforeAll(async () => {
  const entry = join(outDir, "entry.ts");
  writeFileSync(
    entry,
    [
      `import { renderCertificatePdf } from ${JSON.stringify(join(repoRoot, "packages/core/src/learning/certificate-pdf.ts"))};`,
      "const pdf = await renderCertificatePdf(JSON.parse(process.argv[2] ?? '{}'));",
      "process.stdout.write(Buffer.from(pdf).toString('base64'));",
    ].join("\n"),
  );
  await build({
    entryPoints: [entry],
    outfile: join(outDir, "bundle", "index.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    minify: true,
    mainFields: ["module", "main"],
    loader: { ...API_FUNCTION.loader },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "silent",
  });
}, HOOK_TIMEOUT_MS);

/** Glyph ids shown on the page, by font name. */
async function shownGlyphs(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const fonts = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const source = streams
    .map((stream) => doc.context.lookup(stream))
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error("Expected a stream");
      return new TextDecoder().decode(decodePDFRawStream(stream).decode());
    })
    .join("\n");
  const shown = new Map<string, string[]>();
  let font = "";
  for (const [, name, glyphs] of source.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9A-F]*)> Tj/g)) {
    if (name) {
      const dict = doc.context.lookup(fonts?.get(PDFName.of(name.slice(1))), PDFDict);
      font = dict.lookup(PDFName.of("BaseFont"), PDFName).asString();
    }
    if (glyphs) shown.set(font, [...(shown.get(font) ?? []), ...(glyphs.match(/.{4}/g) ?? [])]);
  }
  return shown;
}

describe("the API bundle's certificates", () => {
  it("copies the two subset fonts beside the bundle rather than into it", () => {
    const files = readdirSync(join(outDir, "bundle"));
    const copies = files.filter((file) => file.endsWith(".ttf"));
    const code = readFileSync(join(outDir, "bundle", "index.mjs"), "utf8");

    expect(copies.map((file) => file.replace(/-[A-Z0-9]+\.ttf$/, ".ttf")).sort()).toEqual(
      FONT_FILES,
    );
    for (const file of FONT_FILES) {
      const font = readFileSync(join(repoRoot, "packages/core/src/learning/fonts", file));
      const copy = copies.find((name) => name.startsWith(file.replace(/\.ttf$/, "-")));
      expect(readFileSync(join(outDir, "bundle", copy ?? "")).equals(font)).toBe(true);
      expect(code).toContain(`"./${copy}"`);
      // Not inlined as well (a `binary` or `dataurl` loader would put base64 in the code).
      expect(code).not.toContain(font.subarray(3000, 3060).toString("base64"));
    }
  });

  it("renders a certificate with the fonts read from beside the bundle", async () => {
    const input = {
      holderName: "Δήμος Łódź Београд Երևան თბილისი",
      courseTitle: "Ștefan Şahin Ærøskøbing",
      versionNumber: 1,
      issuedAt: "2026-02-01T00:00:00.000Z",
      code: "ALC-7K3M-9QX2-PT4D",
      verifyUrl: "https://academy.example.eu/verify/ALC-7K3M-9QX2-PT4D",
      language: "fr",
    };
    const bundle = join(outDir, "bundle", "index.mjs");
    const { stdout } = await run(process.execPath, [bundle, JSON.stringify(input)], {
      cwd: tmpdir(),
      maxBuffer: 10_000_000,
    });

    const shown = await shownGlyphs(Buffer.from(stdout, "base64"));
    expect([...shown.keys()].sort()).toEqual(["/DJVSRB+DejaVuSerif-Bold", "/DJVSRR+DejaVuSerif"]);
    // Glyph 0 is .notdef, the empty box of a character the font lacks.
    expect([...shown.values()].flat()).not.toContain("0000");
  });
});
