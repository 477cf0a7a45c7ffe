export { CourseSection } from './CourseSection';
