import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A module's title being added or renamed: kept as typed, checked (1 to 160
 * characters) before `save` runs, with focus sent back to the field
 * (`inputId`) when it is refused. One save at a time.
 */
export function useModuleTitleForm(
  initial: string,
  inputId: string,
  save: (title: string) => Promise<unknown>,
) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const text = title.trim();
    if (text.length < 1 || text.length > 160) {
      setError(t("authoring.outline.moduleTitleError"));
      document.getElementById(inputId)?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      await save(text);
    } finally {
      setPending(false);
    }
  };

  return { title, setTitle, error, pending, submit };
}
