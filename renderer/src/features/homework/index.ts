export { HomeworkDialog } from './HomeworkDialog';
export { HomeworkSection } from './HomeworkSection';
export { NewHomeworkDialog } from './NewHomeworkDialog';
export { useClientHomework } from './homework-queries';
