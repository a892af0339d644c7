import { applicationFormSchema, isId } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_APPLICATIONS, demoSubmission } from "./demo-applications.ts";
import { DEMO_USERS } from "./demo-users.ts";

describe("demo applications", () => {
  it.each(DEMO_APPLICATIONS.map((demo) => [demo.form.cityName, demo] as const))(
    "%s is an application core accepts, by an applicant of its own",
    (_name, demo) => {
      expect(applicationFormSchema.parse(demo.form)).toEqual(demo.form);
      expect(isId("apl", demo.applicationId)).toBe(true);
      expect(isId("usr", demo.applicant.userId)).toBe(true);
      expect(DEMO_USERS.map((user) => user.username)).not.toContain(demo.applicant.username);
      expect(demoSubmission(demo)).toMatchObject({
        action: "submitted",
        by: demo.applicant.userId,
      });
    },
  );
});
