import { ulid } from "ulidx";
import { type IdPrefix, idPattern } from "./schema/ids.ts";

/** A new sortable identifier, such as `usr_01J9ZC3V6D8R1F3W5S9K2M4N7P`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid()}`;
}

export function isId(prefix: IdPrefix, value: string): boolean {
  return idPattern(prefix).test(value);
}
