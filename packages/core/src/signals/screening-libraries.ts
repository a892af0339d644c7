/**
 * What the personal-data screen uses of its two libraries, in a module of its own that
 * screening.ts imports on the first screen (decision 0098). Importing the libraries
 * themselves dynamically would keep every export of theirs in the API function's bundle
 * (a dynamic import takes the whole module); through these named re-exports the bundler
 * keeps only what the screen calls.
 */
export { electronicFormatIBAN, isValidIBAN } from "ibantools";
export { findPhoneNumbersInText, isSupportedCountry } from "libphonenumber-js/min";
