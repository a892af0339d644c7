import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { TextField } from "../../ui/fields.tsx";
import { FormSelectField, type SchemaForm } from "../../ui/form/index.ts";
import { cityQueries } from "../cities/index.ts";
import type { ProfileFormValues } from "./profile-form-values.ts";

/**
 * The city picker of the profile: the alliance's members (not the cities that left
 * it, which the API refuses; a person's own former city stays shown as theirs), with
 * a way to retry a failed load. `locked` for a contributor, whose city an administrator assigns (the API
 * refuses a change with 403): shown read-only, with who assigns it.
 */
export function CityOptions({
  form,
  locked = false,
}: {
  form: SchemaForm<ProfileFormValues>;
  locked?: boolean;
}) {
  const { t } = useTranslation();
  const value = form.watch("cityId");
  const countryName = useCountryName();
  const cities = useQuery(cityQueries.everything());
  const all = cities.data ?? [];
  const list = all.filter(
    (city) =>
      city.membershipStatus !== "former" || city.cityId === form.formState.defaultValues?.cityId,
  );
  const known = value === "" || list.some((city) => city.cityId === value);

  if (locked) {
    const city = list.find((candidate) => candidate.cityId === value);
    const name = city
      ? t("profile.city.option", { name: city.name, country: countryName(city.country) })
      : value === ""
        ? t("profile.city.noneAssigned")
        : t("profile.city.current");
    return (
      <TextField
        id="cityId"
        label={t("profile.city.label")}
        hint={t("profile.city.assigned")}
        value={name}
        readOnly
      />
    );
  }

  const hint = cities.isPending
    ? t("profile.city.loading")
    : cities.isError
      ? t("profile.city.failed")
      : t("profile.city.hint");

  return (
    <>
      <FormSelectField
        form={form}
        name="cityId"
        label={t("profile.city.label")}
        hint={hint}
        aria-busy={cities.isPending || undefined}
      >
        <option value="">{t("profile.city.none")}</option>
        {!known && <option value={value}>{t("profile.city.current")}</option>}
        {list.map((city) => (
          <option key={city.cityId} value={city.cityId}>
            {t(
              city.membershipStatus === "former"
                ? "profile.city.formerOption"
                : "profile.city.option",
              {
                name: city.name,
                country: countryName(city.country),
              },
            )}
          </option>
        ))}
      </FormSelectField>
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
    </>
  );
}
