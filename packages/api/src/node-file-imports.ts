import { register } from "node:module";

/**
 * Under plain Node (`pnpm dev` runs the API with tsx) a `.ttf` import gives the file's URL,
 * as esbuild's `file` loader gives the bundled copy's path in the Lambda and
 * vitest.config.ts's plugin gives the file's URL under Vitest: the certificate fonts are
 * read from there (decision 0022). Node itself refuses to import a `.ttf` file.
 */
const HOOKS = `
export async function load(url, context, nextLoad) {
  const file = new URL(url);
  if (file.protocol !== "file:" || !file.pathname.endsWith(".ttf")) return nextLoad(url, context);
  file.search = "";
  file.hash = "";
  const source = "export default " + JSON.stringify(file.href) + ";";
  return { format: "module", source, shortCircuit: true };
}
`;

register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
