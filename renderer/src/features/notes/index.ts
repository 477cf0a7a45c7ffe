export { LazyNotePage } from './LazyNotePage';
export { NotesSection } from './NotesSection';
export { NotesSettingsSection } from './NotesSettingsSection';
export { NotesToFinishPanel } from './NotesToFinishPanel';
export { PrivateNoteBadge } from './PrivateNoteBadge';
export { SessionNotes } from './SessionNotes';
export { noteDisplayTitle } from './note-title';
