/**
 * The early-warning picture (decision 0069): recording an observation, my city's
 * observations, editing one that was sent back, the administrators' review queue and
 * the picture with its map and timeline. The router reaches the pages by path;
 * nothing else imports from here.
 */
export {};
