/**
 * A failure the developer can act on. Its message is one line that says what is
 * wrong and what to do; the CLI prints it without a stack trace and exits 1.
 */
export class DevError extends Error {
  override name = "DevError";
}

/** The message of anything thrown, squeezed onto one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}
