import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

interface FieldFrame {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** ids for aria-describedby: the hint, then the error, so both are read with the field. */
function describedBy({ id, hint, error }: FieldFrame): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function HintText({ frame }: { frame: FieldFrame }) {
  if (!frame.hint) return null;
  return (
    <p id={`${frame.id}-hint`} className="field__hint">
      {frame.hint}
    </p>
  );
}

/** A field's error, read before its input, with "Error:" for screen readers. */
function ErrorText({ frame }: { frame: FieldFrame }) {
  const { t } = useTranslation();
  if (!frame.error) return null;
  return (
    <p id={`${frame.id}-error`} className="field__error">
      <span className="visually-hidden">{t("form.errorPrefix")} </span>
      {frame.error}
    </p>
  );
}

function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={frame.error ? "field field--error" : "field"}>
      <label htmlFor={frame.id}>{frame.label}</label>
      <HintText frame={frame} />
      <ErrorText frame={frame} />
      {children}
    </div>
  );
}

/** React 19 passes `ref` as a prop: each field hands it to its input (for focus). */
type TextFieldProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { ref?: Ref<HTMLInputElement> };

/**
 * A labelled input whose hint and error are linked to it for assistive technology.
 * `autoFocus` focuses it when it appears, here rather than by the attribute: browsers honour
 * the attribute on page load only, and Preact (decision 0100) only writes the attribute.
 */
export function TextField({ id, label, hint, error, autoFocus, ...input }: TextFieldProps) {
  const frame = { id, label, hint, error };
  useEffect(() => {
    if (autoFocus) document.getElementById(id)?.focus();
  }, [autoFocus, id]);
  return (
    <Frame frame={frame}>
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        {...input}
      />
    </Frame>
  );
}

type SelectFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
    children: ReactNode;
    ref?: Ref<HTMLSelectElement>;
  };

export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <Frame frame={frame}>
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}

type TextAreaFieldProps = FieldFrame &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled multi-line input, framed like TextField. */
export function TextAreaField({ id, label, hint, error, ...area }: TextAreaFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <Frame frame={frame}>
      <textarea
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        {...area}
      />
    </Frame>
  );
}

/** A fieldset of inputs with a legend, hint and error, linked to it like a field's. */
function GroupFrame({
  frame,
  className,
  children,
}: {
  frame: FieldFrame;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={["field", frame.error && "field--error", className].filter(Boolean).join(" ")}
      aria-describedby={describedBy(frame)}
    >
      <legend>{frame.label}</legend>
      <HintText frame={frame} />
      <ErrorText frame={frame} />
      {children}
    </fieldset>
  );
}

export interface CheckboxOption {
  value: string;
  label: string;
  /** Extra text after the label, such as a count; read with it. */
  extra?: string | undefined;
  /** The language of the label, when it is not the interface's. */
  lang?: string | undefined;
}

/**
 * A fieldset of checkboxes with a legend, hint and error. The first box carries the
 * group's id, so an error summary's link lands on it.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onToggle,
  columns = false,
  inputRef,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  columns?: boolean;
  /** The first box, for whoever moves focus to the group. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <GroupFrame frame={{ id, label: legend, hint, error }} className="checkbox-group">
      <ul className={columns ? "checkbox-list checkbox-list--columns" : "checkbox-list"}>
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <li key={option.value} className="checkbox-list__item">
              <input
                type="checkbox"
                id={boxId}
                ref={index === 0 ? inputRef : undefined}
                name={id}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <label htmlFor={boxId}>
                <span lang={option.lang}>{option.label}</span>
                {option.extra && <span className="checkbox-list__extra"> {option.extra}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </GroupFrame>
  );
}

export interface RadioOption {
  value: string;
  label: string;
}

/**
 * Radio buttons in a fieldset with a legend, hint and error. The first carries the
 * group's id, so an error summary's link lands on it; `input` (a form's binding:
 * name, ref, onChange) goes to each.
 */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  options,
  input,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly RadioOption[];
  input: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "value"> & {
    ref?: Ref<HTMLInputElement>;
  };
}) {
  return (
    <GroupFrame frame={{ id, label: legend, hint, error }}>
      {options.map((option, index) => {
        const radioId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="radio">
            <input type="radio" id={radioId} {...input} value={option.value} />
            <label htmlFor={radioId}>{option.label}</label>
          </div>
        );
      })}
    </GroupFrame>
  );
}

/** One checkbox (a confirmation): its error above it, its label after it. */
export function CheckboxField({ id, label, error, ...input }: Omit<TextFieldProps, "hint">) {
  const frame = { id, label, error };
  return (
    <div className={error ? "field field--error" : "field"}>
      <ErrorText frame={frame} />
      <div className="confirm-check">
        <input
          type="checkbox"
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(frame)}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
