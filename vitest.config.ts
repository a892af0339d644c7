import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * One runner, six projects: unit tests beside the code (the web app's apart);
 * integration tests of the API on DynamoDB Local and the Cognito and S3 emulators; CDK
 * assertions; browser journeys in Chromium; benchmarks. Emulators start once per run
 * in globalSetup.
 */
/** The SDK warns that Node 20 loses support in 2027; the Lambda runtime is Node 22. */
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };
// The global setups run in this process and use the SDK too.
Object.assign(process.env, env);

/**
 * A `.ttf` import gives the font file's URL, as esbuild's `file` loader gives the bundled
 * copy's path in the Lambda and packages/api/src/node-file-imports.ts gives the file's URL
 * under tsx (decision 0022); Vite would otherwise give a dev-server path.
 */
const fontFileUrls: Plugin = {
  name: "font-file-urls",
  enforce: "pre",
  load(id) {
    const file = id.split("?")[0] ?? id;
    if (file.endsWith(".ttf")) return `export default ${JSON.stringify(pathToFileURL(file).href)};`;
  },
};
const plugins = [fontFileUrls];

/**
 * The web app runs on Preact (decision 0107): `react` and `react-dom` are its compat
 * layer, which has no `react-dom/test-utils`. Testing Library takes `act` from there:
 * its ES module build, run through Vite, gets Preact's test utilities instead.
 */
const webRequire = createRequire(join(import.meta.dirname, "web", "package.json"));
const testingLibraryOnPreact = {
  alias: [
    { find: /^react-dom\/test-utils$/, replacement: webRequire.resolve("preact/test-utils") },
    {
      find: /^@testing-library\/react$/,
      replacement: join(
        dirname(webRequire.resolve("@testing-library/react")),
        "@testing-library/react.esm.js",
      ),
    },
  ],
};

export default defineConfig({
  test: {
    // At least two workers: Vitest's default (one fewer than the cores) is one on a 2-core
    // machine, where the unit files then wait for the integration files' single worker
    // while the other core idles once the browser suite is done (decision 0114). The e2e
    // project runs its files one at a time whatever this says.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        plugins,
        test: {
          name: "unit",
          env,
          include: ["packages/**/*.test.ts", "tests/docs/**/*.test.ts"],
          environment: "node",
          // Its files share their worker's modules: 34 CPU seconds instead of 107, most
          // of them importing core, the SDK and hono once a file (decision 0116). So no
          // stubbed variable or global outlives its test, and a spy must not outlive its
          // file (`afterAll(() => vi.restoreAllMocks())`).
          isolate: false,
          unstubEnvs: true,
          unstubGlobals: true,
          // Generous: a loaded 2-core CI machine is slow, and some tests wait for
          // the SDK's own retry backoff (up to ~3.5 s for throttling).
          testTimeout: 30_000,
        },
      },
      {
        plugins,
        resolve: testingLibraryOnPreact,
        test: {
          name: "web",
          env,
          server: { deps: { inline: ["@testing-library/react"] } },
          // Each file in a fresh worker thread: they render into a DOM of their own and mock
          // modules.
          // Worker threads start cheaper than child processes: 134–154 CPU seconds for
          // the project against 163–190 (decision 0116).
          include: ["web/src/**/*.test.{ts,tsx}"],
          pool: "threads",
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        plugins,
        test: {
          name: "integration",
          // The stream's metric lines (embedded metric format, written straight to
          // stdout) would fill the run's output: correlation.test.ts turns them on.
          env: { ...env, POWERTOOLS_METRICS_DISABLED: "true" },
          include: ["tests/integration/**/*.test.ts"],
          // Files share their worker's modules: the API, the core and the SDK are
          // imported once a worker, not once a file (decision 0114). Each file makes its own
          // users, cities and objects, and no file mocks a module.
          isolate: false,
          globalSetup: ["tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins,
        test: {
          name: "infra",
          env,
          include: ["tests/infra/**/*.test.ts"],
          globalSetup: ["tests/support/infra-setup.ts"],
          // Its files share their worker's modules (aws-cdk-lib is loaded once a worker)
          // and its synthesised apps (synth-alliance.ts; decision 0116).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins,
        test: {
          name: "e2e",
          env,
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/e2e-setup.ts"],
          fileParallelism: false,
          // One worker runs the files one after another and keeps its modules: Playwright
          // and the demo data load once, not once a file (decision 0116).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins,
        test: {
          name: "bench",
          env,
          include: ["tests/bench/**/*.bench.ts"],
          benchmark: { include: ["tests/bench/**/*.bench.ts"] },
          globalSetup: ["tests/support/integration-setup.ts"],
        },
      },
    ],
  },
});
