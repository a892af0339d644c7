import { toNestErrors } from "@hookform/resolvers";
import { type FormEvent, useRef, useState } from "react";
import {
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { describeRequestError } from "../query-error.tsx";
import { applyProblem, type ProblemHandling } from "./apply-problem.ts";
import { fieldErrorsOf, keyed, type Message, text } from "./form-error.ts";
import { limitsAt } from "./schema-limits.ts";

/** How a form's values meet the API's schema. */
export interface SchemaFormOptions<Values extends FieldValues> {
  /** Form values → what the schema checks (the request's body); the same by default. */
  toInput?: (values: Values) => unknown;
  /** A schema path (`contact.email`) → the form's field; the same by default. */
  fieldOf?: (path: string, values: Values) => string;
  /**
   * The message of a failed check. By default `form.invalid`, with the limits of
   * the schema at that path as `min` and `max`.
   */
  messageOf?: (field: string, issue: z.core.$ZodIssue, values: Values) => Message;
  /** A field's id in the page (for the error summary's links); the name by default. */
  idOf?: (field: string) => string;
}

/**
 * The form state of every form: react-hook-form, checked by core's own zod schema,
 * so the browser and the API agree. What was typed is never dropped on a failure.
 * Checks run on submit, then again on each change of a field that shows an error.
 * A failed submit puts focus on the first invalid field.
 */
export function useSchemaForm<Values extends FieldValues, Output = Values>(
  schema: z.ZodType<Output>,
  defaults: Values,
  options: SchemaFormOptions<Values> = {},
) {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const resolver: Resolver<Values, unknown, Output> = async (values, _context, resolverOptions) => {
    const result = checkValues(schema, values, optionsRef.current);
    if (result.success) return { values: result.output, errors: {} };
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([field, message]) => [field, keyed(message)]),
    );
    return { values: {}, errors: toNestErrors(errors, resolverOptions) };
  };
  const form = useForm<Values, unknown, Output>({
    defaultValues: defaults as DefaultValues<Values>,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The kit moves focus itself, by the page's order: lists and groups of inputs
    // are not registered one input at a time.
    shouldFocusError: false,
  });
  const { t } = useTranslation();
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const busy = useRef(false);
  const fieldOf = (path: string) => optionsRef.current.fieldOf?.(path, form.getValues()) ?? path;

  const idOf = (field: string) => optionsRef.current.idOf?.(field) ?? field.replaceAll(".", "-");
  const focusFirst = (fields: string[]) => focusFirstOf(fields.map(idOf));

  /** A failed request: see applyProblem. API paths become fields as the schema's do. */
  const fail = (error: unknown, handling: ProblemHandling = {}) =>
    applyProblem({ setError: form.setError, setConflict, focusFirst }, error, t, {
      fieldOf,
      ...handling,
    });

  /**
   * After a 412: fetches the latest record and hands it to `adopt` (which resets
   * the form from it); once at a time. A failure is the form's error.
   */
  const reload = async <T>(latest: () => Promise<T>, adopt: (record: T) => void) => {
    if (reloading) return;
    setReloading(true);
    try {
      const record = await latest();
      form.clearErrors();
      setConflict(false);
      adopt(record);
    } catch (error) {
      form.setError("root.server", text(describeRequestError(error, t)));
    } finally {
      setReloading(false);
    }
  };

  /**
   * A submit handler: checks, then runs `action` with the checked values (the
   * schema's output) and the values as typed. Submits while one runs are ignored.
   * What `action` throws goes to `fail` with `handling`.
   */
  const onSubmit =
    (
      action: (output: Output, values: Values, event: FormEvent<HTMLFormElement>) => unknown,
      handling?: ProblemHandling,
    ) =>
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      event.stopPropagation();
      if (busy.current || reloading) return;
      busy.current = true;
      try {
        await form.handleSubmit(
          (output) => action(output, form.getValues(), event),
          (errors) => focusFirst(fieldErrorsOf(errors).map(([path]) => path)),
        )(event);
      } catch (error) {
        fail(error, handling);
      } finally {
        busy.current = false;
      }
    };

  return {
    ...form,
    schema,
    idOf,
    onSubmit,
    fail,
    /** A save met a version changed elsewhere (412): the page offers to reload. */
    conflict,
    setConflict,
    reload,
    reloading,
  };
}

/** Focuses the first of these elements in the page (for a group: its first input). */
function focusFirstOf(ids: string[]): void {
  const elements = ids.flatMap((id) => document.getElementById(id) ?? []);
  const [first] = elements.sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  first?.focus();
}

type Checked<Output> =
  | { success: true; output: Output; errors: Record<string, never> }
  | { success: false; errors: Record<string, Message> };

/**
 * Checks form values with the schema: the first message of each field (by the
 * form's names), or the schema's output. The resolver of every kit form.
 */
export function checkValues<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  values: Values,
  options: SchemaFormOptions<Values> = {},
): Checked<Output> {
  const { toInput = (input) => input, fieldOf = (path) => path } = options;
  const result = schema.safeParse(toInput(values));
  if (result.success) return { success: true, output: result.data, errors: {} };
  const errors: Record<string, Message> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    const field = fieldOf(path, values);
    errors[field] ??= options.messageOf?.(field, issue, values) ?? {
      key: "form.invalid",
      values: numbers(limitsAt(schema, path)),
    };
  }
  return { success: false, errors };
}

export type SchemaForm<Values extends FieldValues = FieldValues> = ReturnType<
  typeof useSchemaForm<Values, unknown>
> &
  UseFormReturn<Values, unknown, unknown>;

function numbers({ min, max }: { min?: number; max?: number }): Record<string, number> {
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}
