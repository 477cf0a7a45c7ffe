import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import type { PreviewServer } from '../preview/preview-server';
import type { DemoCaseload } from './demo-caseload';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };

interface Screen {
  file: string;
  address: string;
  /** Seen once the screen has loaded its records. */
  ready: (page: Page) => Locator;
  /** Scroll `ready` to the top, for a part of a page below the first screenful. */
  scrolled?: boolean;
  /** Sets the screen up through the backend first (the hand-over, which then holds every other screen). */
  before?: (server: PreviewServer) => Promise<unknown>;
}

function screensOf(demo: DemoCaseload): Screen[] {
  return [
    { file: 'home.png', address: '#/clients', ready: (page) => page.getByRole('heading', { name: 'Today' }) },
    {
      file: 'session-room.png',
      address: `#/session/${demo.roomSessionId}`,
      ready: (page) => page.getByRole('heading', { name: 'Daniel Achterberg', level: 1 }),
    },
    { file: 'note-with-homework.png', address: `#/note/${demo.signedNoteId}`, ready: (page) => page.getByText('Morning walk by the river').first() },
    { file: 'client-course.png', address: `#/client/${demo.courseClientId}`, ready: (page) => page.getByRole('heading', { name: 'Maya Lindqvist', level: 1 }) },
    {
      file: 'measures-chart.png',
      address: `#/client/${demo.courseClientId}`,
      ready: (page) => page.getByRole('heading', { name: 'Measures', level: 2 }),
      scrolled: true,
    },
    { file: 'settings.png', address: '#/settings', ready: (page) => page.getByRole('heading', { name: 'Settings', level: 1 }) },
    {
      file: 'follow-up-preparation.png',
      address: `#/follow-up/${demo.courseClientId}`,
      ready: (page) => page.getByRole('heading', { name: 'Follow-up preparation', level: 1 }),
    },
    { file: 'outcomes.png', address: '#/outcomes', ready: (page) => page.getByRole('heading', { name: 'Outcomes', level: 1 }) },
    { file: 'audit-log.png', address: '#/audit-log', ready: (page) => page.getByRole('heading', { name: 'Audit log', level: 1 }) },
    // Last: while the screen is handed over, main refuses everything else.
    {
      file: 'hand-over.png',
      address: '#/clients',
      before: (server) => server.client.call('handover.start', { clientId: demo.courseClientId, sessionId: null, kind: 'phq-9' }),
      ready: (page) => page.getByRole('radiogroup').first(),
    },
  ];
}

/** Opens each main screen of the demo vault in Debian's Chromium and saves it as a PNG in `outDir`. */
export async function captureScreens(server: PreviewServer, demo: DemoCaseload, outDir: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const written: string[] = [];
    for (const screen of screensOf(demo)) {
      // A page of its own: the app reads the address when it loads, not when only the '#' part changes.
      await screen.before?.(server);
      const page = await context.newPage();
      await page.goto(`${server.url}${screen.address}`);
      const ready = screen.ready(page);
      await ready.waitFor({ timeout: 15_000 });
      // Let late reads (charts, counts) settle before the picture.
      await page.waitForLoadState('networkidle');
      if (screen.scrolled) await ready.evaluate(scrollToTop);
      const path = join(outDir, screen.file);
      await page.screenshot({ path });
      await page.close();
      written.push(path);
    }
    return written;
  } finally {
    await browser.close();
  }
}

/** Scrolls the page's own content area, not the window: scrollIntoView alone also slides the shell's header out of view. Runs in the page. */
function scrollToTop(element: Element): void {
  element.scrollIntoView({ block: 'start' });
  window.scrollTo(0, 0);
}
