export { LazyNotePage } from './LazyNotePage';
export { NotesSection } from './NotesSection';
export { NotesSettingsSection } from './NotesSettingsSection';
export { NotesToFinishPanel } from './NotesToFinishPanel';
export { SessionNotes } from './SessionNotes';
