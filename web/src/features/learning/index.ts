/**
 * Learning (enrolment, progress and lessons; `certificates/`; `statistics/`), as other
 * features and app/ use it: the enrolment panel of a course's page and a city's
 * learning figures. Its pages are reached by the router.
 */
export { EnrolmentPanel } from "./enrolment-panel.tsx";
export { CityLearning } from "./statistics/city-learning.tsx";
