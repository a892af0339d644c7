import { type ComponentProps, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/fields.tsx";

/** A password input with a "Show password" switch, so nobody has to type blind. */
export function PasswordField(props: Omit<ComponentProps<typeof TextField>, "type">) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = useId();
  return (
    <>
      <TextField
        {...props}
        type={visible ? "text" : "password"}
        autoCapitalize="none"
        spellCheck={false}
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
