import type { CertificateVerification } from "@alliance/core/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { certificateDate, VerificationResult } from "./verification-result.tsx";

const valid: CertificateVerification = {
  code: "ALC-7K3M-9QX2-PT4D",
  status: "valid",
  holderName: "Ana Silva",
  courseTitle: "Preventing radicalisation: the basics",
  versionNumber: 3,
  issuedAt: "2026-03-31T23:30:00.000Z",
  revokedAt: null,
  revokedReason: null,
};

function render(verification: CertificateVerification, lng: "en" | "fr" = "en"): string {
  return renderStatic(<VerificationResult verification={verification} />, { lng });
}

describe("verification result", () => {
  // Far from UTC, so that a date taken in local time instead of UTC shows the next day.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Pacific/Auckland";
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("states what a valid certificate says: holder, course, version, UTC issue date, code", () => {
    const html = render(valid);
    expect(html).toContain(">Valid certificate</h2>");
    expect(html).toContain("<dt>Holder</dt><dd>Ana Silva</dd>");
    expect(html).toContain("<dt>Course</dt><dd>Preventing radicalisation: the basics</dd>");
    expect(html).toContain("<dt>Version</dt><dd>3</dd>");
    expect(html).toContain(">March 31, 2026</time>");
    expect(html).toContain("ALC-7K3M-9QX2-PT4D");
    expect(html).not.toContain("Revoked");
  });

  it("never names the holder of a revoked certificate, even when given a name", () => {
    const html = render({
      ...valid,
      status: "revoked",
      revokedAt: "2026-05-02T08:00:00.000Z",
      revokedReason: "holder-request",
    });
    expect(html).toContain(">Revoked certificate</h2>");
    expect(html).toContain("This certificate was revoked at the holder’s request.");
    expect(html).not.toContain("Ana Silva");
    expect(html).not.toContain("Holder");
    expect(html).toContain("<dt>Course</dt>");
    expect(html).toContain(">March 31, 2026</time>");
    expect(html).toContain("<dt>Revoked on</dt>");
    expect(html).toContain(">May 2, 2026</time>");
  });

  it("writes dates in the interface language", () => {
    expect(certificateDate("2026-03-31T23:30:00.000Z", "fr")).toBe("31 mars 2026");
    expect(render(valid, "fr")).toContain("Certificat valide");
  });
});
