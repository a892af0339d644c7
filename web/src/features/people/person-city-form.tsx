import type { Person } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { SelectField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useEditorFeedback } from "../../ui/use-editor-feedback.ts";
import { useCities } from "./city-name.ts";
import { useSetCity } from "./queries.ts";

const FIELD = "person-city";

/**
 * The city a person belongs to: for a contributor, the one they publish for. Saves
 * with the version the page loaded (If-Match); a change made elsewhere meanwhile is
 * a conflict the administrator resolves by reloading, never a silent overwrite.
 */
export function PersonCityForm({
  person,
  onSaved,
  onReload,
}: {
  person: Person;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { cities, list, nameOf } = useCities();
  const [value, setValue] = useState(person.cityId ?? "");
  const feedback = useEditorFeedback<typeof FIELD>();
  const save = useSetCity(person);
  const known = value === "" || list.some((city) => city.cityId === value);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || feedback.reloading) return;
    feedback.clearErrors();
    try {
      await save.mutateAsync(value || null);
      await onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) return feedback.setConflict(true);
      const code = error instanceof ApiError ? error.problem.code : null;
      if (code === "contributor-needs-city") {
        return feedback.fail({ [FIELD]: { key: "people.city.needed" } }, null);
      }
      if (code === "unknown-city") {
        return feedback.fail({ [FIELD]: { key: "people.city.unknown" } }, null);
      }
      feedback.fail({}, describeRequestError(error, t));
    }
  };

  return (
    <section aria-labelledby="person-city-title">
      <h2 id="person-city-title">{t("people.city.title")}</h2>
      {feedback.conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("people.city.conflict.title")}
          body={t("people.city.conflict.body")}
          reloadLabel={t("people.city.conflict.reload")}
          reloadingLabel={t("people.city.conflict.reloading")}
          reloading={feedback.reloading}
          onReload={() => void feedback.reload(onReload, () => {})}
        />
      )}
      <ErrorSummary errors={feedback.summary([FIELD])} attempt={feedback.attempt} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <SelectField
          id={FIELD}
          label={t("people.city.label")}
          hint={cities.isError ? t("profile.city.failed") : t("people.city.hint")}
          value={value}
          error={feedback.message(FIELD)}
          aria-busy={cities.isPending || undefined}
          onChange={(event) => setValue(event.target.value)}
        >
          <option value="">{t("people.city.none")}</option>
          {!known && <option value={value}>{nameOf(value)}</option>}
          {list.map((city) => (
            <option key={city.cityId} value={city.cityId}>
              {nameOf(city.cityId)}
            </option>
          ))}
        </SelectField>
        {cities.isError && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void cities.refetch()}
            >
              {t("profile.city.retry")}
            </button>
          </p>
        )}
        <SubmitButton pending={save.isPending} pendingLabel={t("people.city.saving")}>
          {t("people.city.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
