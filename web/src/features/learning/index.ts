/** What other features use of the learner's pages: enrolment on a course's page. */
export { EnrolmentPanel } from "./enrolment-panel.tsx";
