import { type FormEvent, useId, useState } from "react";

/** A search box for a list; the search runs when it is submitted, not on each key. */
export function KeywordSearch({
  initial,
  onSearch,
  labels,
}: {
  initial: string;
  onSearch: (q: string) => void;
  /** Already translated: the box's label, its hint and the button. */
  labels: { label: string; hint: string; button: string };
}) {
  const id = useId();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q);
  };
  return (
    <search className="keyword-form">
      <form onSubmit={submit}>
        <label htmlFor={id}>{labels.label}</label>
        <p id={`${id}-hint`} className="field__hint">
          {labels.hint}
        </p>
        <div className="keyword-form__row">
          <input
            id={id}
            type="search"
            name="q"
            value={q}
            maxLength={200}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setQ(event.target.value)}
          />
          <button type="submit" className="button">
            {labels.button}
          </button>
        </div>
      </form>
    </search>
  );
}
