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
    count?: number;
  }): Promise<{ data: T[]; cursor: string | null }>;
}

/** How many items each DynamoDB request of a filtered page reads before filtering. */
const FILTERED_READ = PAGE_SIZE.max;

/**
 * Runs one page of an ElectroDB query. A cursor the data store rejects (tampered
 * or from another list) is the caller's mistake: 400 naming `cursor`, not a 500.
 *
 * `filtered`: the query has a filter expression, which DynamoDB applies after its
 * `Limit`, so one request can return a short or empty page while more matches
 * follow. Then ElectroDB's `count` keeps querying (reading `FILTERED_READ` items a
 * request) until the page is full or the range ends, and the cursor points just
 * after the page's last item: a page is short only when it is the last.
 */
export async function queryPage<T>(
  query: Pageable<T>,
  options: {
    cursor?: string | undefined;
    limit?: number | undefined;
    order?: "asc" | "desc";
    filtered?: boolean;
  },
): Promise<Page<T>> {
  const limit = Math.min(options.limit ?? PAGE_SIZE.default, PAGE_SIZE.max);
  try {
    const { data, cursor } = await query.go({
      cursor: options.cursor ?? null,
      ...(options.filtered ? { count: limit, limit: FILTERED_READ } : { limit }),
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
