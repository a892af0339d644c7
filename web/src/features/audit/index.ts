/** The administrators' audit log and figures; people pages take the console's links from here. */
export { ConsoleNav } from "./console-nav.tsx";
