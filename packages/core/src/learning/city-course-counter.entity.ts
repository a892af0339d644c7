import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/** A city's members in one course: aggregates only, never who. */
export const CityCourseCounterEntity = defineEntity({
  model: { entity: "cityCourseCounter", version: "1", service: SERVICE_NAME },
  attributes: {
    cityId: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    courseTitle: { type: "string" },
    enrolled: { type: "number" },
    completed: { type: "number" },
  },
  indexes: {
    byCity: {
      pk: { field: "pk", composite: ["cityId"] },
      sk: { field: "sk", composite: ["courseId"] },
    },
  },
});
