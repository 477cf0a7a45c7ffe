import { createContext } from 'react';

/** The colour scheme dialogs take: they render outside the page (in a portal), so they cannot inherit it. */
export const DialogThemeContext = createContext<string>('');
