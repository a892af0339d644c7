import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The features are sealed (docs/decisions/0021-sealed-web-features.md): Biome's
 * noRestrictedImports, set per folder in biome.json, makes `pnpm lint` fail on an import
 * that breaks the rule. These tests prove the rule fires, and check what Biome cannot:
 * that the features depend on each other without a cycle.
 */
const features = import.meta.dirname;
const src = dirname(features);
const root = resolve(src, "../..");

/** Where a file sits (from the repository root), what it imports, whether Biome must refuse it. */
const cases: [file: string, specifier: string, refused: boolean][] = [
  // A feature's own files, another feature's index.ts, the shared layers.
  ["web/src/features/cities/fixture.ts", "./queries.ts", false],
  ["web/src/features/cities/fixture.ts", "../exchange/index.ts", false],
  ["web/src/features/cities/fixture.ts", "../../ui/page.tsx", false],
  ["web/src/features/cities/fixture.ts", "../../api/client.ts", false],
  ["web/src/features/cities/fixture.ts", "../../i18n/index.ts", false],
  ["web/src/features/cities/fixture.ts", "../../app/flash-message.tsx", false],
  ["web/src/features/cities/fixture.ts", "@alliance/core/web", false],
  ["web/src/features/cities/fixture.ts", "@alliance/api/client", false],
  // Another feature's internals, however the path is written.
  ["web/src/features/cities/fixture.ts", "../exchange/queries.ts", true],
  ["web/src/features/cities/fixture.ts", "../academy/catalogue/labels.ts", true],
  ["web/src/features/cities/fixture.ts", "../../features/exchange/queries.ts", true],
  // app/ composes the features: a feature importing its router or layout makes a cycle.
  ["web/src/features/cities/fixture.ts", "../../app/router.tsx", true],
  // Core's server side, the API package's server side.
  ["web/src/features/cities/fixture.ts", "@alliance/core", true],
  ["web/src/features/cities/fixture.ts", "@alliance/core/schema", true],
  ["web/src/config/fixture.ts", "@alliance/core/schema", true],
  ["web/src/config/fixture.ts", "@alliance/core/web", false],
  ["web/src/features/cities/fixture.ts", "@alliance/api", true],
  // One level down: the feature's other subfolders are its own; other features are not.
  ["web/src/features/academy/authoring/fixture.ts", "../catalogue/labels.ts", false],
  ["web/src/features/academy/authoring/fixture.ts", "../index.ts", false],
  ["web/src/features/academy/authoring/fixture.ts", "../../exchange/index.ts", false],
  ["web/src/features/academy/authoring/fixture.ts", "../../../ui/page.tsx", false],
  ["web/src/features/academy/authoring/fixture.ts", "../../exchange/queries.ts", true],
  ["web/src/features/academy/authoring/fixture.ts", "../../../features/cities/queries.ts", true],
  ["web/src/features/academy/authoring/fixture.ts", "../../../app/layout.tsx", true],
  ["web/src/features/academy/authoring/fixture.ts", "@alliance/core", true],
  // app/ reaches pages for the router and everything else through index.ts.
  ["web/src/app/fixture.tsx", "../features/exchange/item-page.tsx", false],
  ["web/src/app/fixture.tsx", "../features/academy/catalogue/catalogue-page.tsx", false],
  ["web/src/app/fixture.tsx", "../features/auth/index.ts", false],
  ["web/src/app/fixture.tsx", "../features/exchange/queries.ts", true],
  ["web/src/app/fixture.tsx", "@alliance/core", true],
  ["web/src/main.tsx", "./features/auth/index.ts", false],
  ["web/src/main.tsx", "./features/auth/session.ts", true],
  // The layers below the features import neither features nor app/.
  ["web/src/ui/fixture.ts", "../features/auth/index.ts", true],
  ["web/src/ui/fixture.ts", "../app/flash-message.tsx", true],
  ["web/src/api/fixture.ts", "../features/auth/index.ts", true],
  ["web/src/i18n/fixture.ts", "../app/router.tsx", true],
];

describe("sealed features: Biome refuses an import across a feature's seal", () => {
  let workspace: string;
  let refused: Set<string>;

  /** Each case in its own file, all linted in one run with the repository's biome.json. */
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), "sealed-features-"));
    const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
    delete config.$schema;
    writeFileSync(join(workspace, "biome.json"), JSON.stringify(config));
    cases.forEach(([file, specifier], index) => {
      const path = file.replace(/(\.tsx?)$/, `-${index}$1`);
      mkdirSync(join(workspace, dirname(path)), { recursive: true });
      writeFileSync(
        join(workspace, path),
        `import { value } from "${specifier}";\n\nexport const copy = value;\n`,
      );
    });
    const run = spawnSync(
      join(root, "node_modules/.bin/biome"),
      ["lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", "web"],
      { cwd: workspace, encoding: "utf8" },
    );
    const report = JSON.parse(run.stdout) as {
      diagnostics: { category?: string; location?: { path?: string } }[];
    };
    refused = new Set(
      report.diagnostics
        .filter((diagnostic) => diagnostic.category === "lint/style/noRestrictedImports")
        .map((diagnostic) => diagnostic.location?.path ?? ""),
    );
  }, 60_000);

  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it.each(cases.map((testCase, index) => [...testCase, index] as const))(
    "%s importing %s: refused %s",
    (file, _specifier, shouldRefuse, index) => {
      const path = file.replace(/(\.tsx?)$/, `-${index}$1`);
      expect(refused.has(path)).toBe(shouldRefuse);
    },
  );
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The feature a path (absolute) belongs to, if it is inside web/src/features/<name>/. */
function featureOf(path: string): string | undefined {
  const [name, ...rest] = relative(features, path).split(sep);
  return rest.length > 0 && name && name !== ".." ? name : undefined;
}

/** Which features each feature imports (static and dynamic imports, type imports too). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(features)) {
    const from = featureOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/(?:from|import\s*\()\s*["'](\.[^"']+)["']/g)) {
      const to = featureOf(resolve(dirname(file), specifier ?? ""));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** A cycle among the features as a path (a → b → a), or none. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("the features", () => {
  const folders = readdirSync(features, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it("each have an index.ts, what other features may take from them", () => {
    expect(folders.filter((name) => !existsSync(join(features, name, "index.ts")))).toEqual([]);
  });

  it("nest at most one level of subfolders (the depths biome.json seals)", () => {
    const tooDeep = sourceFiles(features)
      .map((file) => relative(features, file).split(sep))
      .filter((parts) => parts.length > 3)
      .map((parts) => parts.join("/"));
    expect(tooDeep).toEqual([]);
  });

  it("depend on each other without a cycle", () => {
    const graph = featureGraph();
    expect(graph.size).toBe(folders.length);
    expect(findCycle(graph)).toBeUndefined();
  });

  it("finds a cycle when there is one (the check itself works)", () => {
    const graph = new Map([
      ["learning", new Set(["academy", "auth"])],
      ["academy", new Set(["auth", "learning"])],
      ["auth", new Set<string>()],
    ]);
    expect(findCycle(graph)).toEqual(["learning", "academy", "learning"]);
  });
});
