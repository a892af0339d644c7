import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "node-file-imports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hooks = new URL("./node-file-imports.ts", import.meta.url);
const fonts = new URL("../../core/src/learning/certificate-fonts.ts", import.meta.url);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

/** Runs a script under tsx, as `pnpm dev` runs the API, and returns what it printed. */
async function underTsx(lines: string[]) {
  const script = join(dir, "probe.mts");
  writeFileSync(script, lines.join("\n"));
  const { stdout } = await run(process.execPath, [tsx, script]);
  return stdout.trim();
}

describe("node-file-imports", () => {
  it("lets the API under tsx read the certificate fonts, as the Lambda bundle does", async () => {
    const printed = await underTsx([
      `import ${JSON.stringify(hooks.href)};`,
      `const { loadCertificateFonts } = await import(${JSON.stringify(fonts.href)});`,
      "const { regular, bold } = await loadCertificateFonts();",
      "console.log(JSON.stringify([regular.length, bold.length]));",
    ]);

    const sizes = ["DejaVuSerif-subset.ttf", "DejaVuSerif-Bold-subset.ttf"].map(
      (file) =>
        readFileSync(new URL(`../../core/src/learning/fonts/${file}`, import.meta.url)).length,
    );
    expect(JSON.parse(printed)).toEqual(sizes);
  });

  it("is what the API's server entry loads first", () => {
    const server = readFileSync(new URL("./server.ts", import.meta.url), "utf8");

    expect(server.match(/^import .*$/m)?.[0]).toBe('import "./node-file-imports.ts";');
  });
});
