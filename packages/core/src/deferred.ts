/**
 * A domain's use cases as `createCore` hands them out (decision 0109): every member a
 * function that returns a promise, at any depth. The module that builds them is imported
 * on the first call, so a process pays for a domain (its code, its zod schemas) only
 * once it uses it.
 */
export type Deferred<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : T[K] extends object
      ? Deferred<T[K]>
      : never;
};

/** What a deferred member stands for: its path in the use cases, to find it once loaded. */
type Member = (...args: unknown[]) => unknown;

/**
 * `load`'s use cases, built on the first call of any of them, once (a failed load is
 * tried again on the next call). Reading a member builds nothing; calling it waits for
 * the load, then calls the real one with its object as `this`. The use cases must be
 * functions and objects of functions only (checked as they load): other values go in
 * `values`.
 */
export function deferred<T extends object, V extends object = Record<never, never>>(
  load: () => Promise<T>,
  /** Members that are values, there at once (not loaded, not deferred). */
  values?: V,
): Deferred<T> & V {
  const ready = once(async () => checked(await load()));
  const members = new Map<string, Member>();
  const at = (path: readonly string[]): Member => {
    const key = path.join(".");
    const known = members.get(key);
    if (known) return known;
    const call = async function (this: unknown, ...args: unknown[]) {
      let owner: unknown;
      let value: unknown = await ready();
      for (const name of path) {
        owner = value;
        value = (value as Record<string, unknown> | undefined)?.[name];
      }
      if (typeof value !== "function") {
        throw new TypeError(`${key} is not a use case`);
      }
      return (value as Member).apply(owner, args);
    };
    const member = new Proxy(call, {
      // `then` stays undefined, so that awaiting a domain or a group does not call it.
      get: (_, name) => {
        if (typeof name !== "string" || name === "then") return undefined;
        if (path.length === 0 && values && Object.hasOwn(values, name)) {
          return (values as Record<string, unknown>)[name];
        }
        return at([...path, name]);
      },
    }) as Member;
    members.set(key, member);
    return member;
  };
  return at([]) as unknown as Deferred<T> & V;
}

/**
 * `useCases`, after checking that it holds functions and objects of them only: a value
 * among them could not be read through its deferred stand-in, which is a function.
 */
function checked<T extends object>(useCases: T, path = ""): T {
  for (const [name, value] of Object.entries(useCases)) {
    if (typeof value === "object" && value !== null) checked(value, `${path}${name}.`);
    else if (typeof value !== "function") {
      throw new TypeError(`${path}${name} is a value, not a use case: it cannot be deferred`);
    }
  }
  return useCases;
}

/** `make()`'s promise, made on the first call and kept, unless it fails: then made again. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    return made;
  };
}
