/**
 * A font imported as a module is its file's address (a `file:` URL or a path beside
 * the bundle): esbuild's `file` loader in the Lambda bundle, the plugin in
 * vitest.config.ts and `packages/api/src/node-file-imports.ts` under tsx all give that.
 */
declare module "*.ttf" {
  const location: string;
  export default location;
}
