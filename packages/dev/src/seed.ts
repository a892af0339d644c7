import {
  createCore,
  createDynamoClient,
  isConditionalCheckFailed,
  notificationIdOf,
  s3SnapshotObject,
  syncCatalogueCard,
  writeNotification,
} from "@alliance/core";
import { rebuildSearchSnapshot } from "@alliance/core/exchange-search";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { ensureCognitoUser, type LocalCloudRef } from "./cognito-users.ts";
import { DEMO_APPLICATIONS, demoStoredApplication, demoSubmission } from "./demo-applications.ts";
import { DEMO_CITIES, DEMO_CITY_STATUS_EVENTS } from "./demo-cities.ts";
import { DEMO_CITY_PROFILES } from "./demo-city-profiles.ts";
import {
  DEMO_COURSES,
  DEMO_TRAINER,
  demoCourseDraft,
  demoCourseListing,
  demoCourseSummary,
  demoCourseVersions,
} from "./demo-courses.ts";
import { DEMO_DISCUSSIONS, demoDiscussionRows } from "./demo-discussions.ts";
import { DEMO_EVENTS, demoEventRows } from "./demo-events.ts";
import { DEMO_EXCHANGE_REQUESTS, demoExchangeRequestRows } from "./demo-exchange-requests.ts";
import { DEMO_ITEMS, DEMO_REVIEWER, demoModerationEvents, demoStoredItem } from "./demo-items.ts";
import { demoNotifications } from "./demo-notifications.ts";
import { DEMO_SCORM_COURSE, demoScormPackage } from "./demo-scorm.ts";
import { demoSignalRows } from "./demo-signals.ts";
import { DEMO_USERS, type DemoUser } from "./demo-users.ts";
import { DevError } from "./errors.ts";
import { isLocalUrl, LOCAL_REGION, localCognito, localS3 } from "./local-aws.ts";

/** A demo sign-in's address: local mail goes to aws-ses-v2-local, never out. */
export const demoEmail = (username: string) => `${username}@alliance.example`;

/** Fixed creation time: a reseed writes nothing, and screenshots stay stable. */
export const SEEDED_AT = "2025-01-06T09:00:00.000Z";

export interface SeededUser {
  key: string;
  username: string;
  userId: string;
  subject: string;
}

export interface SeedResult {
  users: SeededUser[];
  /** What this run wrote; empty when everything was already there. */
  created: string[];
}

/** Demo accounts have public passwords: refuse anything that is not an emulator on this machine. */
export function assertLocalEndpoints(cloud: LocalCloudRef): void {
  for (const [name, url] of Object.entries(cloud.endpoints)) {
    if (!isLocalUrl(url)) {
      throw new DevError(
        `Refusing to seed demo data: the ${name} endpoint ${url} is not a local emulator. Demo accounts are for local use only.`,
      );
    }
  }
}

/** Core's data layer on the local table, once its endpoints are known to be local. */
function localData(cloud: LocalCloudRef) {
  assertLocalEndpoints(cloud);
  const config = {
    tableName: cloud.ids.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
  };
  const client = createDynamoClient(config);
  return { client, data: createCore({ config, client }).data };
}

