import { QueryClient } from "@tanstack/react-query";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { certificateKeys } from "./queries.ts";
import { Component as VerifyPage } from "./verify-page.tsx";

function render(path: string, queryClient = new QueryClient()): string {
  return renderStatic(
    <Routes>
      <Route path="/verify" element={<VerifyPage />} />
      <Route path="/verify/:code" element={<VerifyPage />} />
    </Routes>,
    { path, queryClient },
  );
}

describe("verify page", () => {
  it("offers an empty, labelled code field that no browser fills or corrects", () => {
    const html = render("/verify");
    expect(html).toContain(">Verify a certificate</h1>");
    expect(html).toContain('<label for="certificate-code">Verification code</label>');
    expect(html).toMatch(/<input[^>]*id="certificate-code"[^>]*value=""/);
    expect(html).toMatch(/<input[^>]*autoComplete="off"[^>]*spellCheck="false"/);
    expect(html).toContain(">Verify</button>");
    expect(html).not.toContain('aria-invalid="true"');
  });

  it("shows what is wrong with a malformed code in the address, linked to the field", () => {
    const html = render("/verify/alc-7k3m");
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toContain('aria-describedby="certificate-code-hint certificate-code-error"');
    expect(html).toContain('id="certificate-code-error"');
    expect(html).toContain("Enter a code in the form ALC-XXXX-XXXX-XXXX");
    expect(html).toContain('value="alc-7k3m"');
  });

  it("looks up a code from the address as printed, however it was typed", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(certificateKeys.verification("ALC-7K3M-9QX2-PT4D"), {
      code: "ALC-7K3M-9QX2-PT4D",
      status: "valid",
      holderName: "Ana Silva",
      courseTitle: "Prevention basics",
      versionNumber: 1,
      issuedAt: "2026-03-12T10:00:00.000Z",
      revokedAt: null,
      revokedReason: null,
    });
    const html = render("/verify/alc%207k3m%209qx2%20pt4d", queryClient);
    expect(html).toContain(">Valid certificate</h2>");
    expect(html).toContain("<dd>Ana Silva</dd>");
    expect(html).toContain('value="ALC-7K3M-9QX2-PT4D"');
  });
});
