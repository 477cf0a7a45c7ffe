import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

/** 'room': the session room's low light over the whole window; 'default': the app's own colours. */
export type ScreenTheme = 'default' | 'room';

const SetScreenThemeContext = createContext<(theme: ScreenTheme) => void>(() => undefined);

/**
 * The window's theme, chosen by the screen on show rather than inferred from whatever happens to
 * be in the DOM (a room still leaving, a hidden Suspense subtree): the summary after a discharge
 * is in the app's own colours from its first paint, whichever way it was reached.
 */
export function ScreenThemeFrame({ className, children }: { className: string; children: ReactNode }) {
  const [theme, setTheme] = useState<ScreenTheme>('default');
  return (
    <SetScreenThemeContext.Provider value={setTheme}>
      <div className={className} data-theme={theme}>
        {children}
      </div>
    </SetScreenThemeContext.Provider>
  );
}

/** Sets the window's theme while the calling screen is shown; before paint, so nothing flashes. */
export function useScreenTheme(theme: ScreenTheme): void {
  const setTheme = useContext(SetScreenThemeContext);
  useLayoutEffect(() => {
    setTheme(theme);
    return () => setTheme('default');
  }, [setTheme, theme]);
}
