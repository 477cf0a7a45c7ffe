export { PromptLibrarySection } from './PromptLibrarySection';
export { PromptPickerDialog } from './PromptPickerDialog';
export { SessionPromptPanel } from './SessionPromptPanel';
export { SessionPromptPlan } from './SessionPromptPlan';
export { usePrompts } from './prompt-queries';
