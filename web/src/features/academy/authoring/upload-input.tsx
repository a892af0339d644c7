import type { ChangeEvent, RefObject } from "react";

/** A file input with its hint, and the upload's progress while one runs. */
export function UploadInput({
  id,
  label,
  hint,
  accept,
  inputRef,
  upload,
  uploadingLabel,
  onChoose,
}: {
  id: string;
  label: string;
  hint: string;
  accept: string;
  inputRef: RefObject<HTMLInputElement | null>;
  upload: { fileName: string; percent: number } | null;
  uploadingLabel: string;
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={accept}
          aria-describedby={`${id}-hint`}
          disabled={upload !== null}
          onChange={onChoose}
        />
      </div>
      {upload && (
        <p>
          <label htmlFor={`${id}-progress`}>{uploadingLabel}</label>{" "}
          <progress id={`${id}-progress`} max={100} value={upload.percent}>
            {upload.percent}%
          </progress>
        </p>
      )}
    </>
  );
}
