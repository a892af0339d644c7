import type { CityLearningStats, CourseStats } from "@alliance/core/web";
import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { CityLearning } from "./city-learning.tsx";
import { CourseFigures } from "./course-figures.tsx";
import { statisticsKeys } from "./queries.ts";

const render = (node: ReactNode, queryClient = new QueryClient()) =>
  renderStatic(node, { queryClient });

const lesson = {
  lessonId: "les_1",
  title: "Read",
  kind: "text",
  optional: false,
  done: 12,
} as const;

const stats: CourseStats = {
  courseId: "crs_1",
  title: "Prevention basics",
  versionNumber: 3,
  enrolled: 20,
  active30Days: 7,
  completed: 5,
  completionRate: 25,
  lessons: [lesson],
  quizzes: [],
};

describe("CourseFigures", () => {
  it("names each key figure and gives the completion rate in percent", () => {
    const html = render(<CourseFigures stats={stats} />);
    expect(html).toContain("<dt>Enrolled</dt><dd>20</dd>");
    expect(html).toContain("<dt>Active in the last 30 days</dt><dd>7</dd>");
    expect(html).toContain("<dt>Completed</dt><dd>5</dd>");
    expect(html).toContain("<dt>Completion rate</dt><dd>25%</dd>");
    expect(html).toContain("Download as CSV</button>");
    expect(html).toContain('<h2 id="stats-funnel">Lesson funnel</h2>');
    expect(html).toContain("This course has no quiz.");
    expect(html).not.toContain("still count");
  });

  it("explains a lesson done by more learners than are enrolled now", () => {
    const html = render(<CourseFigures stats={{ ...stats, lessons: [{ ...lesson, done: 25 }] }} />);
    expect(html).toContain("25 of 20 (125%)");
    expect(html).toContain("Learners who left the course still count");
  });

  it("says so when nobody has enrolled, and shows no funnel", () => {
    const html = render(<CourseFigures stats={{ ...stats, enrolled: 0, completed: 0 }} />);
    expect(html).toContain("Nobody has enrolled yet.");
    expect(html).toContain("<dt>Completion rate</dt><dd>0%</dd>");
    expect(html).not.toContain("Lesson funnel");
  });

  it("says so for a course never published, and shows no figures", () => {
    const html = render(<CourseFigures stats={{ ...stats, versionNumber: null }} />);
    expect(html).toContain("This course has not been published yet.");
    expect(html).not.toContain("<dl");
  });
});

describe("CityLearning", () => {
  const city = { cityId: "cty_1", name: "Lyon" };
  const withFigures = (figures: CityLearningStats) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(statisticsKeys.city(city.cityId), figures);
    return render(<CityLearning city={city} />, queryClient);
  };

  it("shows the city's totals per course, with links to the courses", () => {
    const html = withFigures({
      cityId: "cty_1",
      courses: [
        { courseId: "crs_1", courseTitle: "Prevention basics", enrolled: 1500, completed: 3 },
      ],
    });
    expect(html).toContain('<h2 id="city-learning">Learning in Lyon</h2>');
    expect(html).toContain(">Members of Lyon in the academy’s courses</caption>");
    expect(html).toContain('<a href="/courses/crs_1" data-discover="true">Prevention basics</a>');
    expect(html).toContain('<td class="figures__number">1,500</td>');
    expect(html).toContain("never individual learners");
  });

  it("says so when no member has enrolled", () => {
    const html = withFigures({ cityId: "cty_1", courses: [] });
    expect(html).toContain("No member of Lyon has enrolled in a course yet.");
    expect(html).not.toContain("<table");
  });
});
