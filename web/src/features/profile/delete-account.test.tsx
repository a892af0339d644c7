// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  answerProblem,
  answerRequests,
  pendingAnswer,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { AuthProvider } from "../auth/index.ts";
import { DeleteAccount } from "./delete-account.tsx";

/** The profile's deletion section; a deleted account lands at home (`/`). */
function open(answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<DeleteAccount />, {
      path: "/profile",
      route: "/profile",
      wrapper: AuthProvider,
    }),
  };
}

const box = () =>
  screen.getByLabelText("I understand that this cannot be undone") as HTMLInputElement;
const confirm = () => screen.getByRole("button", { name: "Delete my account permanently" });
const deletions = (sent: SentRequest[]) => sent.filter((request) => request.method === "DELETE");

describe("deleting the account", () => {
  it("opens a confirmation, with focus on its heading", async () => {
    const { user } = open(() => new Response(null, { status: 204 }));
    await user.click(screen.getByRole("button", { name: "Delete my account…" }));
    expect(document.activeElement?.textContent).toBe(
      "Are you sure you want to delete your account?",
    );
    expect(box().checked).toBe(false);
  });

  it("asks to tick the box first, without a request", async () => {
    const { sent, user } = open(() => new Response(null, { status: 204 }));
    await user.click(screen.getByRole("button", { name: "Delete my account…" }));
    await user.click(confirm());
    const message = "Tick the box to confirm that you understand that this cannot be undone.";
    expect(errorOf(box())).toContain(message);
    expect(box().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(message);
    expect(document.activeElement).toBe(box());
    expect(deletions(sent)).toEqual([]);
    // Ticking it clears the error: the check runs again as the person corrects it.
    await user.click(box());
    expect(box().getAttribute("aria-invalid")).toBeNull();
  });

  it("says the account was not deleted when the API refuses, keeping the box ticked", async () => {
    const { sent, user } = open(() => answerProblem(503, "unavailable"));
    await user.click(screen.getByRole("button", { name: "Delete my account…" }));
    await user.click(box());
    await user.click(confirm());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your account was not deleted and nothing was lost.");
    expect(box().checked).toBe(true);
    expect(deletions(sent)).toHaveLength(1);
  });

  it("deletes the account, busy until done, then goes home signed out", async () => {
    const later = pendingAnswer();
    const { sent, user, router } = open(() => later.response);
    await user.click(screen.getByRole("button", { name: "Delete my account…" }));
    await user.click(box());
    await user.click(confirm());
    const busy = await screen.findByRole("button", { name: "Deleting your account…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    await user.click(busy);
    later.resolve(new Response(null, { status: 204 }));
    await screen.findByRole("heading", { name: "Another page: /" });
    expect(router.state.location.pathname).toBe("/");
    expect(deletions(sent)).toEqual([expect.objectContaining({ path: "/api/me" })]);
  });
});
