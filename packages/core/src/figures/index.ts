/** The platform's figures for administrators. */
export { platformFiguresUseCases } from "./platform-figures.ts";
export * from "./schemas.ts";
