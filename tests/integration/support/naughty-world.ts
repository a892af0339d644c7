import { randomUUID } from "node:crypto";
import { attached, uploaded, uploadedTo } from "./attachment-fixtures.ts";
import { cityIn, memberCity } from "./city-fixtures.ts";
import { ok, type TestContext } from "./context.ts";
import { courseDocument, courseOf, documentsOf } from "./course-fixtures.ts";
import { answered } from "./discussion-fixtures.ts";
import { eventIn, eventMaterial, materialsOf, registered } from "./event-fixtures.ts";
import { itemIn } from "./exchange-fixtures.ts";
import { messageIn, requestIn } from "./exchange-request-fixtures.ts";
import { learnerOf, RIGHT } from "./learning-fixtures.ts";
import { applicationIn } from "./membership-fixtures.ts";
import { type Callers, trackedContext } from "./naughty-setup.ts";
import type { TrackedApp } from "./naughty-tracker.ts";
import { notificationFor, unsubscribeTokenFor } from "./notification-fixtures.ts";
import { checkedPackage, scormCourseOf, uploadedPackage } from "./scorm-fixtures.ts";
import { observationIn } from "./signal-fixtures.ts";

/** What each path parameter can name, tried in this order. */
const FLAVOURS: Record<string, readonly string[]> = {
  itemId: ["draft", "submitted", "published", "revised"],
  courseId: ["published", "draft"],
  // `scorm`: the one lesson of a course of its own, whose run-time record the learner saves.
  lessonId: ["text", "quiz", "scorm"],
  attachmentId: ["confirmed", "pending"],
  // A SCORM package uploaded and not checked yet, or checked and ready (decision 0084).
  packageId: ["uploaded", "ready"],
  userId: ["trainer", "plain"],
  applicationId: ["information-requested", "submitted"],
  // A city of the world's own: suspending or leaving the sweep's city would stop its items.
  cityId: ["active", "suspended"],
  // `in`: asked of the sweep's city, whose contributor answers; `out`: asked by it.
  requestId: ["open-in", "open-out", "date-proposed-out", "accepted-in", "completed-in"],
  // Published with the contributor and the learner registered, or a draft to publish.
  eventId: ["published", "draft"],
};

export const flavoursOf = (param: string) => FLAVOURS[param] ?? ["only"];

const memo = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) => {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
};

/**
 * The objects one operation works on, made on first use through the API itself:
 * items of the sweep city's contributor, courses of the sweep trainer (the
 * learner enrolled in the published ones), uploads, users, a certificate.
 */
export class World {
  private readonly made = new Map<string, Promise<unknown>>();
  /** The requests made in this world (fixtures and sweep): whose writes are its own. */
  readonly tags = new Set<number>();
  /** The last version seen of each object (see versionKey). */
  readonly versions = new Map<string, number>();
  readonly ctx: TestContext;
  /** Objects already made, by "module <courseId>" or "document <courseId>", for the sample's hints. */
  readonly known = new Map<string, string>();

  constructor(
    readonly tracked: TrackedApp,
    readonly callers: Callers,
    readonly cityId: string,
    /** A published item of the sweep, to cite. */
    readonly citable: string,
  ) {
    this.ctx = trackedContext(tracked, () => this.tag(), this.versions);
  }

  tag(): number {
    const tag = this.tracked.newTag();
    this.tags.add(tag);
    return tag;
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    return memo(this.made as Map<string, Promise<T>>, key, make);
  }

