import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ScormRefusal } from "./inspection.ts";
import type { ScormStandard } from "./scorm-schemas.ts";

/*
 * `imsmanifest.xml` as far as the platform plays it (decision 0084): the SCORM version,
 * the default organization's first item that launches a SCO, its title and 1.2 mastery
 * score. Sequencing and navigation rules are read by no one (README, "SCORM").
 */

export interface ManifestLaunch {
  standard: ScormStandard;
  /** Relative to the package's root, `xml:base` applied, query string kept. */
  launchPath: string;
  title: string;
  masteryScore?: number;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => ["organization", "item", "resource", "file"].includes(name),
});

const text = (value: unknown): string => {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return "";
};
const nodes = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.filter((each): each is Node => !!each && typeof each === "object")
    : [];
const node = (value: unknown): Node | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : undefined;
const attribute = (of: Node | undefined, name: string) => {
  const found = Object.entries(of ?? {}).find(([key]) => key.toLowerCase() === `@_${name}`);
  return typeof found?.[1] === "string" ? found[1].trim() : "";
};

/** 1.2 or 2004 (3rd or 4th edition, or the CAM 1.3 of the 2nd), from the schema version or the namespaces. */
function standardOf(manifest: Node): ScormStandard {
  const version = text(node(manifest.metadata)?.schemaversion).toLowerCase();
  if (version === "1.2") return "1.2";
  if (/^(2004 (3rd|4th) edition|cam 1\.3)$/.test(version)) return "2004";
  const namespaces = Object.entries(manifest)
    .filter(([key]) => key.startsWith("@_"))
    .map(([, value]) => String(value).toLowerCase());
  if (version === "") {
    if (namespaces.some((uri) => uri.includes("adlcp_rootv1p2"))) return "1.2";
    if (namespaces.some((uri) => uri.includes("adlcp_v1p3"))) return "2004";
  }
  throw new ScormRefusal(
    version
      ? `The manifest is for SCORM "${version.slice(0, 40)}"; SCORM 1.2 and SCORM 2004 (3rd or 4th edition) are accepted.`
      : "The manifest does not say which SCORM version it is (metadata/schemaversion).",
  );
}

/** Items in document order, depth first. */
function* itemsOf(parent: Node): Generator<Node> {
  for (const item of nodes(parent.item)) {
    yield item;
    yield* itemsOf(item);
  }
}

const joinBase = (...parts: string[]) =>
  parts
    .filter((part) => part !== "")
    .reduce(
      (path, part) => (path === "" || path.endsWith("/") ? path + part : `${path}/${part}`),
      "",
    );

/** Reads the manifest's launch, or throws a ScormRefusal naming what is wrong. */
export function readManifest(xml: string): ManifestLaunch {
  if (XMLValidator.validate(xml) !== true) {
    throw new ScormRefusal("imsmanifest.xml is not well-formed XML.");
  }
  const manifest = node(parser.parse(xml).manifest);
  if (!manifest) throw new ScormRefusal("imsmanifest.xml has no <manifest> element.");
  const standard = standardOf(manifest);
  const resources = node(manifest.resources);
  const resourceBase = attribute(resources, "base");
  const scos = new Map(
    nodes(resources?.resource)
      .filter((resource) => attribute(resource, "scormtype").toLowerCase() === "sco")
      .filter((resource) => attribute(resource, "href") !== "")
      .map((resource) => [attribute(resource, "identifier"), resource] as const),
  );
  const organizations = node(manifest.organizations);
  const all = nodes(organizations?.organization);
  const preferred = attribute(organizations, "default");
  const organization = all.find((each) => attribute(each, "identifier") === preferred) ?? all[0];
  const items = organization ? [...itemsOf(organization)] : [];
  const item = items.find((each) => scos.has(attribute(each, "identifierref")));
  const resource = item ? scos.get(attribute(item, "identifierref")) : undefined;
  if (!item || !resource) {
    throw new ScormRefusal(
      'The manifest names no launchable SCO: an organization item pointing at a resource with scormType "sco" and an href.',
    );
  }
  const parameters = attribute(item, "parameters");
  const launchPath = joinBase(
    resourceBase,
    attribute(resource, "base"),
    attribute(resource, "href"),
  );
  const mastery = Number.parseFloat(text(item.masteryscore));
  return {
    standard,
    launchPath: parameters
      ? `${launchPath}${parameters.startsWith("?") || parameters.startsWith("#") ? "" : "?"}${parameters}`
      : launchPath,
    title: (text(item.title) || text(organization?.title) || "SCORM package").slice(0, 200),
    ...(Number.isFinite(mastery) && mastery >= 0 && mastery <= 100
      ? { masteryScore: mastery }
      : {}),
  };
}
