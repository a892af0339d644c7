import type { ItemSummary } from "@alliance/core/web";
import { useRef, useState } from "react";
import { api, readJson } from "../../../api/client.ts";

type Status = "idle" | "searching" | "done" | "failed";

/** Published exchange items matching some words, for a lesson to cite; the latest search wins. */
export function useCitationSearch() {
  const [results, setResults] = useState<ItemSummary[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const latest = useRef(0);

  const run = async (words: string) => {
    const q = words.trim();
    if (!q) return;
    const ticket = ++latest.current;
    setStatus("searching");
    try {
      const page = await readJson(
        await api.api.exchange.items.$get({ query: { q, limit: "8", sort: "newest" } }),
      );
      if (ticket !== latest.current) return;
      setResults(page.items.filter((item) => item.status === "published"));
      setStatus("done");
    } catch {
      if (ticket !== latest.current) return;
      setResults([]);
      setStatus("failed");
    }
  };

  return { results, status, run: (words: string) => void run(words) };
}
