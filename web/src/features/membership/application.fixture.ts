import type { Application } from "@alliance/core/web";

export const APPLICATION_ID = "apl_01J9ZC3V6D8R1F3W5S9K2M4N7P";

/** An application of Tampere in `state`, its log ending with the step that led there. */
export function applicationIn(state: Application["state"], version = 1): Application {
  const log: Application["log"] = [
    {
      action: "submitted",
      by: "usr_1",
      byName: "Aino Virtanen",
      message: null,
      at: "2026-11-02T09:00:00.000Z",
    },
  ];
  if (state === "information-requested") {
    log.push({
      action: "information-requested",
      by: "usr_2",
      byName: "Admin Alliance",
      message: "Who leads the prevention network?",
      at: "2026-11-03T09:00:00.000Z",
    });
  }
  return {
    applicationId: APPLICATION_ID,
    state,
    cityName: "Tampere",
    country: "FI",
    region: "Pirkanmaa",
    population: 255000,
    applicant: { userId: "usr_1", name: "Aino Virtanen", title: "Prevention coordinator" },
    representative: {
      name: "Kalle Mäkinen",
      office: "Deputy mayor",
      email: "deputy@tampere.example",
    },
    motivation: "Our city runs a multi-agency prevention network and wants to learn from others.",
    contribution:
      "Ten years of exit work and a training programme for youth workers on online hate.",
    principlesAccepted: true,
    cityId: null,
    submittedAt: "2026-11-02T09:00:00.000Z",
    updatedAt: "2026-11-03T09:00:00.000Z",
    version,
    log,
  };
}