/** ElectroDB `create` fails if the item exists: that is the "already seeded" case. */
async function createOnce(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/**
 * Seeds the demo member cities, the demo sign-ins (with their groups) and their
 * profiles, a dozen exchange items with their moderation history, three
 * published courses by the demo trainer, discussions on two items and a
 * course, and two exchange requests (one open, one completed); then rewrites the exchange search snapshot from the table.
 * Idempotent: what exists is left as it is, so a developer's edits survive.
 */
export async function seedDemo(cloud: LocalCloudRef): Promise<SeedResult> {
  const { client, data } = localData(cloud);
  const cognito = localCognito(cloud.endpoints.cognito);
  const stamps = { createdAt: SEEDED_AT, updatedAt: SEEDED_AT, version: 1 };
  const seedCities = async () => {
    const written = await Promise.all(
      DEMO_CITIES.map((city) =>
        createOnce(() =>
          data.entities.city
            .create({ ...city, ...DEMO_CITY_PROFILES[city.cityId], ...stamps })
            .go(),
        ),
      ),
    );
    for (const event of DEMO_CITY_STATUS_EVENTS) {
      const by = { by: DEMO_REVIEWER.userId, byName: DEMO_REVIEWER.displayName };
      await createOnce(() => data.entities.cityStatusEvent.create({ ...event, ...by }).go());
    }
    // Cities seeded before matching existed get its profile once, as a new version;
    // a city whose priorities anyone has set keeps them.
    const completed = await Promise.all(
      DEMO_CITIES.map((city, index) =>
        written[index]
          ? false
          : createOnce(() =>
              data.entities.city
                .patch({ cityId: city.cityId })
                .set(DEMO_CITY_PROFILES[city.cityId])
                .add({ version: 1 })
                .where((attributes, { notExists }) => notExists(attributes.priorities))
                .go(),
            ),
      ),
    );
    return DEMO_CITIES.flatMap((city, index) =>
      written[index]
        ? [`city ${city.name}`]
        : completed[index]
          ? [`profile for matching of ${city.name}`]
          : [],
    );
  };
  // Items after cities (an item names its city); each moderation event on its own,
  // so a run interrupted half-way completes on the next.
  const seedItems = async () => {
    const done: string[] = [];
    for (const item of DEMO_ITEMS) {
      if (await createOnce(() => data.entities.exchangeItem.create(demoStoredItem(item)).go())) {
        done.push(`item ${item.fields.title}`);
      }
      for (const event of demoModerationEvents(item)) {
        await createOnce(() => data.entities.moderationEvent.create(event).go());
      }
    }
    return done;
  };
  // Courses after items (their lessons cite items). The draft, each version, the
  // listing and its summary one by one, as a publish would have written them: a run
  // interrupted half-way completes on the next, and a course a developer has since
  // edited, republished or unpublished is left as it is.
  /** An object of the attachments bucket as the platform's pipelines leave it. */
  const putDemoObject = async (key: string, body: Uint8Array, contentType: string) => {
    const s3 = localS3(cloud.endpoints.s3);
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: cloud.ids.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
        }),
      );
    } finally {
      s3.destroy();
    }
  };
  const seedCourses = async (trainerSubject: string | undefined) => {
    const done: string[] = [];
    // The SCORM course's package first, files before the row that says they are there.
    const scorm = demoScormPackage();
    for (const object of scorm.objects) {
      await putDemoObject(object.key, new TextEncoder().encode(object.body), object.contentType);
    }
    if (await createOnce(() => data.entities.scormPackage.create(scorm.row).go())) {
      done.push(`SCORM package ${scorm.row.fileName}`);
    }
    for (const course of [...DEMO_COURSES, DEMO_SCORM_COURSE]) {
      const writes = [
        () => data.entities.courseDraft.create(demoCourseDraft(course, trainerSubject)).go(),
        ...demoCourseVersions(course).map(
          (version) => () => data.entities.courseVersion.create(version).go(),
        ),
        () => data.entities.courseListing.create(demoCourseListing(course)).go(),
        () => data.entities.courseSummary.create(demoCourseSummary(course)).go(),
      ];
      let wrote = false;
      for (const write of writes) wrote = (await createOnce(write)) || wrote;
      // Its card in the catalogue item, as the summary now says (decision 0104).
      const { data: summary } = await data.entities.courseSummary
        .get({ courseId: course.courseId })
        .go({ consistent: true });
      if (summary && (await syncCatalogueCard(data, summary))) wrote = true;
      if (wrote) done.push(`course ${course.fields.title}`);
    }
    return done;
  };
  // One user at a time: cognito-local rewrites a JSON file per change and
  // concurrent changes to one pool can overwrite each other.
  const seedUsers = async (demos: readonly DemoUser[]) => {
    const users: SeededUser[] = [];
    const done: string[] = [];
    for (const demo of demos) {
      const account = await ensureCognitoUser(cognito, cloud.ids.userPoolId, {
        ...demo,
        email: demoEmail(demo.username),
      });
      if (account.created) done.push(`user ${demo.username}`);
      const profile = {
        subject: account.subject,
        userId: demo.userId,
        username: demo.username,
        displayName: demo.displayName,
        position: demo.position,
        ...(demo.cityId && { cityId: demo.cityId }),
        preferredLanguage: demo.preferredLanguage,
        ...stamps,
      };
      if (await createOnce(() => data.entities.user.create(profile).go())) {
        done.push(`profile ${demo.username}`);
      }
      users.push({
        key: demo.key,
        username: demo.username,
        userId: demo.userId,
        subject: account.subject,
      });
    }
    return { users, done };
  };
  // Two applications waiting for a decision, after their applicants (the same way as
  // the demo sign-ins, after those: one Cognito change at a time).
  const seedApplications = async () => {
    const { done } = await seedUsers(DEMO_APPLICATIONS.map((demo) => demo.applicant));
    for (const demo of DEMO_APPLICATIONS) {
      const stored = demoStoredApplication(demo);
      if (await createOnce(() => data.entities.membershipApplication.create(stored).go())) {
        done.push(`application ${demo.form.cityName}`);
      }
      await createOnce(() => data.entities.membershipEvent.create(demoSubmission(demo)).go());
      await createOnce(() =>
        data.entities.openApplication
          .create({ userId: demo.applicant.userId, applicationId: demo.applicationId })
          .go(),
      );
    }
    return done;
  };
  // Discussions after the items and courses they are about; row by row, as the rest.
  const seedDiscussions = async () => {
    const done: string[] = [];
    const entities = data.entities;
    for (const demo of DEMO_DISCUSSIONS) {
      const rows = demoDiscussionRows(demo);
      const writes = [
        () => entities.discussionQuestion.create(rows.question).go(),
        ...rows.answers.map((answer) => () => entities.discussionAnswer.create(answer).go()),
        () => entities.discussionCount.create(rows.count).go(),
        ...rows.events.map((event) => () => entities.discussionEvent.create(event).go()),
        ...rows.reports.map((report) => () => entities.discussionReport.create(report).go()),
        ...rows.flags.map((flag) => () => entities.discussionFlag.create(flag).go()),
      ];
      let wrote = false;
      for (const write of writes) wrote = (await createOnce(write)) || wrote;
      if (wrote) done.push(`discussion ${rows.question.title}`);
    }
    return done;
  };
  // Exchange requests after the items and people they name; row by row, as the rest.
  const seedExchangeRequests = async () => {
    const done: string[] = [];
    const entities = data.entities;
    for (const demo of DEMO_EXCHANGE_REQUESTS) {
      const rows = demoExchangeRequestRows(demo);
      const writes = [
        () => entities.exchangeRequest.create(rows.request).go(),
        ...rows.messages.map((message) => () => entities.requestMessage.create(message).go()),
        ...rows.events.map((event) => () => entities.exchangeRequestEvent.create(event).go()),
      ];
      let wrote = false;
      for (const write of writes) wrote = (await createOnce(write)) || wrote;
      if (wrote)
        done.push(`exchange request ${rows.request.fromCityName} → ${rows.request.toCityName}`);
    }
    return done;
  };
  // Events after the people and cities they name; row by row, as the rest.
  const seedEvents = async () => {
    const done: string[] = [];
    const entities = data.entities;
    for (const demo of DEMO_EVENTS) {
      const rows = demoEventRows(demo);
      // The files before the event that lists them, so a listed material always downloads.
      for (const { material, key, bytes } of rows.files) {
        await putDemoObject(key, bytes, material.contentType);
      }
      const writes = [
        () => entities.event.create(rows.event).go(),
        ...rows.registrations.map((row) => () => entities.eventRegistration.create(row).go()),
        ...rows.log.map((entry) => () => entities.eventLogEntry.create(entry).go()),
      ];
      let wrote = false;
      for (const write of writes) wrote = (await createOnce(write)) || wrote;
      if (wrote) done.push(`event ${rows.event.title}`);
    }
    return done;
  };
  const writeSnapshot = async () => {
    const s3 = localS3(cloud.endpoints.s3);
    try {
      await rebuildSearchSnapshot(data, s3SnapshotObject(s3, cloud.ids.bucket));
    } finally {
      s3.destroy();
    }
  };
  try {
    const [places, people] = await Promise.all([
      seedCities().then(async (cities) => [...cities, ...(await seedItems())]),
      seedUsers(DEMO_USERS).then(async (users) => ({
        ...users,
        done: [...users.done, ...(await seedApplications())],
      })),
    ]);
    // Courses after their trainer, whose identity subject the drafts record. The search
    // snapshot once the items are in, so the API's first search loads it (decision 0026).
    const trainer = people.users.find((user) => user.userId === DEMO_TRAINER.userId);
    const [courses] = await Promise.all([seedCourses(trainer?.subject), writeSnapshot()]);
    const discussions = await seedDiscussions();
    const requests = await seedExchangeRequests();
    const events = await seedEvents();
    return {
      users: people.users,
      created: [...places, ...courses, ...discussions, ...requests, ...events, ...people.done],
    };
  } finally {
    client.destroy();
    cognito.destroy();
  }
}

