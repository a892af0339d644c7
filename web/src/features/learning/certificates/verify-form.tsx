import { certificatePathSchema } from "@alliance/core/web";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, FormTextField, keyed, useSchemaForm } from "../../../ui/form/index.ts";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { type CodeProblem, readCertificateCode } from "./certificate-code.ts";

const PROBLEM_MESSAGES = {
  empty: { key: "verify.errors.empty" },
  letterU: { key: "verify.errors.letterU" },
  format: { key: "verify.errors.format" },
} as const satisfies Record<CodeProblem, { key: string }>;

/**
 * The code as typed, read into its printed form and then checked by core's own
 * schema (the one of the API's path); a code that cannot be read says why.
 */
const codeFormSchema = z.object({
  code: z
    .string()
    .transform((typed, context) => {
      const reading = readCertificateCode(typed);
      if (reading.ok) return reading.code;
      context.addIssue({ code: "custom", message: reading.problem });
      return z.NEVER;
    })
    .pipe(certificatePathSchema.shape.code),
});

const problemOfIssue = (message: string): CodeProblem =>
  message in PROBLEM_MESSAGES ? (message as CodeProblem) : "format";

/**
 * The code field and its button. It checks the code in the browser and hands on the
 * code in its printed form. `problem` is what is wrong with the code in the address,
 * `refused` the API's 400 about it; either shows on the field until the next submit.
 */
export function VerifyForm({
  initial,
  problem,
  refused,
  pending,
  onLookup,
}: {
  initial: string;
  problem: CodeProblem | null;
  refused: unknown;
  /** The code handed on is being looked up. */
  pending: boolean;
  onLookup: (code: string) => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    codeFormSchema,
    { code: initial },
    {
      idOf: () => "certificate-code",
      messageOf: (_field, issue) => PROBLEM_MESSAGES[problemOfIssue(issue.message)],
    },
  );
  const { setError, fail } = form;

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per problem or refusal shown
  useEffect(() => {
    if (problem) setError("code", keyed(PROBLEM_MESSAGES[problem]));
    else if (refused) fail(refused, { rejected: () => PROBLEM_MESSAGES.format });
  }, [problem, refused]);

  const submit = form.onSubmit(({ code }) => {
    form.setValue("code", code);
    onLookup(code);
  });

  return (
    <form noValidate className="form verify-form" onSubmit={(event) => void submit(event)}>
      <FormErrors form={form} />
      <FormTextField
        form={form}
        name="code"
        label={t("verify.code.label")}
        hint={t("verify.code.hint")}
        onBlur={(event) => {
          // Show the code as printed once typed, so a misread character stands out.
          const reading = readCertificateCode(event.target.value);
          if (reading.ok) form.setValue("code", reading.code);
        }}
        className="code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck="false"
        required
      />
      <SubmitButton pending={pending} pendingLabel={t("verify.loading")}>
        {t("verify.submit")}
      </SubmitButton>
    </form>
  );
}
