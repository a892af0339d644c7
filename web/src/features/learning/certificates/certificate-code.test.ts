import { describe, expect, it } from "vitest";
import { readCertificateCode } from "./certificate-code.ts";

const ok = (code: string) => ({ ok: true, code });
const problem = (name: string) => ({ ok: false, problem: name });

describe("reading a typed certificate code", () => {
  it("keeps a code typed as printed", () => {
    expect(readCertificateCode("ALC-7K3M-9QX2-PT4D")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
  });

  it("accepts lower case, spaces, other dashes and missing hyphens", () => {
    expect(readCertificateCode("  alc-7k3m-9qx2-pt4d ")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
    expect(readCertificateCode("ALC 7K3M 9QX2 PT4D")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
    expect(readCertificateCode("alc7k3m9qx2pt4d")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
    expect(readCertificateCode("ALC–7K3M—9QX2‑PT4D")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
    expect(readCertificateCode("7K3M-9QX2-PT4D")).toEqual(ok("ALC-7K3M-9QX2-PT4D"));
  });

  it("reads the look-alike letters I and L as 1 and O as 0, never in the prefix", () => {
    expect(readCertificateCode("ALC-IK3M-9QX2-PT4O")).toEqual(ok("ALC-1K3M-9QX2-PT40"));
    expect(readCertificateCode("alc-lk3m-oqx2-pt4d")).toEqual(ok("ALC-1K3M-0QX2-PT4D"));
  });

  it("refuses the letter U, which no code contains", () => {
    expect(readCertificateCode("ALC-7K3M-9QX2-PT4U")).toEqual(problem("letterU"));
  });

  it("refuses a code of the wrong length or prefix, or with other characters", () => {
    expect(readCertificateCode("")).toEqual(problem("empty"));
    expect(readCertificateCode("  - ")).toEqual(problem("empty"));
    expect(readCertificateCode("ALC-7K3M-9QX2-PT4")).toEqual(problem("format"));
    expect(readCertificateCode("ALC-7K3M-9QX2-PT4DX")).toEqual(problem("format"));
    expect(readCertificateCode("ABC-7K3M-9QX2-PT4D")).toEqual(problem("format"));
    expect(readCertificateCode("ALC-7K3M-9QX2-PT4*")).toEqual(problem("format"));
  });
});
