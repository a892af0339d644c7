import { defineConfig } from "vitest/config";

/**
 * One runner, five projects: unit tests beside the code; integration tests of the
 * API on DynamoDB Local and the Cognito and S3 emulators; CDK assertions; browser
 * journeys in Chromium; benchmarks. Emulators start once per run in globalSetup.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/**/*.test.ts", "web/src/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "infra",
          include: ["tests/infra/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/e2e-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "bench",
          include: ["tests/bench/**/*.bench.ts"],
          benchmark: { include: ["tests/bench/**/*.bench.ts"] },
          globalSetup: ["tests/support/integration-setup.ts"],
        },
      },
    ],
  },
});
