import {
  type Position,
  type Profile,
  type ProfilePatch,
  profilePatchSchema,
  type UiLocale,
} from "@alliance/core/web";
import {
  checkValues,
  limitsAt,
  type Message,
  type SchemaFormOptions,
} from "../../ui/form/index.ts";

/** What the form holds: strings for inputs, "" for "not set". */
export interface ProfileFormValues {
  displayName: string;
  position: Position | "";
  cityId: string;
  preferredLanguage: UiLocale;
}

export type ProfileField = keyof ProfileFormValues;

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

/** How the form meets core's patch schema: every field is checked, changed or not. */
export const PROFILE_CHECKS: SchemaFormOptions<ProfileFormValues> = {
  toInput: (values) => ({
    displayName: values.displayName,
    position: values.position || null,
    cityId: values.cityId || null,
    preferredLanguage: values.preferredLanguage,
  }),
  messageOf: (field, issue): Message => {
    const limits = limitsAt(profilePatchSchema, field);
    if (field === "displayName" && issue.code === "too_small") {
      return { key: "profile.errors.displayNameShort", values: { min: limits.min ?? 0 } };
    }
    if (field === "displayName" && issue.code === "too_big") {
      return { key: "profile.errors.displayNameLong", values: { max: limits.max ?? 0 } };
    }
    return { key: `profile.errors.${field}Invalid` };
  },
};

/** Checks the form with core's own patch schema, so the browser and the API agree. */
export function validateProfile(values: ProfileFormValues): Partial<Record<ProfileField, Message>> {
  return checkValues(profilePatchSchema, values, PROFILE_CHECKS).errors;
}
