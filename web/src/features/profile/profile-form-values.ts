import {
  type Position,
  type Profile,
  type ProfilePatch,
  profilePatchSchema,
  type UiLocale,
} from "@alliance/core/web";

/** What the form holds: strings for inputs, "" for "not set". */
export interface ProfileFormValues {
  displayName: string;
  position: Position | "";
  cityId: string;
  preferredLanguage: UiLocale;
}

export type ProfileField = keyof ProfileFormValues;

/** A failed check, as a message key and its values, to be translated by the page. */
export interface ProfileFieldError {
  key: string;
  values?: Record<string, number>;
}

export function valuesOf(profile: Profile): ProfileFormValues {
  return {
    displayName: profile.displayName,
    position: profile.position ?? "",
    cityId: profile.cityId ?? "",
    preferredLanguage: profile.preferredLanguage,
  };
}

/** Only what changed, so the request says what the person meant to edit. */
export function changesFrom(base: Profile, values: ProfileFormValues): Partial<ProfilePatch> {
  const patch: Partial<ProfilePatch> = {};
  if (values.displayName.trim() !== base.displayName) patch.displayName = values.displayName.trim();
  if ((values.position || null) !== base.position) patch.position = values.position || null;
  if ((values.cityId || null) !== base.cityId) patch.cityId = values.cityId || null;
  if (values.preferredLanguage !== base.preferredLanguage) {
    patch.preferredLanguage = values.preferredLanguage;
  }
  return patch;
}

/**
 * Checks every field with core's own patch schema, so the browser and the API agree,
 * and turns zod's issues into message keys (core's messages are English only).
 */
export function validateProfile(
  values: ProfileFormValues,
): Partial<Record<ProfileField, ProfileFieldError>> {
  const result = profilePatchSchema.safeParse({
    displayName: values.displayName,
    position: values.position || null,
    cityId: values.cityId || null,
    preferredLanguage: values.preferredLanguage,
  });
  if (result.success) return {};
  const errors: Partial<Record<ProfileField, ProfileFieldError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(field in values) || errors[field as ProfileField]) continue;
    errors[field as ProfileField] = fieldError(field as ProfileField, issue);
  }
  return errors;
}

function fieldError(field: ProfileField, issue: { code: string }): ProfileFieldError {
  if (field === "displayName") {
    if (issue.code === "too_small") {
      return { key: "profile.errors.displayNameShort", values: { min: boundOf(issue, 2) } };
    }
    if (issue.code === "too_big") {
      return { key: "profile.errors.displayNameLong", values: { max: boundOf(issue, 80) } };
    }
  }
  return { key: `profile.errors.${field}Invalid` };
}

function boundOf(issue: object, fallback: number): number {
  const bound = "minimum" in issue ? issue.minimum : "maximum" in issue ? issue.maximum : undefined;
  return typeof bound === "number" ? bound : typeof bound === "bigint" ? Number(bound) : fallback;
}
