import { defineConfig, mergeConfig } from "vite";
import base from "./vite.config.ts";

/**
 * The render function's build (`vite build -c vite.server.config.ts`), after the client's:
 * server/lambda.ts with everything it imports in one ES module for Node 22 on Lambda,
 * so the function's asset is this folder alone.
 */
export default mergeConfig(
  base,
  defineConfig({
    ssr: { noExternal: true, target: "node" },
    build: {
      ssr: "server/lambda.ts",
      outDir: "dist-server",
      emptyOutDir: true,
      sourcemap: true,
      target: "node22",
      copyPublicDir: false,
      minify: true,
      rolldownOptions: { output: { entryFileNames: "lambda.mjs", codeSplitting: false } },
    },
  }),
);
