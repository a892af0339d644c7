// @vitest-environment happy-dom
import type { CertificateVerification } from "@alliance/core/web";
import type { QueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  pendingAnswer,
  type SentRequest,
} from "../../../testing/api-answers.ts";
import { errorOf, renderWithApp, testQueryClient } from "../../../testing/render-with-app.tsx";
import { certificateKeys } from "./queries.ts";
import { Component as VerifyPage } from "./verify-page.tsx";

const CODE = "ALC-7K3M-9QX2-PT4D";

const valid: CertificateVerification = {
  code: CODE,
  status: "valid",
  holderName: "Ana Silva",
  courseTitle: "Prevention basics",
  versionNumber: 1,
  issuedAt: "2026-03-12T10:00:00.000Z",
  revokedAt: null,
  revokedReason: null,
};

/**
 * The page at `path` (/verify, or /verify/{code} as printed on a certificate); the API
 * answers with `answer` (a valid certificate by default).
 */
function open(
  path: string,
  {
    answer = () => answerJson(valid),
    queryClient,
  }: {
    answer?: (request: SentRequest) => Response | Promise<Response>;
    queryClient?: QueryClient;
  } = {},
) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<VerifyPage />, {
      path,
      route: "/verify/:code?",
      ...(queryClient && { queryClient }),
    }),
  };
}

const field = () => screen.getByLabelText("Verification code") as HTMLInputElement;

describe("verify page", () => {
  it("offers an empty, labelled code field that no browser fills or corrects", () => {
    const { sent } = open("/verify");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Verify a certificate");
    const input = field();
    expect(input.id).toBe("certificate-code");
    expect(input.value).toBe("");
    expect(input.getAttribute("autocomplete")).toBe("off");
    expect(input.getAttribute("spellcheck")).toBe("false");
    expect(screen.getByRole("button", { name: "Verify" })).toBeTruthy();
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it("shows what is wrong with a malformed code in the address, linked to the field", async () => {
    const { sent } = open("/verify/alc-7k3m");
    const input = field();
    await screen.findByRole("alert");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(
      "certificate-code-hint certificate-code-error",
    );
    expect(errorOf(input)).toContain("Enter a code in the form ALC-XXXX-XXXX-XXXX");
    expect(screen.getByRole("alert").textContent).toContain(
      "Enter a code in the form ALC-XXXX-XXXX-XXXX",
    );
    expect(input.value).toBe("alc-7k3m");
    expect(sent).toEqual([]);
  });

  it("looks up a code from the address as printed, however it was typed", async () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(certificateKeys.verification(CODE), valid);
    open("/verify/alc%207k3m%209qx2%20pt4d", { queryClient });
    expect(
      await screen.findByRole("heading", { level: 2, name: "Valid certificate" }),
    ).toBeTruthy();
    expect(screen.getByText("Ana Silva").tagName).toBe("DD");
    expect(field().value).toBe(CODE);
  });

  it("says what is wrong with a typed code, without asking the API", async () => {
    const { sent, user } = open("/verify");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(errorOf(field())).toContain("Enter the verification code printed on the certificate.");
    expect(document.activeElement).toBe(field());

    await user.type(field(), "ALC-7K3M-9QX2-PT4U");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(errorOf(field())).toContain("never contain the letter U");
    expect(screen.getByRole("alert").textContent).toContain("never contain the letter U");
    expect(field().value).toBe("ALC-7K3M-9QX2-PT4U");
    expect(sent).toEqual([]);
  });

  it("shows a typed code as printed once the field is left", async () => {
    const { sent, user } = open("/verify");
    await user.type(field(), "alc7k3m9qx2pt4o");
    await user.tab();
    expect(field().value).toBe("ALC-7K3M-9QX2-PT40");
    expect(sent).toEqual([]);
  });

  it("looks a typed code up in its printed form and shows the certificate", async () => {
    const { sent, user, router } = open("/verify");
    await user.type(field(), " alc 7k3m 9qx2 pt4d ");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    const heading = await screen.findByRole("heading", { name: "Valid certificate" });
    expect(document.activeElement).toBe(heading);
    expect(field().value).toBe(CODE);
    expect(router.state.location.pathname).toBe(`/verify/${CODE}`);
    expect(sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET /api/certificates/${CODE}`,
    ]);
  });

  it("shows the API's refusal of a code (400) on the field, keeping the code", async () => {
    const { user } = open("/verify", {
      answer: () =>
        answerProblem(400, "invalid-request", [{ field: "code", message: "Expected a code" }]),
    });
    await user.type(field(), CODE);
    await user.click(screen.getByRole("button", { name: "Verify" }));
    await screen.findByRole("alert");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(field())).toContain("Enter a code in the form ALC-XXXX-XXXX-XXXX");
    expect(field().value).toBe(CODE);
    expect(screen.queryByRole("heading", { name: "Valid certificate" })).toBeNull();
  });

  it("shows the button busy while the code is looked up", async () => {
    const later = pendingAnswer();
    const { user } = open("/verify", { answer: () => later.response });
    await user.type(field(), CODE);
    await user.click(screen.getByRole("button", { name: "Verify" }));
    const busy = await screen.findByRole("button", { name: "Checking the certificate…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    later.resolve(answerJson(valid));
    await screen.findByRole("heading", { name: "Valid certificate" });
    expect(screen.getByRole("button", { name: "Verify" }).getAttribute("aria-busy")).toBeNull();
  });
});
