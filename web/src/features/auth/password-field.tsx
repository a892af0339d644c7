import { type ComponentProps, useId, useState } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormTextField } from "../../ui/form/index.ts";

/** A password input with a "Show password" switch, so nobody has to type blind. */
export function PasswordField<F extends FieldValues>(
  props: Omit<ComponentProps<typeof FormTextField<F>>, "type">,
) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = useId();
  return (
    <>
      <FormTextField
        {...props}
        type={visible ? "text" : "password"}
        autoCapitalize="none"
        spellCheck="false"
      />
      <div className="checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
        />
        <label htmlFor={toggleId}>{t("auth.showPassword")}</label>
      </div>
    </>
  );
}
