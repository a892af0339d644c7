/**
 * Exchange requests between member cities: asking (from a city page, an item page
 * or a "cities like mine" suggestion), my city's requests, a request with its
 * steps, its private conversation and its outcome. The router reaches the pages
 * by path; other features show the "Ask for an exchange" link.
 */
export { AskForExchange } from "./ask-link.tsx";
