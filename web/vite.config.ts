import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The web app talks to the API on the same origin under /api, so the dev server and
 * `vite preview` proxy /api to the local API. Ports come from WEB_PORT and API_PORT
 * (the same variables the local stack uses); strictPort makes a taken port an error
 * rather than a silent move to another port that nothing else knows about.
 */
const webPort = Number(process.env.WEB_PORT ?? 5173);
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;
const proxy = { "/api": { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  envPrefix: "VITE_",
  server: { port: webPort, strictPort: true, proxy },
  preview: { port: webPort, strictPort: true, proxy },
  build: {
    outDir: "dist",
    sourcemap: true,
    target: "es2022",
    rolldownOptions: {
      // Core's schemas call zod's .meta() at import time (a registry for the API's
      // OpenAPI document), which marks them as side effects and would pull zod into
      // the first download. The browser needs none of that: let unused core modules go.
      treeshake: { moduleSideEffects: [{ test: /\/packages\/core\/src\//, sideEffects: false }] },
    },
  },
});
