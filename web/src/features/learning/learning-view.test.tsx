// @vitest-environment happy-dom
import type { ProgressSummary } from "@alliance/core/web";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { CompletedCard, InProgressCard } from "./learning-cards.tsx";
import { LessonOutline } from "./lesson-outline.tsx";
import { ProgressBar } from "./progress-bar.tsx";

const figures = { title: "Prévenir", percent: 40, requiredDone: 2, requiredTotal: 5 };

const summary: ProgressSummary = {
  ...figures,
  courseId: "crs_1",
  language: "fr",
  versionNumber: 2,
  status: "active",
  enrolledAt: "2026-03-01T10:00:00.000Z",
  lastActiveAt: "2026-03-12T10:00:00.000Z",
  nextLessonId: "les_9",
  newLessons: 2,
  completedAt: null,
  certificateCode: null,
};

/** The page's text as read, with no-break spaces as spaces. */
const text = (element: Element | null) => (element?.textContent ?? "").replaceAll("\u00a0", " ");

describe("ProgressBar", () => {
  it("is a progress bar named after the course, with the server's figures", () => {
    renderWithApp(<ProgressBar progress={figures} />);
    const bar = screen.getByRole("progressbar", { name: "Progress in Prévenir" });
    expect(bar.getAttribute("aria-valuenow")).toBe("40");
    expect(bar.getAttribute("aria-valuemin")).toBe("0");
    expect(bar.getAttribute("aria-valuemax")).toBe("100");
    expect(bar.getAttribute("aria-valuetext")).toBe("40% done");
    expect((bar.firstElementChild as HTMLElement).style.width).toBe("40%");
    expect(screen.getByText("40% done — 2 of 5 required lessons")).toBeTruthy();
  });

  it("says 'lesson' for one", () => {
    const one = { ...figures, percent: 0, requiredDone: 0, requiredTotal: 1 };
    renderWithApp(<ProgressBar progress={one} />);
    expect(screen.getByText("0% done — 0 of 1 required lesson")).toBeTruthy();
  });

  it("speaks French", () => {
    renderWithApp(<ProgressBar progress={figures} />, { lng: "fr" });
    expect(screen.getByRole("progressbar", { name: "Progression dans Prévenir" })).toBeTruthy();
    expect(text(screen.getByText(/effectués/))).toBe(
      "40 % effectués — 2 sur 5 leçons obligatoires",
    );
  });

  it("keeps the bar within its track whatever it is given", () => {
    renderWithApp(<ProgressBar progress={{ ...figures, percent: 140 }} />);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
  });
});

describe("CompletedCard", () => {
  it("links the certificate's code to its public verification", async () => {
    const completed = {
      ...summary,
      percent: 100,
      status: "completed" as const,
      nextLessonId: null,
      newLessons: 0,
      completedAt: "2026-03-12T10:00:00.000Z",
      certificateCode: "ALC-AAAA-BBBB-CCCC",
    };
    const { user, router } = renderWithApp(<CompletedCard course={completed} />);
    expect(screen.getByText("Completed on March 12, 2026")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Download the certificate for Prévenir" }),
    ).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Download as an Open Badge (JSON) for Prévenir" }),
    ).toBeTruthy();
    await user.click(screen.getByRole("link", { name: "See it as anyone verifying it does" }));
    expect(router.state.location.pathname).toBe("/verify/ALC-AAAA-BBBB-CCCC");
  });
});

describe("InProgressCard", () => {
  it("titles the course as a link, says what is new, and resumes at the next lesson", async () => {
    const { user, router } = renderWithApp(<InProgressCard course={summary} />);
    const title = screen.getByRole("heading", { level: 3, name: "Prévenir" });
    expect(title.getAttribute("lang")).toBe("fr");
    expect(within(title).getByRole("link").getAttribute("href")).toBe("/courses/crs_1");
    expect(screen.getByRole("progressbar", { name: "Progress in Prévenir" })).toBeTruthy();
    expect(screen.getByText("2 new lessons since you last worked on it")).toBeTruthy();
    expect(screen.getByText("Last active on March 12, 2026")).toBeTruthy();
    // Named uniquely among the cards of a list: the course title, hidden, follows the verb.
    const resume = screen.getByRole("link", { name: "Resume the course Prévenir" });
    expect(resume.textContent?.startsWith("Resume the course")).toBe(true);
    await user.click(resume);
    expect(router.state.location.pathname).toBe("/learning/crs_1/lessons/les_9");
  });

  it("resumes at the course's page when no lesson is next", () => {
    renderWithApp(<InProgressCard course={{ ...summary, nextLessonId: null, newLessons: 0 }} />);
    expect(
      screen.getByRole("link", { name: "Resume the course Prévenir" }).getAttribute("href"),
    ).toBe("/courses/crs_1");
    expect(screen.queryByText(/new lesson/)).toBeNull();
  });
});

describe("LessonOutline", () => {
  const lesson = (
    lessonId: string,
    state: { done?: boolean; isNew?: boolean; optional?: boolean },
  ) => ({
    lessonId,
    title: `Leçon ${lessonId}`,
    kind: "text" as const,
    optional: false,
    done: false,
    isNew: false,
    ...state,
  });
  const progress = {
    ...summary,
    nextLessonId: "les_b",
    newLessons: 1,
    modules: [
      {
        moduleId: "mod_1",
        title: "Bases",
        lessons: [
          lesson("les_a", { done: true }),
          lesson("les_b", { isNew: true }),
          lesson("les_c", { optional: true }),
        ],
      },
    ],
  };

  it("is folded away until opened, then lists each lesson as a link with its state in words", async () => {
    const { user } = renderWithApp(<LessonOutline currentLessonId="les_b" progress={progress} />);
    const outline = screen.getByRole("group");
    expect(outline.hasAttribute("open")).toBe(false);
    await user.click(screen.getByText("Course outline"));
    expect(outline.hasAttribute("open")).toBe(true);

    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Module 1: Bases");
    const entries = within(outline)
      .getAllByRole("listitem")
      .map((entry) => text(entry).replace(/\s+/g, " ").trim());
    expect(entries).toEqual(["Leçon les_a ✓ Done", "Leçon les_b New", "Leçon les_c Optional"]);
    const current = screen.getByRole("link", { current: "page" });
    expect(current.textContent).toBe("Leçon les_b");
    expect(current.getAttribute("href")).toBe("/learning/crs_1/lessons/les_b");
    expect(screen.getAllByRole("link")).toHaveLength(3);
  });
});
