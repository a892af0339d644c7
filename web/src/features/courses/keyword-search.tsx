import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

/** The catalogue's search box; the search runs when it is submitted, not on each key. */
export function KeywordSearch({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (q: string) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q);
  };
  return (
    <search className="keyword-form">
      <form onSubmit={submit}>
        <label htmlFor="courses-q">{t("courses.catalogue.keyword")}</label>
        <p id="courses-q-hint" className="field__hint">
          {t("courses.catalogue.keywordHint")}
        </p>
        <div className="keyword-form__row">
          <input
            id="courses-q"
            type="search"
            name="q"
            value={q}
            maxLength={200}
            aria-describedby="courses-q-hint"
            onChange={(event) => setQ(event.target.value)}
          />
          <button type="submit" className="button">
            {t("courses.catalogue.search")}
          </button>
        </div>
      </form>
    </search>
  );
}
