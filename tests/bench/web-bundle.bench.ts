import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import {
  buildWeb,
  byPackage,
  firstLoad,
  helloApp,
  type LoadedFile,
  total,
} from "../support/web-build.ts";

/**
 * The web app's first load: builds it for production with its own vite.config.ts and
 * lists, gzipped, the JavaScript a first visit to `/` downloads before the page renders
 * (the entry chunk, its static imports, index.html's modulepreloads, the lazy chunk of
 * `/`), per chunk and per package, then apart the language catalogue the start awaits
 * and the CSS. Baseline, built in the same run by the same config: a bare `react-dom`
 * "Hello" (Preact through `preact/compat` since decision 0107). Goal: ≤ 120 KB of first-load JS (gzip, KB = 1000 bytes). Sizes do
 * not depend on the machine's load; the bench never fails on them.
 *
 *   pnpm bench tests/bench/web-bundle.bench.ts
 */
const GOAL_KB = 120;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const row = (file: LoadedFile) =>
  `  ${kb(file.gzip).padStart(9)}  ${kb(file.bytes).padStart(9)} min  ${file.role.padEnd(13)}  ${file.file}`;

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("web first load", () => {
  bench(
    "the web app's first-load JavaScript against its renderer alone",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "alliance-web-bundle-"));
      const hello = helloApp();
      try {
        const sizes = await buildWeb({ outDir: join(dir, "app") });
        await buildWeb({ outDir: join(dir, "hello"), root: hello.root });
        const app = firstLoad(join(dir, "app"));
        const base = firstLoad(join(dir, "hello"), { firstRoute: "index.html" });
        const js = total(app.js);
        const baseJs = total(base.js);
        lines.length = 0;
        lines.push(
          `Web first load, gzip level 9 (KB = 1000 bytes); goal ≤ ${GOAL_KB} KB of JavaScript`,
          `first-load JS: ${kb(js)} (${kb(total(app.js, "bytes"))} minified) in ${app.js.length} chunks, ${js <= GOAL_KB * 1000 ? "within" : "over"} the goal by ${kb(Math.abs(js - GOAL_KB * 1000))}`,
          `baseline, a react-dom "Hello" (Preact through compat) built by the same config: ${kb(baseJs)}; app ÷ baseline = ${(js / baseJs).toFixed(2)}×, the app's own share ${kb(js - baseJs)}`,
          `language catalogue (en) also awaited before the first render: ${kb(total(app.catalogue))} in ${app.catalogue.length} chunks; JS + catalogue ${kb(js + total(app.catalogue))}`,
          `CSS: ${kb(total(app.css))} (${kb(total(app.css, "bytes"))} minified)`,
          "",
          "      gzip   minified  why            chunk",
          ...[...app.js, ...app.catalogue, ...app.css].map(row),
          "",
          "first-load JS by package (gzip apportioned by minified bytes within each chunk):",
          ...byPackage(app.js, sizes)
            .filter(([, gzip]) => gzip >= 100)
            .map(([name, gzip]) => `  ${kb(gzip).padStart(9)}  ${name}`),
        );
      } finally {
        hello.remove();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