/**
 * The early-warning picture's demo (demo-signals.ts): its extra member cities and six
 * months of observations up to this one, for `pnpm dev` only (the test tables keep the
 * six demo cities). Idempotent like seedDemo; answers what it wrote.
 */
export async function seedDemoSignals(cloud: LocalCloudRef, now = new Date()): Promise<string[]> {
  assertLocalEndpoints(cloud);
  const config = {
    tableName: cloud.ids.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
  };
  const { data } = createCore({ config, client: createDynamoClient(config) });
  const { cities, observations } = demoSignalRows(now);
  const done: string[] = [];
  for (const city of cities) {
    if (await createOnce(() => data.entities.city.create(city).go()))
      done.push(`city ${city.name}`);
  }
  let written = 0;
  for (const observation of observations) {
    if (await createOnce(() => data.entities.signalObservation.create(observation).go())) {
      written += 1;
    }
  }
  if (written > 0) done.push(`${written} observations`);
  return done;
}

/**
 * Each demo person's inbox (demo-notifications.ts), for `pnpm dev` only: written as the
 * stream's consumer writes notifications, dated just before `now` (they expire after
 * 180 days), the oldest of each person already read. A person who has any notification
 * gets none, so what a developer read or the stream wrote stays as it is. Answers whose
 * inboxes it filled.
 */
export async function seedDemoNotifications(
  cloud: LocalCloudRef,
  now = new Date(),
): Promise<string[]> {
  const { client, data } = localData(cloud);
  const { notification } = data.entities;
  const done: string[] = [];
  try {
    for (const { userId, notifications } of demoNotifications()) {
      const any = await notification.query.byRecipient({ recipientId: userId }).go({ limit: 1 });
      if (any.data.length > 0) continue;
      for (const [index, demo] of notifications.entries()) {
        const at = new Date(now.getTime() - demo.minutesAgo * 60_000).toISOString();
        const change = {
          eventId: demo.changeId,
          at,
          kind: "insert",
          entity: null,
          keys: {},
          sequenceNumber: "0",
        } as const;
        await writeNotification(data, change, demo.draft);
        if (index === notifications.length - 1) {
          const notificationId = notificationIdOf(change, userId);
          await notification
            .patch({ recipientId: userId, notificationId })
            .set({ readAt: at })
            .go();
        }
      }
      done.push(`notifications for ${userId}`);
    }
    return done;
  } finally {
    client.destroy();
  }
}
