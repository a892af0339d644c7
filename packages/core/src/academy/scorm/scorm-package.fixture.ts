import { strToU8, type Zippable, zipSync } from "fflate";
import type { ScormStandard } from "./scorm-schemas.ts";

/*
 * Small SCORM packages built in the tests (unit, integration and e2e), so no binary
 * fixture hides what a test checks.
 */

const NAMESPACES: Record<ScormStandard, string> = {
  "1.2":
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  "2004":
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
};
const SCHEMA_VERSIONS: Record<ScormStandard, string> = { "1.2": "1.2", "2004": "2004 4th Edition" };

/** An `imsmanifest.xml` whose one item launches `href` (or names no SCO when `sco` is false). */
export function manifestXml(
  standard: ScormStandard,
  options: { href?: string; sco?: boolean; title?: string } = {},
): string {
  const { href = "index.html", sco = true, title = "Local prevention networks" } = options;
  const type = standard === "1.2" ? "adlcp:scormtype" : "adlcp:scormType";
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="pkg" version="1" ${NAMESPACES[standard]}>
  <metadata><schema>ADL SCORM</schema><schemaversion>${SCHEMA_VERSIONS[standard]}</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item1" identifierref="res1"><title>${title}</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" ${type}="${sco ? "sco" : "asset"}" href="${href}">
      <file href="${href}"/>
    </resource>
  </resources>
</manifest>`;
}

/** A page that finds the LMS's API the way SCOs do (its parents), for the player's tests. */
export const SCO_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SCO</title></head>
<body><h1>Local prevention networks</h1><p>A one-page SCO.</p></body></html>`;

/** A zip of `files` (text or bytes); `extra` entries are passed to fflate as they are. */
export function zipOf(
  files: Record<string, string | Uint8Array>,
  extra: Zippable = {},
): Uint8Array {
  const entries: Zippable = { ...extra };
  for (const [path, content] of Object.entries(files)) {
    entries[path] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(entries);
}

/** A SCORM package of `standard` with a manifest and one page. */
export const scormPackage = (standard: ScormStandard, files: Record<string, string> = {}) =>
  zipOf({ "imsmanifest.xml": manifestXml(standard), "index.html": SCO_PAGE, ...files });
