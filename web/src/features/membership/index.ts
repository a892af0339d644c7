/**
 * Membership of the alliance: the public "Join the alliance" page, an applicant's
 * application with its log, and the administrators' queue and decisions. The
 * router reaches the pages by path; nothing else is shared yet.
 */
export {};
