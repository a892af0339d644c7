import type { Application, ApplicationForm } from "@alliance/core/web";
import { applicationFormSchema } from "@alliance/core/web";
import type { z } from "zod";
import { limitsAt, type Message } from "../../ui/form/index.ts";

/** The form's values: what a person types, before core's schema reads them. */
export interface ApplicationFormValues {
  cityName: string;
  country: string;
  region: string;
  population: string;
  applicant: { name: string; title: string };
  representative: { name: string; office: string; email: string };
  motivation: string;
  contribution: string;
  principlesAccepted: boolean;
}

export const EMPTY_APPLICATION: ApplicationFormValues = {
  cityName: "",
  country: "",
  region: "",
  population: "",
  applicant: { name: "", title: "" },
  representative: { name: "", office: "", email: "" },
  motivation: "",
  contribution: "",
  principlesAccepted: false,
};

/** An application's answers as the form shows them again (edit and resubmit). */
export function valuesOf(application: Application): ApplicationFormValues {
  return {
    cityName: application.cityName,
    country: application.country,
    region: application.region,
    population: String(application.population),
    applicant: { name: application.applicant.name, title: application.applicant.title },
    representative: { ...application.representative },
    motivation: application.motivation,
    contribution: application.contribution,
    principlesAccepted: application.principlesAccepted,
  };
}

/** The request's body: the population as a number (an empty or unreadable one fails the check). */
export function toInput(values: ApplicationFormValues): unknown {
  const population = values.population.replace(/[\s,.'’]/g, "");
  return { ...values, population: population === "" ? Number.NaN : Number(population) };
}

/** Why a field failed, with the schema's own limits. */
export function messageOf(field: string, issue: z.core.$ZodIssue): Message {
  const key = (name: string) => `membership.form.errors.${name}`;
  if (field === "principlesAccepted") return { key: key("principles") };
  if (field === "country") return { key: key("country") };
  if (field === "representative.email") return { key: key("email") };
  const { min, max } = limitsAt(applicationFormSchema, field);
  if (field === "population") {
    return { key: key("population"), values: { max: max ?? 0 } };
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    return { key: key("length"), values: { min: min ?? 0, max: max ?? 0 } };
  }
  return { key: "form.invalid" };
}

export type { ApplicationForm };
