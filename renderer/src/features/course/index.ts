export { CourseSection } from './CourseSection';
export { useClientCourses } from './course-queries';
export { courseGroupTitle } from './course-text';
