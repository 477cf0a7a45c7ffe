import { lazy } from 'react';

const loadNotePage = () => import('./NotePage');

// The editor (tiptap, ProseMirror) is the largest part of the bundle; it loads when a note is first opened, or its row hovered.
export const LazyNotePage = lazy(() => loadNotePage().then(({ NotePage }) => ({ default: NotePage })));

/** Starts loading the note page's code ahead of an opening (a note's row hovered or focused). */
export function preloadNotePage(): void {
  void loadNotePage();
}
