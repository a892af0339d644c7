import { describe, expect, it } from "vitest";
import type { ScormLimits } from "./inspection.ts";
import { inspectScormPackage } from "./package-inspector.ts";
import { manifestXml, SCO_PAGE, scormPackage, zipOf } from "./scorm-package.fixture.ts";
import { SCORM_LIMITS } from "./scorm-schemas.ts";

async function refusalOf(zip: Uint8Array, limits?: ScormLimits) {
  const inspection = await inspectScormPackage(zip, limits);
  return "refusal" in inspection ? inspection.refusal : "accepted";
}

/** Everything `extract` hands out, by path. */
async function extracted(zip: Uint8Array, limits?: ScormLimits) {
  const inspection = await inspectScormPackage(zip, limits);
  if ("refusal" in inspection) throw new Error(inspection.refusal);
  const files = new Map<string, { text: string; contentType: string }>();
  await inspection.package.extract(async (path, bytes, contentType) => {
    files.set(path, { text: new TextDecoder().decode(bytes), contentType });
  });
  return { inspected: inspection.package, files };
}

/** Sets the sizes the zip's headers give for `name` to `size`, as a lying zip would. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const named = (at: number, lengthAt: number, nameAt: number) =>
    new TextDecoder().decode(
      bytes.subarray(at + nameAt, at + nameAt + view.getUint16(at + lengthAt, true)),
    ) === name;
  for (let at = 0; at + 4 <= bytes.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 26, 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at, 28, 46)) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

describe("checking a SCORM package", () => {
  it("accepts a SCORM 1.2 and a SCORM 2004 package and finds the SCO to launch", async () => {
    for (const standard of ["1.2", "2004"] as const) {
      const { inspected, files } = await extracted(
        scormPackage(standard, { "css/site.css": "body{}", "media/notes.txt": "n" }),
      );
      expect(inspected.standard).toBe(standard);
      expect(inspected.launchPath).toBe("index.html");
      expect(inspected.title).toBe("Local prevention networks");
      expect([...files.keys()].sort()).toEqual([
        "css/site.css",
        "imsmanifest.xml",
        "index.html",
        "media/notes.txt",
      ]);
      expect(files.get("index.html")).toEqual({
        text: SCO_PAGE,
        contentType: "text/html; charset=utf-8",
      });
      expect(files.get("css/site.css")?.contentType).toBe("text/css; charset=utf-8");
    }
  });

  it("launches a SCO in a folder, with xml:base and parameters", async () => {
    const manifest = manifestXml("2004", { href: "sco/start.html" })
      .replace("<resources>", '<resources xml:base="content/">')
      .replace('identifierref="res1"', 'identifierref="res1" parameters="?lang=fr"');
    const zip = zipOf({ "imsmanifest.xml": manifest, "content/sco/start.html": SCO_PAGE });
    const { inspected } = await extracted(zip);
    expect(inspected.launchPath).toBe("content/sco/start.html?lang=fr");
  });

  it("refuses a package without imsmanifest.xml at its root", async () => {
    const zip = zipOf({ "course/imsmanifest.xml": manifestXml("1.2"), "index.html": SCO_PAGE });
    expect(await refusalOf(zip)).toBe("The package has no imsmanifest.xml at its root.");
  });

  it("refuses a manifest that launches no SCO, or a SCO whose file is missing", async () => {
    const asset = zipOf({
      "imsmanifest.xml": manifestXml("1.2", { sco: false }),
      "index.html": "x",
    });
    expect(await refusalOf(asset)).toMatch(/^The manifest names no launchable SCO/);
    const missing = zipOf({ "imsmanifest.xml": manifestXml("2004", { href: "start.html" }) });
    expect(await refusalOf(missing)).toBe(
      'The SCO\'s launch file is not in the package: "start.html"',
    );
  });

  it("refuses a manifest that is not XML or not SCORM 1.2 or 2004", async () => {
    const broken = zipOf({ "imsmanifest.xml": "<manifest><oops></manifest>", "index.html": "x" });
    expect(await refusalOf(broken)).toBe("imsmanifest.xml is not well-formed XML.");
    const other = zipOf({
      "imsmanifest.xml": manifestXml("1.2").replace(">1.2<", ">1.1<"),
      "index.html": "x",
    });
    expect(await refusalOf(other)).toMatch(/^The manifest is for SCORM "1.1"/);
  });

  it("refuses a file that is not a zip", async () => {
    expect(await refusalOf(new TextEncoder().encode("%PDF-1.7 not a zip"))).toBe(
      "The file is not a zip archive that can be read.",
    );
  });

  it("refuses a path that climbs out of the package, or an absolute one", async () => {
    const climbing = scormPackageWith({ "../../etc/evil.html": "x" });
    expect(await refusalOf(climbing)).toBe(
      'The package holds a file outside its folder: "../../etc/evil.html"',
    );
    const absolute = scormPackageWith({ "/etc/evil.html": "x" });
    expect(await refusalOf(absolute)).toMatch(
      /^The package holds a file (outside its folder|with an absolute path)/,
    );
  });

  it("refuses a symbolic link", async () => {
    const zip = zipOf(
      { "imsmanifest.xml": manifestXml("1.2"), "index.html": SCO_PAGE },
      // A Unix symlink entry (mode 120777) whose content is its target.
      {
        "secrets.html": [new TextEncoder().encode("/etc/passwd"), { os: 3, attrs: 0o120777 << 16 }],
      },
    );
    expect(await refusalOf(zip)).toBe('The package holds a symbolic link: "secrets.html"');
  });

  it("refuses a zip bomb from its central directory, before inflating anything", async () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const zip = scormPackageWith({ "video.bin": zeros });
    expect(zip.length).toBeLessThan(64 * 1024);
    const limits = { ...SCORM_LIMITS, maxTotalBytes: 2 * 1024 * 1024 };
    expect(await refusalOf(zip, limits)).toBe(
      "The package's files come to more than 2 MB once unzipped.",
    );
  });

  it("stops a zip whose directory lies about a file's size while extracting it", async () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const lying = lieAboutSize(scormPackageWith({ "video.bin": zeros }), "video.bin", 10);
    const inspection = await inspectScormPackage(lying);
    if ("refusal" in inspection) throw new Error(inspection.refusal);
    expect(inspection.package.files.find((file) => file.path === "video.bin")?.size).toBe(10);
    const written: string[] = [];
    await expect(
      inspection.package.extract(async (path) => {
        written.push(path);
      }),
    ).rejects.toThrow("A file in the package is larger than the zip's directory says.");
    expect(written).not.toContain("video.bin");
  });

  it("refuses more entries than the limit", async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, "x"]));
    const limits = { ...SCORM_LIMITS, maxEntries: 10 };
    expect(await refusalOf(scormPackageWith(many), limits)).toBe(
      "The package holds 14 files and folders; at most 10 are accepted.",
    );
  });
});

function scormPackageWith(files: Record<string, string | Uint8Array>) {
  return zipOf({ "imsmanifest.xml": manifestXml("1.2"), "index.html": SCO_PAGE, ...files });
}
