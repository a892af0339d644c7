/**
 * The form kit: react-hook-form checked by core's zod schemas, inputs that take
 * their limits from the schema, one error summary, one reader of the API's
 * refusals (see docs/decisions/0023-one-form-kit.md).
 */
export type { ProblemHandling } from "./apply-problem.ts";
export {
  FormCheckboxField,
  FormCheckboxGroup,
  FormRadioGroup,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from "./fields.tsx";
export { errorText, keyed, type Message, text } from "./form-error.ts";
export { FormErrors } from "./form-errors.tsx";
export { type FieldLimits, limitsAt, limitsOf } from "./schema-limits.ts";
export { useOnEdit } from "./use-on-edit.ts";
export {
  checkValues,
  type SchemaForm,
  type SchemaFormOptions,
  useSchemaForm,
} from "./use-schema-form.ts";
