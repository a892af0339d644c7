#!/usr/bin/env node
/**
 * `pnpm dev`: the root package.json has no "dev" script, so pnpm runs this bin of
 * @alliance/dev directly, and adds no "[ELIFECYCLE] Command failed" lines of its own
 * when the CLI fails: its one-line failure stays alone. tsx's loader lets Node run
 * the TypeScript CLI in this same process (no wrapper process between the signals
 * of the terminal and the CLI that stops every child).
 */
await import("tsx");
await import("../src/cli.ts");
