import { type BadgeVerificationResult, MAX_CREDENTIAL_BYTES } from "@alliance/core/web";
import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, type Ref, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { z } from "zod";
import { api, readJson } from "../../../api/client.ts";
import { FormErrors, FormTextAreaField, keyed, useSchemaForm } from "../../../ui/form/index.ts";
import { SubmitButton } from "../../../ui/submit-button.tsx";

const HEADING_ID = "credential-result";

const PROBLEMS = {
  empty: { key: "verify.credential.errors.empty" },
  notJson: { key: "verify.credential.errors.notJson" },
  tooLarge: { key: "verify.credential.errors.tooLarge" },
  notCredential: { key: "verify.credential.errors.notCredential" },
} as const;
type Problem = keyof typeof PROBLEMS;

/**
 * The pasted text read as a JSON object, the way the API takes it; what cannot be
 * read says why. The API then checks the rest (decision 0066).
 */
const credentialFormSchema = z.object({
  json: z.string().transform((typed, context): Record<string, unknown> => {
    const problem = (message: Problem) => {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (typed.trim() === "") return problem("empty");
    if (new TextEncoder().encode(typed).length > MAX_CREDENTIAL_BYTES) return problem("tooLarge");
    let parsed: unknown;
    try {
      parsed = JSON.parse(typed);
    } catch {
      return problem("notJson");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return problem("notCredential");
    }
    return parsed as Record<string, unknown>;
  }),
});

const problemOf = (message: string): Problem =>
  message in PROBLEMS ? (message as Problem) : "notCredential";

/**
 * Checks an Open Badges credential as downloaded from a certificate: pasted, or read
 * from its file in the browser (nothing is uploaded but the JSON checked). The
 * result names each check: signature, issuer, revocation status.
 */
export function CredentialCheck() {
  const { t } = useTranslation();
  const fileId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useSchemaForm(
    credentialFormSchema,
    { json: "" },
    {
      idOf: () => "credential-json",
      fieldOf: () => "json",
      messageOf: (_field, issue) => PROBLEMS[problemOf(issue.message)],
    },
  );
  const check = useMutation({
    mutationFn: async (credential: Record<string, unknown>): Promise<BadgeVerificationResult> =>
      readJson(await api.api.badges.verifications.$post({ json: { credential } })),
  });
  const result = check.data;

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  const submit = form.onSubmit(
    async ({ json }) => {
      check.reset();
      await check.mutateAsync(json);
    },
    { rejected: () => PROBLEMS.notCredential },
  );

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    check.reset();
    if (file.size > MAX_CREDENTIAL_BYTES) {
      form.setError("json", keyed(PROBLEMS.tooLarge));
      return;
    }
    form.setValue("json", await file.text());
    form.clearErrors();
  };

  return (
    <section className="credential-check" aria-labelledby="credential-check-heading">
      <h2 id="credential-check-heading">{t("verify.credential.title")}</h2>
      <p>{t("verify.credential.intro")}</p>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormErrors form={form} />
        <div className="field">
          <label htmlFor={fileId}>{t("verify.credential.file")}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json,application/ld+json,application/vc+ld+json"
            onChange={(event) => void readFile(event)}
          />
        </div>
        <FormTextAreaField
          form={form}
          name="json"
          label={t("verify.credential.label")}
          hint={t("verify.credential.hint")}
          rows={6}
          spellCheck="false"
          autoComplete="off"
          className="credential-check__json"
        />
        <SubmitButton pending={check.isPending} pendingLabel={t("verify.credential.checking")}>
          {t("verify.credential.submit")}
        </SubmitButton>
      </form>
      {result && <CredentialResult result={result} headingRef={heading} />}
    </section>
  );
}

function CredentialResult({
  result,
  headingRef,
}: {
  result: BadgeVerificationResult;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const tone = result.verified ? "valid" : result.revoked ? "revoked" : "unknown";
  const title = result.verified
    ? t("verify.credential.verified")
    : result.revoked
      ? t("verify.credential.revoked")
      : t("verify.credential.notVerified");
  return (
    <section className={`verification verification--${tone}`} aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <dl className="details">
        <dt>{t("verify.credential.checks.signature")}</dt>
        <dd>
          {result.signature
            ? t("verify.credential.checks.signatureValid")
            : t("verify.credential.checks.signatureInvalid")}
        </dd>
        <dt>{t("verify.credential.checks.issuer")}</dt>
        <dd>
          {result.issuer
            ? t("verify.credential.checks.issuerOurs")
            : t("verify.credential.checks.issuerOther")}
        </dd>
        <dt>{t("verify.credential.checks.status")}</dt>
        <dd>
          {result.revoked === null
            ? t("verify.credential.checks.statusUnknown")
            : result.revoked
              ? t("verify.credential.checks.statusRevoked")
              : t("verify.credential.checks.statusActive")}
        </dd>
      </dl>
      {result.certificateCode && (
        <p>
          <Link to={`/verify/${result.certificateCode}`}>
            {t("verify.credential.certificate", { code: result.certificateCode })}
          </Link>
        </p>
      )}
      {result.problems.length > 0 && (
        <details>
          <summary>{t("verify.credential.details")}</summary>
          <ul lang="en">
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
