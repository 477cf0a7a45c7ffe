import { expect, test } from './fixtures';

/** What the page reported blocked; a listener installed before any of the app's own scripts run. */
interface Violation {
  directive: string;
  blockedURI: string;
}

/** The page's window with what this test records on it. */
type ProbedWindow = { cspViolations: Violation[]; inlineScriptRan?: boolean; inlineHandlerRan?: boolean };

test('the header the app serves blocks an inline script, an inline handler and a remote image in the page', async ({ page, server }) => {
  await page.addInitScript(() => {
    (window as unknown as ProbedWindow).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as ProbedWindow).cspViolations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI });
    });
  });
  const remoteResponses: string[] = [];
  const refusedRequests: string[] = [];
  page.on('response', (response) => {
    if (!response.url().startsWith(server.origin)) remoteResponses.push(response.url());
  });
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'csp') refusedRequests.push(request.url());
  });

  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();

  // What an injection into the renderer would try: markup that runs code or reaches out.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.body.append(script);
    const handler = document.createElement('div');
    handler.innerHTML = '<img alt="" src="/no-such-image.png" onerror="window.inlineHandlerRan = true">';
    document.body.append(handler);
    const image = document.createElement('img');
    image.alt = '';
    image.src = 'https://example.com/tracking-pixel.png';
    document.body.append(image);
  });

  // zod's own probe for eval (`Function('')`, caught; it then validates without compiling) is refused too, whenever
  // the renderer first parses an object: it is not what this test injects.
  const injectedViolations = () =>
    page.evaluate(() => (window as unknown as ProbedWindow).cspViolations.filter((violation) => violation.blockedURI !== 'eval'));
  await expect
    .poll(async () => (await injectedViolations()).map((violation) => violation.directive).sort())
    .toEqual(['img-src', 'script-src-attr', 'script-src-elem']);
  const violations = await injectedViolations();
  expect(violations).toContainEqual({ directive: 'img-src', blockedURI: 'https://example.com/tracking-pixel.png' });
  expect(await page.evaluate(() => [(window as unknown as ProbedWindow).inlineScriptRan, (window as unknown as ProbedWindow).inlineHandlerRan])).toEqual([
    undefined,
    undefined,
  ]);
  // Chromium refused the image request itself: nothing came back from another origin.
  expect(refusedRequests).toEqual(['https://example.com/tracking-pixel.png']);
  expect(remoteResponses).toEqual([]);
});

test('the preview page is cross-origin isolated (its own COOP and COEP headers), and the app runs under it', async ({ page, server }) => {
  const response = await page.goto(server.url);
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  // The bench's fine clock depends on this, without intercepting the page's requests to add a header.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
});
