// @vitest-environment happy-dom
import type { Item } from "@alliance/core/web";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  pendingAnswer,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { ReviewForm } from "./review-form.tsx";

const ITEM_ID = "itm_01J9ZC3V6D8R1F3W5S9K2M4N7P";
/** What the form reads of the item under review. */
const item = { itemId: ITEM_ID, version: 3 } as Item;

function open(answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent = answerRequests(answer);
  const onDone = vi.fn();
  const onConflict = vi.fn();
  const { user } = renderWithApp(
    <ReviewForm item={item} onDone={onDone} onConflict={onConflict} />,
  );
  return { sent, onDone, onConflict, user };
}

const comment = () => screen.getByLabelText("Comment for the contributor") as HTMLTextAreaElement;
const send = () => screen.getByRole("button", { name: "Send the review" });

describe("the review form", () => {
  it("labels its choices and takes the comment's limit from core's schema", () => {
    open(() => answerJson(item));
    expect((screen.getByLabelText("Approve and publish") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Request changes") as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole("group", { name: "Your decision" })).toBeTruthy();
    expect(comment().getAttribute("maxlength")).toBe("2000");
  });

  it("approves with the item's version, and says so", async () => {
    const { sent, onDone, user } = open(() => answerJson(item));
    await user.click(send());
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith("approved"));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: `/api/exchange/items/${ITEM_ID}/review`,
      body: { decision: "approve" },
    });
    expect(sent[0]?.headers.get("If-Match")).toBe('"3"');
  });

  it("asks for a comment before requesting changes, without a request", async () => {
    const { sent, onDone, user } = open(() => answerJson(item));
    await user.click(screen.getByLabelText("Request changes"));
    await user.type(comment(), "Fix");
    await user.click(send());
    const message = "Tell the contributor what to change, in at least 5 characters";
    expect(errorOf(comment())).toContain(message);
    expect(comment().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(message);
    expect(document.activeElement).toBe(comment());
    expect(comment().value).toBe("Fix");
    expect(sent).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the API's refusal of the comment (400) on it, keeping what was typed", async () => {
    const { onDone, user } = open(() =>
      answerProblem(400, "invalid-request", [{ field: "comment", message: "Too short" }]),
    );
    await user.click(screen.getByLabelText("Request changes"));
    await user.type(comment(), "Please name the opening hours.");
    await user.click(send());
    await vi.waitFor(() => expect(comment().getAttribute("aria-invalid")).toBe("true"));
    expect(errorOf(comment())).toContain("The platform did not accept this value.");
    expect(comment().value).toBe("Please name the opening hours.");
    expect((screen.getByLabelText("Request changes") as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(comment());
    expect(onDone).not.toHaveBeenCalled();
  });

  it("sends the trimmed comment, with the button busy until the answer", async () => {
    const later = pendingAnswer();
    const { sent, onDone, user } = open(() => later.response);
    await user.click(screen.getByLabelText("Request changes"));
    await user.type(comment(), "  Please name the opening hours.  ");
    await user.click(send());
    const busy = await screen.findByRole("button", { name: "Sending the review…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    await user.click(busy);
    later.resolve(answerJson(item));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith("changesRequested"));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      decision: "request-changes",
      comment: "Please name the opening hours.",
    });
  });

  it("hands a change made elsewhere (412) to the page, keeping the comment", async () => {
    const { onConflict, onDone, user } = open(() => answerProblem(412, "version-mismatch"));
    await user.click(screen.getByLabelText("Request changes"));
    await user.type(comment(), "Please name the opening hours.");
    await user.click(send());
    await vi.waitFor(() => expect(onConflict).toHaveBeenCalled());
    expect(onDone).not.toHaveBeenCalled();
    expect(comment().value).toBe("Please name the opening hours.");
  });
});
