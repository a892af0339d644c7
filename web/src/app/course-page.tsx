import { CoursePage, coursePageHandle } from "../features/academy/catalogue/course-page.tsx";
import { EnrolmentPanel } from "../features/learning/index.ts";

/**
 * A course's public page: the academy's page with the learning feature's enrolment
 * panel in it. The two features meet here because learning builds on the academy
 * (lesson views, course labels): neither imports the other's way back.
 */
function CourseWithEnrolment() {
  return <CoursePage Enrolment={EnrolmentPanel} />;
}

export { CourseWithEnrolment as Component, coursePageHandle as handle };
