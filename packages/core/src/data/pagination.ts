import { VisibleError } from "../errors.ts";
import { PAGE_SIZE } from "./page-size.ts";

export interface Page<T> {
  items: T[];
  /** Opaque: pass it back as `cursor` to get the next page; null on the last page. */
  cursor: string | null;
}

interface Pageable<T> {
  go(options: {
    cursor: string | null;
    limit: number;
  }): Promise<{ data: T[]; cursor: string | null }>;
}

/**
 * Runs one page of an ElectroDB query. A cursor the data store rejects (tampered
 * or from another list) is the caller's mistake: 400 naming `cursor`, not a 500.
 */
export async function queryPage<T>(
  query: Pageable<T>,
  options: { cursor?: string | undefined; limit?: number | undefined; order?: "asc" | "desc" },
): Promise<Page<T>> {
  const limit = Math.min(options.limit ?? PAGE_SIZE.default, PAGE_SIZE.max);
  try {
    const { data, cursor } = await query.go({
      cursor: options.cursor ?? null,
      limit,
      ...(options.order && { order: options.order }),
    });
    return { items: data, cursor: cursor ?? null };
  } catch (error) {
    if (options.cursor && isBadCursor(error)) {
      throw new VisibleError("input", "invalid-cursor", "The cursor is not valid for this list.", [
        { field: "cursor", message: "Not a cursor from this list; start again without it." },
      ]);
    }
    throw error;
  }
}

function isBadCursor(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ""} ${(error as { cause?: Error })?.cause?.name ?? ""}`;
  return /cursor|ExclusiveStartKey|starting key|ValidationException|JSON|Unexpected token/i.test(
    text,
  );
}
