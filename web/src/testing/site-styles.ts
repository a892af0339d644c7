import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll } from "vitest";

/**
 * Puts the site's own stylesheet into the test's document, for components whose shown
 * parts the stylesheet chooses (the filters panel folds below the layout's breakpoint by
 * CSS alone): Testing Library's queries then see what a browser of the test's viewport
 * shows. Read from disk, since Vitest gives CSS imports (even `?raw`) no content.
 */
export function withSiteStyles(): void {
  beforeAll(() => {
    const sheet = document.createElement("style");
    sheet.textContent = readFileSync(join(import.meta.dirname, "..", "styles.css"), "utf8");
    document.head.append(sheet);
    return () => sheet.remove();
  });
}
