import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCollectionLoaded } from '../../src/integrations/content-check';
import { createDevReport } from '../../src/integrations/dev-report';
import { SEED_CATALOG } from '../helpers/seed-catalog';
import { ROOT } from '../helpers/site';

const logger = { error: vi.fn() } as unknown as AstroIntegrationLogger;

/** Runs the middleware on one request and says what it did: passed it on (after any reload) or answered it. */
async function serve(contentDir: string, accept: string) {
  const reload = vi.fn(async () => undefined);
  const middleware = createDevReport(contentDir, logger).createMiddleware(reload);
  const response = { statusCode: 200, body: '', setHeader: vi.fn(), end: vi.fn() };
  response.end.mockImplementation((body: string) => (response.body = body));
  const passed = await new Promise<boolean>((done) => {
    middleware({ method: 'GET', headers: { accept } } as IncomingMessage, response as unknown as ServerResponse, () => done(true));
    if (response.end.mock.calls.length) done(false);
  });
  return { passed, reloads: reload.mock.calls.length, status: response.statusCode, body: response.body };
}

afterEach(() => setCollectionLoaded('productions', true));

describe('the dev report', () => {
  it('answers a page request with the report while the content has problems, and reloads nothing', async () => {
    setCollectionLoaded('productions', false);
    const result = await serve(join(ROOT, 'tests/fixtures/misspelled-entry'), 'text/html');
    expect(result).toMatchObject({ passed: false, reloads: 0, status: 500 });
    expect(result.body).toContain('3 problems in the content.');
  });

  it('once the content is sound, loads again a collection left unloaded before the page renders', async () => {
    setCollectionLoaded('productions', false);
    expect(await serve(SEED_CATALOG, 'text/html')).toMatchObject({ passed: true, reloads: 1 });
  });

  it('reloads nothing when every collection is loaded, or for a request that is not for a page', async () => {
    expect(await serve(SEED_CATALOG, 'text/html')).toMatchObject({ passed: true, reloads: 0 });
    setCollectionLoaded('productions', false);
    expect(await serve(SEED_CATALOG, 'application/json')).toMatchObject({ passed: true, reloads: 0 });
  });
});
