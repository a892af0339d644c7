import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { tableSchema } from "../schema/table.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  OBSERVATION_STATUSES,
  SIGNAL_DIRECTIONS,
  SIGNAL_INTENSITIES,
  SIGNAL_THEMES,
} from "../taxonomy/signals.ts";

/**
 * One city's observation of a trend (decision 0069). It names no person, not even
 * its author: it is the city's, and every member of the city edits it until an
 * administrator approves it. gsi1: a city's observations by month; gsi2: every
 * observation of one status by month, which the review queue and the picture read.
 */
export const SignalObservationEntity = defineEntity({
  model: { entity: "signalObservation", version: "1", service: SERVICE_NAME },
  attributes: {
    observationId: { type: "string", required: true, readOnly: true },
    cityId: { type: "string", required: true, readOnly: true },
    cityName: { type: "string", required: true, readOnly: true },
    country: { type: COUNTRIES, required: true, readOnly: true },
    theme: { type: SIGNAL_THEMES, required: true },
    area: { type: "string", required: true },
    /** The observed month, YYYY-MM. */
    period: { type: "string", required: true },
    direction: { type: SIGNAL_DIRECTIONS, required: true },
    intensity: { type: SIGNAL_INTENSITIES, required: true },
    note: { type: "string", required: true },
    status: { type: OBSERVATION_STATUSES, required: true },
    sentBackReason: { type: "string" },
    /** Epoch seconds: 24 months after it was recorded (decision 0045's TTL attribute). */
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
    ...timestamps,
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["observationId"] },
      sk: { field: "sk", composite: [] },
    },
    byCity: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["cityId"] },
      sk: { field: "gsi1sk", composite: ["period", "observationId"] },
    },
    byStatus: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["status"] },
      sk: { field: "gsi2sk", composite: ["period", "observationId"] },
    },
  },
});
export type ObservationItem = EntityItem<typeof SignalObservationEntity>;
