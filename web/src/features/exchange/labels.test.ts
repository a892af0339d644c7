import {
  EVIDENCE_LEVELS,
  FACET_NAMES,
  ITEM_KINDS,
  ITEM_STATUSES,
  MODERATION_ACTIONS,
  REVIEW_DECISIONS,
  REVISION_STATUSES,
  STAKEHOLDERS,
  TARGET_GROUPS,
  THEMES,
  VISIBILITIES,
} from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { baseKeys, catalogues } from "../../testing/catalogues.ts";
import { fieldId, READINESS_FIELDS } from "./field-paths.ts";

const { en } = catalogues;

describe("the exchange's labels", () => {
  it("has a label for every value of the exchange's taxonomies and every status", () => {
    const keys = baseKeys(en);
    const needed = [
      ...ITEM_KINDS.map((kind) => `exchange.kinds.${kind}`),
      ...THEMES.map((theme) => `exchange.themes.${theme}`),
      ...TARGET_GROUPS.map((group) => `exchange.targetGroups.${group}`),
      ...STAKEHOLDERS.map((stakeholder) => `exchange.stakeholders.${stakeholder}`),
      ...EVIDENCE_LEVELS.map((level) => `exchange.evidence.${level}`),
      ...VISIBILITIES.map((visibility) => `exchange.visibilities.${visibility}`),
      ...ITEM_STATUSES.map((status) => `exchange.statuses.${status}`),
      ...ITEM_STATUSES.map((status) => `exchange.manage.statusHelp.${status}`),
      ...MODERATION_ACTIONS.map((action) => `exchange.manage.events.${action}`),
      ...REVISION_STATUSES.map((status) => `exchange.revision.status.${status}`),
      ...REVISION_STATUSES.map((status) => `exchange.revision.badges.${status}`),
      ...REVIEW_DECISIONS.map((decision) => `exchange.review.decisions.${decision}`),
      ...FACET_NAMES.map((name) => `exchange.filters.${name}`),
      ...READINESS_FIELDS.map((field) => `exchange.errors.ready.${fieldId(field)}`),
      ...READINESS_FIELDS.map((field) => `exchange.fields.${fieldId(field)}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });
});
