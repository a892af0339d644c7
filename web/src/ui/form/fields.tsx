import type { ComponentProps, ReactNode } from "react";
import { type FieldValues, get, type Path, useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  CheckboxField,
  CheckboxGroup,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from "../fields.tsx";
import { errorText } from "./form-error.ts";
import { limitsAt } from "./schema-limits.ts";
import type { SchemaForm } from "./use-schema-form.ts";

interface Bound<Values extends FieldValues> {
  form: SchemaForm<Values>;
  name: Path<Values>;
  /** The schema path whose limits apply, when it is not the field's name (`contact.email`). */
  schemaPath?: string;
}

/** The id, error and limits of a field, as every bound input shows them. */
function useBinding<Values extends FieldValues>({ form, name, schemaPath }: Bound<Values>) {
  const { t } = useTranslation();
  const limits = limitsAt(form.schema, schemaPath ?? name);
  return {
    id: form.idOf(name),
    error: errorText(get(form.formState.errors, name), t),
    ...(limits.kind === "text" && limits.max !== undefined && { maxLength: limits.max }),
    ...(limits.required && { required: true }),
  };
}

type Unbound<P> = Omit<P, "id" | "error" | "name" | "value" | "onChange" | "form">;

/**
 * A text input bound to a field; its maxLength and required come from the schema.
 * An `onBlur` runs after the form has taken the value.
 */
export function FormTextField<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  ...props
}: Bound<Values> & Unbound<ComponentProps<typeof TextField>>) {
  const binding = useBinding({ form, name, schemaPath });
  const registered = form.register(name, { onBlur: props.onBlur });
  return <TextField {...binding} {...props} {...registered} id={binding.id} />;
}

export function FormTextAreaField<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  ...props
}: Bound<Values> & Unbound<ComponentProps<typeof TextAreaField>>) {
  const binding = useBinding({ form, name, schemaPath });
  const registered = form.register(name, { onBlur: props.onBlur });
  return <TextAreaField {...binding} {...props} {...registered} id={binding.id} />;
}

/**
 * A select bound to a field. Controlled, unlike the text inputs: its options may
 * arrive after it (a list loading), and the choice must survive that.
 */
export function FormSelectField<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  children,
  ...props
}: Bound<Values> & Unbound<ComponentProps<typeof SelectField>> & { children: ReactNode }) {
  const { maxLength: _, ...binding } = useBinding({ form, name, schemaPath });
  const { field } = useController({ control: form.control, name });
  return (
    <SelectField
      {...binding}
      {...props}
      ref={field.ref}
      name={field.name}
      value={field.value ?? ""}
      onChange={field.onChange}
      onBlur={field.onBlur}
      id={binding.id}
    >
      {children}
    </SelectField>
  );
}

/** Checkboxes bound to a list field (themes, roles…). */
export function FormCheckboxGroup<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  ...props
}: Bound<Values> & Unbound<Omit<ComponentProps<typeof CheckboxGroup>, "selected" | "onToggle">>) {
  const { id, error } = useBinding({ form, name, schemaPath });
  const { field } = useController({ control: form.control, name });
  const selected: string[] = field.value ?? [];
  const order = props.options.map((option) => option.value);
  return (
    <CheckboxGroup
      {...props}
      id={id}
      error={error}
      inputRef={field.ref}
      selected={selected}
      onToggle={(value, on) =>
        field.onChange(
          on
            ? order.filter((each) => each === value || selected.includes(each))
            : selected.filter((each) => each !== value),
        )
      }
    />
  );
}

/** Radio buttons bound to a field that holds one of the options' values. */
export function FormRadioGroup<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  ...props
}: Bound<Values> & Unbound<Omit<ComponentProps<typeof RadioGroup>, "input">>) {
  const { id, error } = useBinding({ form, name, schemaPath });
  return <RadioGroup {...props} id={id} error={error} input={form.register(name)} />;
}

/** One checkbox bound to a true/false field (a confirmation the schema requires). */
export function FormCheckboxField<Values extends FieldValues>({
  form,
  name,
  schemaPath,
  ...props
}: Bound<Values> & Unbound<ComponentProps<typeof CheckboxField>>) {
  const { id, error } = useBinding({ form, name, schemaPath });
  return <CheckboxField {...props} error={error} {...form.register(name)} id={id} />;
}
