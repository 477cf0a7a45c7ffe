import { lazy } from 'react';

// The editor (tiptap, ProseMirror) is the largest part of the bundle; it loads when a note is first opened.
export const LazyNotePage = lazy(() => import('./NotePage').then(({ NotePage }) => ({ default: NotePage })));
