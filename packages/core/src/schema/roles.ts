/** Cognito groups, which are the platform's roles. Every signed-in user can also learn. */
export const ROLES = ["admin", "trainer", "contributor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
