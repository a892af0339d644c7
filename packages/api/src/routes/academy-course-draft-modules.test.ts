import { describe, expect, it } from "vitest";
import { testApp } from "../test-app.ts";

const lessons =
  "/api/courses/crs_01J9ZC3V6D8R1F3W5S9K2M4N7P/draft/modules/mod_01J9ZC3V6D8R1F3W5S9K2M4N7P/lessons";
const trainer = {
  authorization: "Bearer user.t1.trainer",
  "content-type": "application/json",
  "if-match": '"1"',
};

const videoLesson = (url: string) =>
  testApp().request(lessons, {
    method: "POST",
    headers: trainer,
    body: JSON.stringify({ title: "Watch", content: { kind: "video", url, transcript: "Words" } }),
  });

describe("a video lesson's address", () => {
  // Each of these once made the host check throw (new URL on an address the
  // URL check had already refused): a 500 instead of a 400.
  for (const url of [
    "http://",
    "https://[::1",
    "https://",
    "  ",
    "",
    "javascript:alert(1)",
    "//youtu.be/x",
  ]) {
    it(`refuses ${JSON.stringify(url)} with a 400 naming content.url`, async () => {
      const response = await videoLesson(url);
      expect(response.status).toBe(400);
      const problem = await response.json();
      expect(problem.errors.map((error: { field: string }) => error.field)).toContain(
        "content.url",
      );
    });
  }

  it("refuses a well-formed address on a host that is not a video player", async () => {
    const response = await videoLesson("https://videos.example.org/watch?v=1");
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([
      { field: "content.url", message: expect.stringContaining("Videos come from") },
    ]);
  });
});