  /** Values for `params` given a flavour for each; throws when a parameter is unknown. */
  async values(params: string[], flavour: Record<string, string>): Promise<Record<string, string>> {
    const { ctx, callers } = this;
    const out: Record<string, string> = {};
    const onItem = params.includes("itemId");
    for (const param of params) {
      const kind = flavour[param] ?? "only";
      if (param === "itemId") out.itemId = (await this.item(flavour.itemId ?? "draft")).itemId;
      else if (param === "courseId" && flavour.lessonId === "scorm")
        out.courseId = (await this.scormLesson()).courseId;
      else if (param === "courseId")
        out.courseId = (await this.course(flavour.courseId ?? "published")).courseId;
      else if (param === "moduleId")
        out.moduleId = (await this.course(flavour.courseId ?? "published")).moduleId;
      else if (param === "lessonId" && kind === "scorm")
        out.lessonId = (await this.scormLesson()).lessonId;
      else if (param === "lessonId") {
        const course = await this.course(flavour.courseId ?? "published");
        out.lessonId = kind === "quiz" ? course.quizId : course.textId;
      } else if (param === "attachmentId" && onItem) {
        const { itemId } = await this.item(flavour.itemId ?? "draft");
        out.attachmentId = await this.once(`att ${itemId} ${kind}`, async () =>
          kind === "pending"
            ? (await uploaded(ctx, callers.contributor, itemId)).attachmentId
            : (await attached(ctx, callers.contributor, itemId)).attachmentId,
        );
      } else if (param === "attachmentId" && params.includes("eventId")) {
        out.attachmentId = await this.material(
          await this.event(flavour.eventId ?? "published"),
          kind,
        );
      } else if (param === "attachmentId") {
        const { courseId } = await this.course(flavour.courseId ?? "published");
        out.attachmentId = await this.document(courseId, kind);
      } else if (param === "packageId") {
        const { courseId } = await this.course(flavour.courseId ?? "published");
        out.packageId = await this.scormPackage(courseId, kind);
      } else if (param === "userId" && params.includes("eventId")) {
        // Attendance: the learner, registered in the world's published event.
        await this.event(flavour.eventId ?? "published");
        out.userId = await this.userIdOf(callers.learner);
      } else if (param === "userId") {
        out.userId = await this.once(`user ${kind}`, async () => {
          const user = await ctx.newUser({ groups: kind === "trainer" ? ["trainer"] : [] });
          return (await ok(ctx.api(user).api.me.$get())).userId;
        });
      } else if (param === "language" && onItem) {
        out.language = await this.translated((await this.item(flavour.itemId ?? "draft")).itemId);
      } else if (param === "cityId") out.cityId = await this.city(kind);
      else if (param === "code") out.code = await this.certificate();
      else if (param === "list") out.list = await this.statusList();
      else if (param === "applicationId") out.applicationId = await this.application(kind);
      else if (param === "subject") out.subject = (await this.thread()).subject;
      else if (param === "questionId") out.questionId = (await this.thread()).questionId;
      else if (param === "answerId") out.answerId = (await this.thread()).answerId;
      else if (param === "requestId" && params.includes("messageId"))
        out.requestId = (await this.requestMessage()).requestId;
      else if (param === "requestId") out.requestId = await this.request(kind);
      else if (param === "messageId") out.messageId = (await this.requestMessage()).messageId;
      else if (param === "eventId") out.eventId = await this.event(kind);
      else if (param === "token") out.token = await this.feedToken();
      else if (param === "observationId") out.observationId = await this.observation();
      else if (param === "notificationId")
        out.notificationId = await this.once("notification", () =>
          notificationFor(ctx, callers.learner, "event-cancelled", this.tracked.core),
        );
      else if (param === "savedSearchId")
        out.savedSearchId = await this.once("saved search", async () => {
          const made = await ctx.raw(callers.learner, "POST", "/api/me/saved-searches", {
            name: "Naughty sweep",
            criteria: { theme: ["youth-work"] },
          });
          return ((await made.json()) as { savedSearchId: string }).savedSearchId;
        });
      else if (param === "unsubscribeToken")
        out.unsubscribeToken = await this.once("unsubscribe", () =>
          unsubscribeTokenFor(ctx, callers.learner, "event-cancelled", this.tracked.core),
        );
      else throw new Error(`the sweep cannot make a {${param}}: teach naughty-world.ts how`);
    }
    return out;
  }

  item(status: string) {
    return this.once(`item ${status}`, () =>
      itemIn(this.ctx, status as "draft", this.callers.contributor, this.callers.admin),
    );
  }

  /** A language the item has a translation into (German, added by an administrator). */
  translated(itemId: string) {
    return this.once(`translation ${itemId}`, async () => {
      const version = this.versions.get(itemId) ?? 1;
      await ok(
        this.ctx
          .api(this.callers.admin)
          .api.exchange.items[":itemId"].translations[":language"].$put({
            param: { itemId, language: "de" },
            json: {
              title: "Mentoren für Jugendliche",
              summary: "Freiwillige treffen junge Menschen.",
              description: "Schulen und Jugendverbände führen das Programm gemeinsam.",
            },
            header: { "if-match": `"${version}"` },
          }),
      );
      return "de";
    });
  }

