// @vitest-environment happy-dom
import { screen, waitFor } from "@testing-library/react";
import { type FormEvent, useState } from "react";
import { describe, expect, it } from "vitest";
import { api, readJson } from "../api/client.ts";
import { problemOf } from "../api/problem.ts";
import {
  answerJson,
  answerProblem,
  answerRequests,
  pendingAnswer,
} from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { ConflictNotice } from "./conflict-notice.tsx";

const draft = api.api.courses[":courseId"].draft;
const param = { courseId: "crs_1" };

/** A course title saved with the version it was read at; a 412 shows the notice. */
function TitleForm({ headingLevel }: { headingLevel?: 2 | 3 }) {
  const [version, setVersion] = useState(1);
  const [title, setTitle] = useState("Prevention");
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const header = { "if-match": `"${version}"` };
    await readJson(await draft.$patch({ param, json: { title }, header })).catch((error) =>
      setStale(problemOf(error).stale),
    );
  };
  const reload = async () => {
    setReloading(true);
    setVersion((await readJson(await draft.$get({ param }))).version);
    setReloading(false);
    setStale(false);
  };
  return (
    <>
      {stale && (
        <ConflictNotice
          title="Changed elsewhere"
          body="Someone saved this course since you opened it."
          reloadLabel="Load their version"
          reloadingLabel="Loading their version…"
          reloading={reloading}
          onReload={() => void reload()}
          headingLevel={headingLevel}
        />
      )}
      <form onSubmit={save}>
        <label htmlFor="title">Title</label>
        <input id="title" value={title} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit">Save</button>
      </form>
    </>
  );
}

/** Types a new title and saves it over a version changed elsewhere. */
async function saveStale(headingLevel?: 2 | 3) {
  const reloaded = pendingAnswer();
  const calls = answerRequests(({ method }) =>
    method === "PATCH" ? answerProblem(412, "version-mismatch") : reloaded.response,
  );
  const { user } = renderWithApp(<TitleForm headingLevel={headingLevel} />);
  await user.clear(screen.getByLabelText("Title"));
  await user.type(screen.getByLabelText("Title"), "Local prevention");
  await user.click(screen.getByRole("button", { name: "Save" }));
  return { calls, user, reloaded };
}

describe("ConflictNotice", () => {
  it("alerts that the record changed elsewhere, takes focus, and keeps what was typed", async () => {
    const { calls } = await saveStale();
    const notice = await screen.findByRole("alert");
    expect(calls[0]?.headers.get("if-match")).toBe('"1"');
    expect(screen.getByRole("heading", { level: 2, name: "Changed elsewhere" })).toBeTruthy();
    expect(notice.textContent).toContain("Someone saved this course since you opened it.");
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Local prevention");
  });

  it("reloads when asked, saying so meanwhile, then goes", async () => {
    const { calls, user, reloaded } = await saveStale();
    await user.click(await screen.findByRole("button", { name: "Load their version" }));
    const reloading = screen.getByRole("button", { name: "Loading their version…" });
    expect(reloading.getAttribute("aria-disabled")).toBe("true");
    expect(calls[1]).toMatchObject({ method: "GET", path: "/api/courses/crs_1/draft" });
    await user.click(reloading);
    expect(calls).toHaveLength(2);
    reloaded.resolve(answerJson({ version: 2 }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Local prevention");
  });

  it("takes the heading level of where it stands", async () => {
    await saveStale(3);
    expect(
      await screen.findByRole("heading", { level: 3, name: "Changed elsewhere" }),
    ).toBeTruthy();
  });
});
