// @vitest-environment happy-dom
import type { BadgeVerificationResult } from "@alliance/core/web";
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../../testing/render-with-app.tsx";
import { CredentialCheck } from "./credential-check.tsx";

const CREDENTIAL = {
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential", "OpenBadgeCredential"],
  issuer: { id: "did:web:academy.example:api:badges" },
};

const verified: BadgeVerificationResult = {
  verified: true,
  signature: true,
  issuer: true,
  revoked: false,
  certificateCode: "ALC-7K3M-9QX2-PT4D",
  problems: [],
};

function open(answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent = answerRequests(answer);
  return { sent, ...renderWithApp(<CredentialCheck />, { path: "/verify" }) };
}

const field = () => screen.getByLabelText("Credential (JSON)") as HTMLTextAreaElement;
// A pasted text arrives as an `input` event, which both React's and Preact's `onChange` on a
// text field listen to (Preact's compatibility layer listens to nothing else).
const submit = () => screen.getByRole("button", { name: "Check the credential" });

afterEach(() => vi.unstubAllGlobals());

describe("credential check", () => {
  it("says what is missing or unreadable without asking the API, keeping what was pasted", async () => {
    const { sent, user } = open(() => answerJson(verified));
    await user.click(submit());
    expect(errorOf(field())).toContain("Choose the credential file or paste its contents.");
    expect(document.activeElement).toBe(field());

    fireEvent.input(field(), { target: { value: '{"type": ["VerifiableCredential"' } });
    await user.click(submit());
    expect(errorOf(field())).toContain("This is not JSON.");
    expect(field().value).toBe('{"type": ["VerifiableCredential"');

    fireEvent.input(field(), { target: { value: "[1, 2]" } });
    await user.click(submit());
    expect(errorOf(field())).toContain("This is not an Open Badges credential.");
    expect(sent).toEqual([]);
  });

  it("sends the pasted credential and names each check of a valid one", async () => {
    const { sent, user } = open(() => answerJson(verified));
    fireEvent.input(field(), { target: { value: JSON.stringify(CREDENTIAL, null, 2) } });
    await user.click(submit());
    const heading = await screen.findByRole("heading", { name: "Valid credential" });
    expect(document.activeElement).toBe(heading);
    expect(sent.map(({ method, path, body }) => [method, path, body])).toEqual([
      ["POST", "/api/badges/verifications", { credential: CREDENTIAL }],
    ]);
    expect(screen.getByText("This academy").tagName).toBe("DD");
    expect(screen.getByText("Not revoked").tagName).toBe("DD");
    const link = screen.getByRole("link", { name: "See certificate ALC-7K3M-9QX2-PT4D" });
    expect(link.getAttribute("href")).toBe("/verify/ALC-7K3M-9QX2-PT4D");
  });

  it("shows a tampered credential as not verified, with the verifier's details", async () => {
    const { user } = open(() =>
      answerJson({
        ...verified,
        verified: false,
        signature: false,
        certificateCode: null,
        problems: ["Invalid signature."],
      } satisfies BadgeVerificationResult),
    );
    fireEvent.input(field(), { target: { value: JSON.stringify(CREDENTIAL) } });
    await user.click(submit());
    await screen.findByRole("heading", { name: "This credential could not be verified" });
    expect(screen.getByText(/^Not valid: the credential was changed/).tagName).toBe("DD");
    expect(screen.getByText("Invalid signature.").closest("ul")?.getAttribute("lang")).toBe("en");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("reads a chosen file into the field", async () => {
    const { user } = open(() => answerJson(verified));
    const file = new File([JSON.stringify(CREDENTIAL)], "badge.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Choose the credential file (.json)"), file);
    await vi.waitFor(() => expect(field().value).toBe(JSON.stringify(CREDENTIAL)));
  });

  it("shows the API's refusal (400) on the field", async () => {
    const { user } = open(() =>
      answerProblem(400, "invalid-request", [{ field: "credential", message: "Too large" }]),
    );
    fireEvent.input(field(), { target: { value: JSON.stringify(CREDENTIAL) } });
    await user.click(submit());
    await screen.findByRole("alert");
    expect(errorOf(field())).toContain("This is not an Open Badges credential.");
    expect(field().value).toBe(JSON.stringify(CREDENTIAL));
  });
});
