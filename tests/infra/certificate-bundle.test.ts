import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CERTIFICATE_FUNCTION } from "../../infra/platform-settings.ts";
import { type Bundle, bundleApiFunction, bundleFunction } from "../support/lambda-bundle.ts";
import { HOOK_TIMEOUT_MS, repoRoot } from "./synth-alliance.ts";

const run = promisify(execFile);
const FONT_FILES = ["DejaVuSerif-Bold-subset.ttf", "DejaVuSerif-subset.ttf"];
const outDir = mkdtempSync(join(tmpdir(), "certificate-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let probe: Bundle;
let certificateFunction: Bundle;
let apiFunction: Bundle;

/**
 * The two functions bundled as stacks/api-stack.ts and infra/api.ts bundle them
 * (LAMBDA_BUNDLE, each function's loaders; decision 0028), and the certificate renderer
 * bundled the same way behind an entry that prints a certificate. The probe runs in a Node
 * process of its own, with only the bundle's folder: the fonts must come from the copies
 * beside the bundle.
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
  [probe, certificateFunction, apiFunction] = await Promise.all([
    bundleFunction(entry, join(outDir, "probe"), { ...CERTIFICATE_FUNCTION.loader }),
    bundleApiFunction("CertificateFunction", join(outDir, "certificate")),
    bundleApiFunction("ApiFunction", join(outDir, "api")),
  ]);
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

/**
 * The copies of the fonts beside a bundle, and that the bundle's code names each by a path
 * that leads to it from the file naming it: `index.mjs` for one file, the chunk of
 * certificate-font-files.ts for a bundle in pieces (decision 0112).
 */
function checkFontCopies(bundle: Bundle) {
  const copies = readdirSync(bundle.dir).filter((file) => file.endsWith(".ttf"));
  const codeFiles = readdirSync(bundle.dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".mjs"))
    .map((file) => ({ file, code: readFileSync(join(bundle.dir, file), "utf8") }));

  expect(copies.map((file) => file.replace(/-[A-Z0-9]+\.ttf$/, ".ttf")).sort()).toEqual(FONT_FILES);
  for (const file of FONT_FILES) {
    const font = readFileSync(join(repoRoot, "packages/core/src/learning/fonts", file));
    const copy = copies.find((name) => name.startsWith(file.replace(/\.ttf$/, "-"))) ?? "";
    expect(readFileSync(join(bundle.dir, copy)).equals(font)).toBe(true);
    const naming = codeFiles.flatMap(({ file, code }) =>
      [...code.matchAll(/"((?:\.\.?\/)+[\w-]+\.ttf)"/g)]
        .filter((match) => match[1]?.endsWith(`/${copy}`))
        .map((match) => join(bundle.dir, dirname(file), match[1] ?? "")),
    );
    expect(naming).toEqual([join(bundle.dir, copy)]);
    // Not inlined as well (a `binary` or `dataurl` loader would put base64 in the code).
    for (const { code } of codeFiles) {
      expect(code).not.toContain(font.subarray(3000, 3060).toString("base64"));
    }
  }
}

const PDF_PACKAGES = /node_modules\/(pdf-lib|@pdf-lib\/[^/]+)\//;

describe("the certificate function's bundle", () => {
  it("copies the two subset fonts beside the bundle rather than into it", () => {
    checkFontCopies(certificateFunction);
  });

  it("is in pieces, the fonts named by a chunk loaded on the first certificate (decision 0112)", () => {
    const { metafile, startOutputs } = certificateFunction;
    const naming = Object.keys(metafile.outputs).filter(
      (file) =>
        file.endsWith(".mjs") &&
        Object.keys(metafile.outputs[file]?.inputs ?? {}).some((input) => input.endsWith(".ttf")),
    );
    expect(naming).toEqual([expect.stringMatching(/\/chunks\/certificate-font-files-\w+\.mjs$/)]);
    expect(startOutputs.filter((file) => naming.includes(file))).toEqual([]);
    const started = startOutputs.flatMap((file) =>
      Object.keys(metafile.outputs[file]?.inputs ?? {}),
    );
    expect(started.filter((input) => PDF_PACKAGES.test(input))).toEqual([]);
  });

  it("holds pdf-lib and fontkit, and the certificate routes only", () => {
    const inputs = certificateFunction.inputs;
    expect(inputs.some((input) => /node_modules\/pdf-lib\//.test(input))).toBe(true);
    expect(inputs.some((input) => /node_modules\/@pdf-lib\/fontkit\//.test(input))).toBe(true);
    const routes = inputs.filter((input) => input.startsWith("packages/api/src/routes/"));
    expect(routes.sort()).toEqual([
      "packages/api/src/routes/learning-badges.ts",
      "packages/api/src/routes/learning-certificates.ts",
    ]);
  });

  it("holds the Open Badges signing libraries and the key's loader (decision 0066)", () => {
    const inputs = certificateFunction.inputs;
    expect(inputs.some((input) => /node_modules\/@digitalcredentials\/vc\//.test(input))).toBe(
      true,
    );
    expect(inputs).toContain("packages/core/src/learning/open-badges/suite.ts");
    expect(inputs).toContain("packages/api/src/badge-key.ts");
  });
});

describe("the API function's bundle", () => {
  it("holds no pdf-lib, no fontkit and no font, in it or beside it (decision 0028)", () => {
    const { inputs } = apiFunction;
    expect(inputs.length).toBeGreaterThan(100);
    expect(inputs.filter((input) => PDF_PACKAGES.test(input))).toEqual([]);
    expect(inputs.filter((input) => /\.ttf$|certificate-(pdf|fonts)\.ts$/.test(input))).toEqual([]);
    // Code and source maps only: the entry and its chunks (decision 0109), no copied file.
    const files = readdirSync(apiFunction.dir, { recursive: true, encoding: "utf8" });
    expect(
      files.filter((file) => !/^(index|chunks\/[\w-]+)\.mjs(\.map)?$|^chunks$/.test(file)),
    ).toEqual([]);
    for (const file of files.filter((name) => name.endsWith(".mjs"))) {
      expect(readFileSync(join(apiFunction.dir, file), "utf8"), file).not.toContain("DejaVuSerif");
    }
  });

  it("holds no Open Badges signing library, suite or key loader (decision 0066)", () => {
    const { inputs } = apiFunction;
    expect(
      inputs.filter((input) =>
        /@digitalcredentials|@digitalbazaar|jsonld|rdf-canon|client-secrets-manager|open-badges\/suite\.ts|badge-key\.ts/.test(
          input,
        ),
      ),
    ).toEqual([]);
  });

  it("holds zod's English messages and no other locale's (decision 0027)", () => {
    const locales = apiFunction.inputs.filter((input) => /\/zod\/v4\/locales\//.test(input));
    expect(locales.map((input) => input.replace(/.*\/locales\//, ""))).toEqual(["en.js"]);
  });

  it("still serves certificate verification", () => {
    expect(apiFunction.inputs).toContain("packages/api/src/routes/learning-certificates.ts");
  });
});

describe("the certificate renderer, bundled", () => {
  it("copies the two subset fonts beside the bundle rather than into it", () => {
    checkFontCopies(probe);
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
    const { stdout } = await run(process.execPath, [probe.file, JSON.stringify(input)], {
      cwd: tmpdir(),
      maxBuffer: 10_000_000,
    });

    const shown = await shownGlyphs(Buffer.from(stdout, "base64"));
    expect([...shown.keys()].sort()).toEqual(["/DJVSRB+DejaVuSerif-Bold", "/DJVSRR+DejaVuSerif"]);
    // Glyph 0 is .notdef, the empty box of a character the font lacks.
    expect([...shown.values()].flat()).not.toContain("0000");
  });
});
