// @vitest-environment happy-dom
import type { EventView, Material } from "@alliance/core/web";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { EVENT_ID, eventWith } from "./event.fixture.ts";
import { Component as EventPage } from "./event-page.tsx";

vi.mock("../auth/index.ts", () => ({
  useAuth: () => ({ state: { status: "signed-in", roles: [] } }),
}));

const path = `/events/${EVENT_ID}`;
const open = () => renderWithApp(<EventPage />, { path, route: "/events/:eventId" });
const SLIDES: Material = {
  attachmentId: "att_01JD5EEDSL1DES0000000000AA",
  title: "Slides of the morning",
  fileName: "slides.pdf",
  contentType: "application/pdf",
  size: 12_288,
  uploadedAt: "2026-12-04T10:00:00Z",
};
const past = (extra: Partial<EventView> = {}) =>
  eventWith({ startsAt: "2026-11-01T08:00:00Z", endsAt: "2026-11-01T11:30:00Z", ...extra });
const organised = (materials: Material[], version = 2) =>
  past({
    materials,
    version,
    actions: { ...eventWith().actions, register: false, manageMaterials: true },
  });

/** The browser's PUT to the presigned URL (XMLHttpRequest, for its progress): always accepted. */
class AcceptingUpload {
  static sent: string[] = [];
  status = 0;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private url = "";
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send() {
    AcceptingUpload.sent.push(this.url);
    setTimeout(() => {
      this.status = 200;
      this.onload?.();
    });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  AcceptingUpload.sent = [];
});

describe("an event's materials", () => {
  it("are listed for a reader with their format and size, as links to the files", async () => {
    answerRequests(() => answerJson(past({ materials: [SLIDES] })));
    open();
    const section = await screen.findByRole("region", { name: "Materials" });
    const link = within(section).getByRole("link", { name: "Slides of the morning" });
    expect(link.getAttribute("href")).toBe(
      `/api/events/${EVENT_ID}/materials/${SLIDES.attachmentId}`,
    );
    expect(within(section).getByText("(PDF, 12 KB)")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Add a material" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Remove/ })).toBeNull();
  });

  it("are not shown to a reader when there are none", async () => {
    answerRequests(() => answerJson(past()));
    open();
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("region", { name: "Materials" })).toBeNull();
  });

  it("ask the organiser for a title and a file before anything is sent", async () => {
    const sent = answerRequests(() => answerJson(organised([])));
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Add the material" }));
    expect(
      await screen.findByText("Give a title of 2 to 160 characters.", { selector: "a" }),
    ).toBeTruthy();
    expect(screen.getByText("Choose a file.", { selector: "a" })).toBeTruthy();
    expect(sent.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("are added by an organiser; a failure says why and Try again sends it again", async () => {
    vi.stubGlobal("XMLHttpRequest", AcceptingUpload);
    let declarations = 0;
    const sent = answerRequests((request) => {
      if (request.method === "POST" && request.path.endsWith("/confirm")) {
        return answerJson(organised([SLIDES], 3));
      }
      if (request.method === "POST") {
        declarations += 1;
        if (declarations === 1) return answerProblem(503, "service-unavailable");
        return answerJson(
          {
            attachmentId: SLIDES.attachmentId,
            uploadUrl: "https://files.test/uploads/slides",
            method: "PUT",
            headers: { "Content-Type": "application/pdf" },
            expiresAt: "2026-12-04T10:15:00Z",
          },
          201,
        );
      }
      return answerJson(organised([]));
    });
    const { user } = open();
    await user.type(await screen.findByLabelText("Title"), "Slides of the morning");
    const file = new File(["%PDF-1.7"], "slides.pdf", { type: "application/pdf" });
    await user.upload(screen.getByLabelText("File"), file);
    await user.click(screen.getByRole("button", { name: "Add the material" }));

    await user.click(await screen.findByRole("button", { name: "Try again" }));
    expect(await screen.findByText("“Slides of the morning” is added.")).toBeTruthy();
    expect(declarations).toBe(2);
    const declared = sent.filter((request) => request.method === "POST")[1];
    expect(declared?.body).toEqual({
      fileName: "slides.pdf",
      contentType: "application/pdf",
      size: 8,
      title: "Slides of the morning",
    });
    expect(AcceptingUpload.sent).toEqual(["https://files.test/uploads/slides"]);
    const section = screen.getByRole("region", { name: "Materials" });
    expect(within(section).getByRole("link", { name: "Slides of the morning" })).toBeTruthy();
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("");
  });

  it("are removed by an organiser at the version shown", async () => {
    let removed = false;
    const sent = answerRequests((request) => {
      if (request.method === "DELETE") {
        removed = true;
        return answerJson(organised([], 3));
      }
      return answerJson(removed ? organised([], 3) : organised([SLIDES]));
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Remove “Slides of the morning”" }));
    expect(await screen.findByText("“Slides of the morning” is removed.")).toBeTruthy();
    const deletion = sent.find((request) => request.method === "DELETE");
    expect(deletion?.path).toBe(`/api/events/${EVENT_ID}/materials/${SLIDES.attachmentId}`);
    expect(deletion?.headers.get("if-match")).toBe('"2"');
    expect(screen.queryByRole("link", { name: "Slides of the morning" })).toBeNull();
    expect(document.activeElement?.id).toBe("event-materials");
  });
});