  course(kind: string) {
    return this.once(`course ${kind}`, async () => {
      const { ctx, callers } = this;
      const course = await courseOf(ctx, callers.trainer, { publish: kind === "published" });
      const param = { courseId: course.courseId };
      const draft = await ok(
        ctx.api(callers.trainer).api.courses[":courseId"].draft.$get({ param }),
      );
      const [textId, quizId] = draft.modules[0]?.lessons.map((lesson) => lesson.lessonId) ?? [];
      if (kind === "published") {
        await ok(learnerOf(ctx, callers.learner, course.courseId).enrolment.$put({ param }));
      }
      this.known.set(`module ${course.courseId}`, course.moduleId);
      if (kind === "published") this.known.set("published course", course.courseId);
      return { ...course, textId: textId as string, quizId: quizId as string };
    });
  }

  /**
   * A published course of the trainer whose one lesson is a SCORM package, the learner
   * enrolled; its run-time record read once, so its ETag ("0") is the version the sweep sends.
   */
  scormLesson() {
    return this.once("scorm lesson", async () => {
      const { ctx, callers } = this;
      const made = await scormCourseOf(ctx, callers.trainer);
      const learning = learnerOf(ctx, callers.learner, made.courseId);
      await ok(learning.enrolment.$put({ param: learning.param }));
      const { lesson, param } = learning.lesson(made.lessonId);
      await ok(lesson.scorm.$get({ param }));
      return made;
    });
  }

  /** A confirmed (or pending) file of the course's draft. */
  document(courseId: string, kind: string) {
    return this.once(`doc ${courseId} ${kind}`, async () => {
      if (kind === "pending") {
        return (await uploadedTo(documentsOf(this.ctx, this.callers.trainer, courseId).declare))
          .attachmentId;
      }
      const { attachmentId } = await courseDocument(this.ctx, this.callers.trainer, courseId);
      this.known.set(`document ${courseId}`, attachmentId);
      return attachmentId;
    });
  }

  /** A confirmed (or pending) material of the event. */
  material(eventId: string, kind: string) {
    return this.once(`material ${eventId} ${kind}`, async () => {
      if (kind === "pending") {
        return (await uploadedTo(materialsOf(this.ctx, this.callers.trainer, eventId).declare))
          .attachmentId;
      }
      return (await eventMaterial(this.ctx, this.callers.trainer, eventId)).attachmentId;
    });
  }

  /** A SCORM package of the course's draft, uploaded, or checked and ready. */
  scormPackage(courseId: string, kind: string) {
    return this.once(`scorm ${courseId} ${kind}`, async () => {
      if (kind === "uploaded") return uploadedPackage(this.ctx, this.callers.trainer, courseId);
      const { packageId } = await checkedPackage(this.ctx, this.callers.trainer, courseId);
      this.known.set(`scorm ${courseId}`, packageId);
      return packageId;
    });
  }

  /**
   * An application submitted, or waiting for its applicant's answer to a request for information.
   * The learner applies and the administrator decides (an administrator may not decide
   * on their own application): the probe finds, per operation, the caller whose valid
   * request succeeds. Each world of these operations has fresh callers (naughty-probe.ts).
   */
  application(state: string) {
    return this.once(`application ${state}`, async () => {
      const { callers } = this;
      const made = await applicationIn(this.ctx, state as "submitted", callers.admin, {
        applicant: callers.learner,
      });
      return made.applicationId;
    });
  }

  /**
   * A member city of this world, made as the platform makes one (an approved
   * application), active or suspended: operations on a city's membership change
   * its status, which must never reach the sweep's city.
   */
  city(status: string) {
    return this.once(`city ${status}`, async () => {
      const { ctx, callers } = this;
      // Worlds share a table, and a city is a member once (409 city-already-member).
      const name = `Naughtyburg ${status} ${randomUUID().slice(0, 8)}`;
      const { cityId } = await memberCity(ctx, callers.admin, name);
      if (status === "suspended") await cityIn(ctx, callers.admin, cityId, "suspended");
      return cityId;
    });
  }

