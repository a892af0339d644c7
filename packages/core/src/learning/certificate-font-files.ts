import bold from "./fonts/DejaVuSerif-Bold-subset.ttf";
import regular from "./fonts/DejaVuSerif-subset.ttf";

/**
 * Where the two font files are. Bundled, esbuild's `file` loader gives each path relative
 * to the output file that holds its import, which, split in pieces (decision 0112), is
 * whichever chunk this module lands in: the stubs are imported here only, so esbuild puts
 * them in this module's chunk, and the paths are resolved against this module's own
 * `import.meta.url`. Under Vitest and tsx the import gives the file's URL, which resolving
 * keeps. Imported on the first certificate only (under tsx, after node-file-imports.ts).
 */
export const CERTIFICATE_FONT_FILES = {
  regular: new URL(regular, import.meta.url),
  bold: new URL(bold, import.meta.url),
};
