import { SCHEDULED_JOBS } from "@alliance/core/schema";
import { describe, expect, it } from "vitest";
import { cronJob, localSchedule } from "./local-scheduler.ts";

const nextAfter = (expression: string, after: string) => {
  const schedule = localSchedule(expression);
  if (!("pattern" in schedule)) throw new Error("not a cron expression");
  const job = cronJob(schedule.pattern);
  const next = job.nextRun(new Date(after));
  job.stop();
  return next?.toISOString();
};

describe("the local scheduler's reading of EventBridge Scheduler expressions", () => {
  it("runs a daily cron at that minute in UTC, whatever the machine's zone", () => {
    expect(nextAfter("cron(0 7 * * ? *)", "2026-12-04T06:59:30.000Z")).toBe(
      "2026-12-04T07:00:00.000Z",
    );
    expect(nextAfter("cron(0 7 * * ? *)", "2026-12-04T07:00:00.000Z")).toBe(
      "2026-12-05T07:00:00.000Z",
    );
  });

  it("reads the day of the week as EventBridge does, 1 being Sunday", () => {
    // 2026-12-04 is a Friday; 2 is Monday in Quartz's and EventBridge's numbering.
    expect(nextAfter("cron(30 8 ? * 2 *)", "2026-12-04T00:00:00.000Z")).toBe(
      "2026-12-07T08:30:00.000Z",
    );
    expect(nextAfter("cron(30 8 ? * MON *)", "2026-12-04T00:00:00.000Z")).toBe(
      "2026-12-07T08:30:00.000Z",
    );
  });

  it("takes a rate as an interval and refuses what the cloud would refuse", () => {
    expect(localSchedule("rate(1 hour)")).toEqual({ everyMs: 3_600_000 });
    expect(localSchedule("rate(15 minutes)")).toEqual({ everyMs: 900_000 });
    expect(() => localSchedule("0 7 * * *")).toThrow(/Not an EventBridge Scheduler expression/);
    expect(() => localSchedule("cron(0 7 * * ?)")).toThrow(/six fields/);
  });

  it("reads every registered job's schedule", () => {
    for (const job of SCHEDULED_JOBS) expect(() => localSchedule(job.schedule)).not.toThrow();
    expect(nextAfter("cron(0 * * * ? *)", "2026-12-04T10:15:00.000Z")).toBe(
      "2026-12-04T11:00:00.000Z",
    );
  });
});