  /**
   * A discussion on a published item of the world's own, with a question and an
   * answer by the contributor, the first caller tried: the author of both.
   */
  thread() {
    return this.once("thread", async () => {
      const { itemId } = await this.item("published");
      const { contributor } = this.callers;
      const made = await answered(this.ctx, contributor, contributor, `item:${itemId}`);
      this.known.set("answer", made.answerId);
      return made;
    });
  }

  /** Another member city of this world and its contributor: the other side of requests. */
  partner() {
    return this.once("partner", async () => {
      const name = `Naughtyburg partner ${randomUUID().slice(0, 8)}`;
      const made = await memberCity(this.ctx, this.callers.admin, name);
      this.known.set("partner city", made.cityId);
      return made;
    });
  }

  /** An exchange request between the sweep's city and the partner, in a state named by `flavour`. */
  request(flavour: string) {
    return this.once(`request ${flavour}`, async () => {
      const partner = await this.partner();
      const [state, direction] = [flavour.replace(/-(in|out)$/, ""), flavour.slice(-3)];
      const { contributor } = this.callers;
      const [from, to, toCityId] =
        direction === "out"
          ? [contributor, partner.contributor, partner.cityId]
          : [partner.contributor, contributor, this.cityId];
      return (await requestIn(this.ctx, state as "open", from, to, toCityId)).requestId;
    });
  }

  /** A message of the sweep's contributor in an accepted request asked of its city. */
  requestMessage() {
    return this.once("request message", async () =>
      messageIn(this.ctx, this.callers.contributor, await this.request("accepted-in")),
    );
  }

  userIdOf(caller: Parameters<TestContext["api"]>[0]) {
    return this.once(
      `user id ${caller?.username}`,
      async () => (await ok(this.ctx.api(caller).api.me.$get())).userId,
    );
  }

  /**
   * An event of the sweep's trainer: a draft, or published with the contributor
   * and the learner registered (so cancelling and attendance have someone to act on).
   */
  event(kind: string) {
    return this.once(`event ${kind}`, async () => {
      const { ctx, callers } = this;
      const { eventId } = await eventIn(ctx, callers.trainer, { publish: kind === "published" });
      if (kind === "published") {
        this.known.set("published event", eventId);
        await registered(ctx, callers.contributor, eventId);
        await registered(ctx, callers.learner, eventId);
      }
      return eventId;
    });
  }

  /** A submitted observation of the sweep's city, recorded by its contributor. */
  observation() {
    return this.once("observation", async () => {
      const made = await observationIn(this.ctx, this.callers.contributor);
      return made.observationId;
    });
  }

  /** The token of a calendar feed of a person of its own (the sweep's feed routes replace theirs). */
  feedToken() {
    return this.once("feed", async () => {
      const owner = await this.ctx.newUser();
      const made = await this.ctx.raw(owner, "POST", "/api/me/calendar-feed");
      const { url } = (await made.json()) as { url: string };
      return url.split("/").pop() as string;
    });
  }

  /** The learner's certificate for a course of its own, completed. */
  certificate() {
    return this.once("certificate", async () => {
      const { ctx, callers } = this;
      const course = await courseOf(ctx, callers.trainer);
      const learner = learnerOf(ctx, callers.learner, course.courseId);
      const { param } = learner;
      await ok(learner.enrolment.$put({ param }));
      const draft = await ok(
        ctx.api(callers.trainer).api.courses[":courseId"].draft.$get({ param }),
      );
      const [textId, quizId] = draft.modules[0]?.lessons.map((lesson) => lesson.lessonId) ?? [];
      const text = learner.lesson(textId as string);
      await ok(text.lesson.completion.$put({ param: text.param }));
      const quiz = learner.lesson(quizId as string);
      const done = await ok(quiz.lesson.attempts.$post({ param: quiz.param, json: RIGHT }));
      const code = done.progress.certificateCode as string;
      this.known.set("certificate", code);
      return code;
    });
  }

  /** A revocation status list: the first, made when the world's certificate's credential is issued. */
  statusList() {
    return this.once("status list", async () => {
      const code = await this.certificate();
      await ok(
        this.ctx.raw(this.callers.learner, "GET", `/api/me/certificates/${code}/credential`),
      );
      return "1";
    });
  }
}
