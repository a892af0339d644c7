/** The export's file name, dated by the person's own calendar: learning-record-2026-03-05.json. */
export function learningRecordFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `learning-record-${day}.json`;
}

/** Readable by a person as well as a program. */
export function learningRecordText(record: unknown): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
