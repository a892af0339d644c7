import {
  type EventItem,
  type EventLogItem,
  instantOf,
  materialKey,
  type RegistrationItem,
  type RegistrationState,
  type StoredMaterial,
} from "@alliance/core";
import { DEMO_CITIES } from "./demo-cities.ts";
import { demoPdf } from "./demo-pdf.ts";
import { DEMO_USERS, type DemoUserKey } from "./demo-users.ts";

/*
 * Three events (decision 0053), written as the steps would have written them, with
 * fixed ids so that a reseed writes nothing: a full workshop in Lyon with a waiting
 * list (demo-aarhus waits; demo-rotterdam cancelling promotes them), an online
 * webinar of Aarhus, and a past study visit in Rotterdam with attendance marked and
 * its slides kept as a material (decision 0095).
 */

const [aarhus, rotterdam] = DEMO_CITIES;
const person = (key: DemoUserKey) => {
  const user = DEMO_USERS.find((each) => each.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
};

export interface DemoEvent {
  event: Omit<
    EventItem,
    "startsAt" | "endsAt" | "deadlineAt" | "registeredCount" | "waitingCount" | "organiserName"
  >;
  organiser: DemoUserKey;
  /** In order of registration. */
  registrations: Array<{ who: DemoUserKey; state: RegistrationState; at: string }>;
  /** Files the organisers added: a PDF of these lines each. */
  materials?: Array<{ attachmentId: string; title: string; fileName: string; lines: string[] }>;
}

/** A material as the upload pipeline would have listed it, and the checked copy's bytes. */
export interface DemoMaterialFile {
  material: StoredMaterial;
  /** The checked copy's key (the material's `objectKey`). */
  key: string;
  bytes: Uint8Array;
}

const common = {
  status: "published" as const,
  relatedCourseIds: [] as string[],
  relatedItemIds: [] as string[],
  createdAt: "2025-01-06T09:00:00.000Z",
  updatedAt: "2025-01-06T09:00:00.000Z",
  version: 2,
};

export const DEMO_EVENTS: DemoEvent[] = [
  {
    event: {
      ...common,
      eventId: "evt_01JD5EEDEVT000000000000001",
      type: "workshop",
      title: "Working with families of young people at risk",
      description:
        "A day of practice for local elected representatives: how family support teams work with parents worried about a child drawn to extremist groups.",
      language: "fr",
      themes: ["family-support", "youth-work"],
      start: "2030-06-11T09:30",
      end: "2030-06-11T17:00",
      registrationDeadline: "2030-06-04T23:59",
      timeZone: "Europe/Paris",
      capacity: 2,
      venue: {
        name: "Hôtel de Ville",
        address: "1 place de la Comédie",
        city: "Lyon",
        country: "FR",
      },
      country: "FR",
      organiserKind: "trainer",
      organiserId: person("trainer").userId,
      createdBy: person("trainer").userId,
    },
    organiser: "trainer",
    registrations: [
      { who: "representative", state: "registered", at: "2025-01-07T10:00:00.000Z" },
      { who: "contributorB", state: "registered", at: "2025-01-07T11:00:00.000Z" },
      { who: "contributorA", state: "waiting", at: "2025-01-07T12:00:00.000Z" },
    ],
  },
  {
    event: {
      ...common,
      eventId: "evt_01JD5EEDEVT000000000000002",
      type: "webinar",
      title: "Online hate after an attack: the first 48 hours",
      description:
        "Aarhus's communication team on how the city answered online hate after an attack, with the checklist it uses now.",
      language: "en",
      themes: ["online-radicalisation-and-hate"],
      start: "2030-03-19T14:00",
      end: "2030-03-19T15:30",
      registrationDeadline: "2030-03-19T12:00",
      timeZone: "Europe/Copenhagen",
      capacity: 100,
      onlineLink: "https://meet.example.org/aarhus-48-hours",
      country: "DK",
      organiserKind: "city",
      organiserId: aarhus.cityId,
      createdBy: person("contributorA").userId,
    },
    organiser: "contributorA",
    registrations: [{ who: "representative", state: "registered", at: "2025-01-08T09:00:00.000Z" }],
  },
  {
    event: {
      ...common,
      eventId: "evt_01JD5EEDEVT000000000000003",
      type: "study-visit",
      title: "A day with Rotterdam's street team",
      description:
        "Rotterdam's youth workers showed how their street team meets young people online and offline, and how it hands over to family support.",
      language: "en",
      themes: ["youth-work"],
      start: "2025-10-14T09:00",
      end: "2025-10-14T16:00",
      registrationDeadline: "2025-10-07T23:59",
      timeZone: "Europe/Amsterdam",
      capacity: 12,
      venue: { name: "Stadhuis", address: "Coolsingel 40", city: "Rotterdam", country: "NL" },
      country: "NL",
      organiserKind: "city",
      organiserId: rotterdam.cityId,
      createdBy: person("contributorB").userId,
    },
    organiser: "contributorB",
    registrations: [
      { who: "contributorA", state: "attended", at: "2025-01-09T09:00:00.000Z" },
      { who: "representative", state: "attended", at: "2025-01-09T10:00:00.000Z" },
    ],
    materials: [
      {
        attachmentId: "att_01JD5EEDMAT000000000000001",
        title: "Slides of the day: the street team's way of working",
        fileName: "rotterdam-street-team.pdf",
        lines: [
          "A day with Rotterdam's street team (study visit, 14 October 2025)",
          "",
          "1. Meeting young people where they are: streets, sports clubs, online.",
          "2. Working in pairs with youth workers and community police officers.",
          "3. Handing over to family support, with the family's consent.",
          "4. What the team records, and what it never records.",
        ],
      },
    ],
  },
];

const instant = (local: string, zone: string) => {
  const at = instantOf(local, zone);
  if (!at) throw new Error(`${local} does not exist in ${zone}`);
  return at;
};

/** The rows of one demo event: the event with its counters, its registrations, its log. */
export function demoEventRows(demo: DemoEvent): {
  event: EventItem;
  registrations: RegistrationItem[];
  log: EventLogItem[];
  files: DemoMaterialFile[];
} {
  const { event } = demo;
  const organiserName =
    event.organiserKind === "city"
      ? (DEMO_CITIES.find((city) => city.cityId === event.organiserId)?.name ?? "")
      : person(demo.organiser).displayName;
  const count = (states: RegistrationState[]) =>
    demo.registrations.filter((row) => states.includes(row.state)).length;
  const files = (demo.materials ?? []).map(({ lines, ...material }) => {
    const bytes = demoPdf(lines);
    // Where a confirmation's checked copy goes (checked-files.ts), with a fixed last part.
    const key = `files/${materialKey(event.eventId, material.attachmentId)}/01JD5EEDCOPY${material.attachmentId.slice(-14)}`;
    return {
      bytes,
      key,
      material: {
        ...material,
        contentType: "application/pdf",
        size: bytes.byteLength,
        uploadedAt: event.createdAt,
        objectKey: key,
      },
    };
  });
  const item: EventItem = {
    ...event,
    ...(files.length > 0 && { materials: files.map((file) => file.material) }),
    organiserName,
    startsAt: instant(event.start, event.timeZone),
    endsAt: instant(event.end, event.timeZone),
    deadlineAt: instant(event.registrationDeadline, event.timeZone),
    registeredCount: count(["registered", "attended"]),
    waitingCount: count(["waiting"]),
  };
  const registrations: RegistrationItem[] = demo.registrations.map((row) => ({
    eventId: event.eventId,
    userId: person(row.who).userId,
    personId: person(row.who).userId,
    displayName: person(row.who).displayName,
    state: row.state,
    ...(row.state === "waiting" && { queuedAt: `${row.at}#${person(row.who).userId}` }),
    registeredAt: row.at,
    updatedAt: row.at,
  }));
  const entry = (
    action: EventLogItem["action"],
    by: string,
    at: string,
    n: number,
    userId?: string,
  ) => ({
    eventId: event.eventId,
    at,
    entryId: `01JD5EEDLOG${event.eventId.slice(-4)}${String(n).padStart(11, "0")}`,
    action,
    title: event.title,
    startsAt: item.startsAt,
    organiserId: event.organiserId,
    by,
    ...(userId && { userId }),
  });
  const log: EventLogItem[] = [
    entry("created", event.createdBy, event.createdAt, 1),
    entry("published", event.createdBy, event.createdAt, 2),
    ...demo.registrations.map((row, index) =>
      entry(
        row.state === "waiting" ? "waitlisted" : "registered",
        person(row.who).userId,
        row.at,
        3 + index,
        person(row.who).userId,
      ),
    ),
  ];
  return { event: item, registrations, log, files };
}
