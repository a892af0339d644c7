import { savedSearchCreateSchema } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrors, FormTextField, useSchemaForm } from "../../ui/form/index.ts";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useSaveSearch } from "./queries.ts";
import { criteriaOf, type SearchFilters } from "./search-params.ts";

/**
 * "Save this search" on the exchange page (decision 0079): a name for the search as the
 * page shows it; a newly published item that matches it will notify the person.
 */
export function SaveSearchForm({ filters }: { filters: SearchFilters }) {
  const { t } = useTranslation();
  const save = useSaveSearch();
  const [saved, setSaved] = useState<string | null>(null);
  const criteria = criteriaOf(filters);
  const form = useSchemaForm(
    savedSearchCreateSchema,
    { name: filters.q },
    {
      toInput: ({ name }) => ({ name, criteria }),
      idOf: (field) => `save-search-${field}`,
      // A problem with the criteria is the page's search, not a field of this form.
      fieldOf: (path) => (path.startsWith("criteria") ? "root.server" : path),
    },
  );
  const submit = form.onSubmit(async (input) => {
    setSaved(null);
    const made = await save.mutateAsync(input);
    setSaved(made.name);
    form.reset({ name: "" });
  });

  return (
    <form
      noValidate
      className="form save-search"
      aria-labelledby="save-search-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="save-search-title">{t("exchange.savedSearches.saveTitle")}</h2>
      <p className="hint">{t("exchange.savedSearches.saveHint")}</p>
      <FormErrors form={form} />
      <FormTextField form={form} name="name" label={t("exchange.savedSearches.name")} />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("exchange.savedSearches.saving")}
      >
        {t("exchange.savedSearches.save")}
      </SubmitButton>
      <StatusMessage>
        {saved && (
          <>
            {t("exchange.savedSearches.savedNotice", { name: saved })}{" "}
            <Link to="/saved#saved-searches">{t("exchange.savedSearches.seeAll")}</Link>
          </>
        )}
      </StatusMessage>
    </form>
  );
}
