/** Page sizes every list accepts: bounded so that no request reads without limit. */
export const PAGE_SIZE = { default: 25, max: 100 } as const;
