import { type ApplicationForm, storedApplicationFields } from "@alliance/core";
import { DEMO_PASSWORD, type DemoUser } from "./demo-users.ts";

/**
 * Two cities waiting for the administrators' decision, each applied for by a
 * demo sign-in of its own (no role yet): the administrator's queue has work,
 * and approving one makes its applicant the new city's contributor.
 */
export interface DemoApplication {
  applicationId: string;
  submittedAt: string;
  applicant: Omit<DemoUser, "cityId" | "groups"> & { groups: readonly [] };
  form: ApplicationForm;
}

export const DEMO_APPLICATIONS = [
  {
    applicationId: "apl_01JD5EEDDEM00000000TAMPERE",
    submittedAt: "2025-01-20T10:15:00.000Z",
    applicant: {
      key: "applicantTampere",
      label: "Applicant for Tampere",
      username: "demo-applicant-tampere",
      password: DEMO_PASSWORD,
      groups: [],
      userId: "usr_01JD5EEDDEM0000000TAMPERE0",
      displayName: "Aino Virtanen",
      position: "city-officer",
      preferredLanguage: "en",
    },
    form: {
      cityName: "Tampere",
      country: "FI",
      region: "Pirkanmaa",
      population: 255_000,
      applicant: { name: "Aino Virtanen", title: "Prevention coordinator" },
      representative: {
        name: "Kalle Mäkinen",
        office: "Deputy mayor for welfare",
        email: "deputy.mayor@tampere.example",
      },
      motivation:
        "Tampere runs a multi-agency prevention network and wants to learn how other cities involve schools and youth services early.",
      contribution:
        "Ten years of exit work with young people, and a training programme for youth workers on online hate that we would share.",
      principlesAccepted: true,
    },
  },
  {
    applicationId: "apl_01JD5EEDDEM0000000000GRAZ0",
    submittedAt: "2025-01-22T14:40:00.000Z",
    applicant: {
      key: "applicantGraz",
      label: "Applicant for Graz",
      username: "demo-applicant-graz",
      password: DEMO_PASSWORD,
      groups: [],
      userId: "usr_01JD5EEDDEM000000000GRAZ00",
      displayName: "Lena Huber",
      position: "city-officer",
      preferredLanguage: "en",
    },
    form: {
      cityName: "Graz",
      country: "AT",
      region: "Styria",
      population: 300_000,
      applicant: { name: "Lena Huber", title: "Head of the human rights office" },
      representative: {
        name: "Stefan Gruber",
        office: "City councillor for integration",
        email: "integration@graz.example",
      },
      motivation:
        "As a human rights city, Graz wants to compare its community dialogue work with cities that face similar polarisation.",
      contribution:
        "A city-wide dialogue forum with faith communities and a counselling service for families worried about a relative.",
      principlesAccepted: true,
    },
  },
] as const satisfies readonly DemoApplication[];

/** The stored application, as a submission would have written it. */
export function demoStoredApplication(demo: DemoApplication) {
  const { form } = demo;
  return {
    applicationId: demo.applicationId,
    state: "submitted" as const,
    applicantId: demo.applicant.userId,
    ...storedApplicationFields(form),
    submittedAt: demo.submittedAt,
    createdAt: demo.submittedAt,
    updatedAt: demo.submittedAt,
    version: 1,
  };
}

/** Its first log entry. */
export function demoSubmission(demo: DemoApplication) {
  return {
    applicationId: demo.applicationId,
    at: demo.submittedAt,
    eventId: demo.applicationId.slice(4),
    action: "submitted" as const,
    state: "submitted" as const,
    applicantId: demo.applicant.userId,
    cityName: demo.form.cityName,
    by: demo.applicant.userId,
    byName: demo.applicant.displayName,
  };
}
