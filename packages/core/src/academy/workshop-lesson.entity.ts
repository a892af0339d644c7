import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * A published course's lesson that is an event (a workshop, a webinar…), kept in the
 * event's partition so that "which lessons does attending this event complete?" is one
 * Query of the event (decision 0072). Written when a course version is published;
 * a link whose lesson a later version dropped is ignored, as the consumer checks the
 * course's current listing before it completes anything.
 */
export const WorkshopLessonEntity = defineEntity({
  model: { entity: "workshopLesson", version: "1", service: SERVICE_NAME },
  attributes: {
    eventId: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    lessonId: { type: "string", required: true, readOnly: true },
    linkedAt: { type: "string", required: true },
  },
  indexes: {
    byEvent: {
      pk: { field: "pk", composite: ["eventId"] },
      sk: { field: "sk", composite: ["courseId", "lessonId"] },
    },
  },
});
