/** The home page. Nothing here is for other features: the router reaches the page. */
export {};
