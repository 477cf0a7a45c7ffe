import { createContext } from 'react';

/**
 * The colour scheme dialogs take ('room-theme' in the session room, '' elsewhere): they render
 * outside the page (in a portal), so they cannot inherit it. The screen that has its own colours
 * provides it; ModalDialog reads it.
 */
export const DialogThemeContext = createContext<string>('');
