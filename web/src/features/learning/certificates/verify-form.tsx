import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { type CodeProblem, readCertificateCode } from "./certificate-code.ts";

const FIELD_ID = "certificate-code";
const PROBLEM_MESSAGES = {
  empty: "verify.errors.empty",
  letterU: "verify.errors.letterU",
  format: "verify.errors.format",
} as const satisfies Record<CodeProblem, string>;

/**
 * The code field and its button. It checks the code in the browser and hands on the
 * code in its printed form; `problem` is what is wrong with the code in the address
 * (or what the API refused), shown until the person submits again.
 */
export function VerifyForm({
  initial,
  problem,
  onLookup,
}: {
  initial: string;
  problem: CodeProblem | null;
  onLookup: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [checked, setChecked] = useState<CodeProblem | null | undefined>(undefined);
  const shown = checked === undefined ? problem : checked;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reading = readCertificateCode(value);
    if (!reading.ok) {
      setChecked(reading.problem);
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    setChecked(null);
    setValue(reading.code);
    onLookup(reading.code);
  };

  return (
    <form noValidate className="form verify-form" onSubmit={submit}>
      <TextField
        id={FIELD_ID}
        label={t("verify.code.label")}
        hint={t("verify.code.hint")}
        error={shown ? t(PROBLEM_MESSAGES[shown]) : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => {
          // Show the code as printed once typed, so a misread character stands out.
          const reading = readCertificateCode(value);
          if (reading.ok) setValue(reading.code);
        }}
        className="code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <div className="actions">
        <button type="submit" className="button">
          {t("verify.submit")}
        </button>
      </div>
    </form>
  );
}
