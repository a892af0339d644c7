/** The signed-in person's own profile, data and account. Nothing here is for other features: its page is reached by the router. */
export {};
