// @vitest-environment happy-dom
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { api, readJson } from "../api/client.ts";
import { answerProblem, answerRequests, pendingAnswer } from "../testing/api-answers.ts";
import { announcements, renderWithApp } from "../testing/render-with-app.tsx";
import { DownloadButton } from "./download-button.tsx";

/** A course's figures as CSV, fetched with the person's token. */
async function saveFigures(): Promise<string> {
  const response = await api.api.courses[":courseId"].stats.$get({
    param: { courseId: "crs_1" },
    query: { format: "csv" },
  });
  if (!response.ok) await readJson(response);
  await response.blob();
  return "course-figures.csv";
}

function download() {
  return renderWithApp(
    <DownloadButton
      save={saveFigures}
      preparing="Preparing the file…"
      done={(fileName) => `Downloaded ${fileName}.`}
      failed="The file could not be downloaded."
    >
      Download as CSV
    </DownloadButton>,
  );
}

describe("DownloadButton", () => {
  it("says the file is being prepared, keeps focus, ignores more presses, then names the file", async () => {
    const answer = pendingAnswer();
    const calls = answerRequests(() => answer.response);
    const { user } = download();
    const button = screen.getByRole("button", { name: "Download as CSV" });
    button.focus();
    await user.keyboard("{Enter}");

    expect(announcements()).toEqual(["Preparing the file…"]);
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await user.keyboard("{Enter}");
    await user.click(button);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.pathname).toBe("/api/courses/crs_1/stats");
    expect(calls[0]?.url.searchParams.get("format")).toBe("csv");
    expect(document.activeElement).toBe(button);

    answer.resolve(new Response("lesson,learners\n", { headers: { "content-type": "text/csv" } }));
    await waitFor(() => expect(announcements()).toEqual(["Downloaded course-figures.csv."]));
    expect(button.getAttribute("aria-busy")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("alerts why the file could not be had, and a new press tries again", async () => {
    const calls = answerRequests(() => answerProblem(503, "unavailable"));
    const { user } = download();
    await user.click(screen.getByRole("button", { name: "Download as CSV" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The file could not be downloaded.");
    expect(alert.textContent).toContain("Something went wrong on our side.");
    expect(announcements()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Download as CSV" }));
    await waitFor(() => expect(calls).toHaveLength(2));
  });
});
