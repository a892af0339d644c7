/**
 * Rebuilds the certificate fonts in packages/core/src/learning/fonts/ from the pinned
 * dejavu-fonts-ttf package: DejaVu Serif and DejaVu Serif Bold, cut down to the Unicode
 * ranges of CERTIFICATE_FONT_RANGES (packages/core/src/learning/certificate-fonts.ts).
 * The committed .ttf files are what builds and tests use; nothing runs this in CI
 * (decision 0022). Run it after changing the ranges or the dejavu-fonts-ttf version.
 *
 * Needs fontTools' pyftsubset (Debian: `apt-get install -y fonttools`). The committed
 * files were made with fontTools 4.38.0 (Debian 12); the same version gives the same bytes.
 *
 * Usage: pnpm exec tsx scripts/subset-fonts.ts
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CERTIFICATE_FONT_RANGES } from "../packages/core/src/learning/certificate-fonts.ts";

const FONTTOOLS_VERSION = "4.38.0";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fontsDir = join(root, "packages/core/src/learning/fonts");
const fromCore = createRequire(join(root, "packages/core/package.json"));

const FONTS = [
  { source: "dejavu-fonts-ttf/ttf/DejaVuSerif.ttf", subset: "DejaVuSerif-subset.ttf" },
  { source: "dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf", subset: "DejaVuSerif-Bold-subset.ttf" },
];

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, "0");
const unicodes = CERTIFICATE_FONT_RANGES.map(({ from, to }) =>
  from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`,
).join(",");

const OPTIONS = [
  `--unicodes=${unicodes}`,
  // Outlines, advance widths and TrueType hinting stay byte for byte as in the full font;
  // the default layout features include every one fontkit applies when pdf-lib sets text.
  "--hinting",
  // A character the subset lacks prints as DejaVu's box, as one the full font lacked did.
  "--notdef-outline",
  // Keep the copyright and licence records of the name table.
  "--name-IDs=*",
  "--name-languages=*",
  // Unused by pdf-lib: the math and FontForge tables, the legacy kern table (dropped by
  // default), glyph names.
  "--drop-tables+=MATH,FFTM",
  "--no-glyph-names",
];

/** fontTools' version, from the Python that runs pyftsubset. */
function fonttoolsVersion() {
  const pyftsubset = execFileSync("sh", ["-c", "command -v pyftsubset"], { encoding: "utf8" });
  const python = readFileSync(pyftsubset.trim(), "utf8")
    .split("\n")[0]
    ?.replace(/^#!\s*/, "");
  const [interpreter = "python3", ...args] = (python ?? "").split(" ");
  return execFileSync(interpreter, [...args, "-c", "import fontTools; print(fontTools.version)"], {
    encoding: "utf8",
  }).trim();
}

let version: string;
try {
  version = fonttoolsVersion();
} catch {
  console.error("pyftsubset not found: install fontTools (Debian: apt-get install -y fonttools)");
  process.exit(1);
}
if (version !== FONTTOOLS_VERSION) {
  console.warn(
    `fontTools ${version}, not ${FONTTOOLS_VERSION}: the subsets may differ in bytes from the committed ones`,
  );
}

for (const font of FONTS) {
  const output = join(fontsDir, font.subset);
  execFileSync(
    "pyftsubset",
    [fromCore.resolve(font.source), ...OPTIONS, `--output-file=${output}`],
    {
      stdio: "inherit",
    },
  );
  const bytes = readFileSync(output);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  process.stdout.write(`${font.subset}: ${bytes.length} bytes, sha256 ${sha256}\n`);
}
