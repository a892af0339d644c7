/** Administrators' people pages (find a person, set their city and roles). Nothing here is for other features: its pages are reached by the router. */
export {};
