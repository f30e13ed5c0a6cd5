import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { THEME_SCRIPT } from './theme-script';

/** The CSP hash of an inline script or style, as Astro lists it: `sha256-<base64>` of its exact text. */
export function getCspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** Astro's `security.csp` option in its object form. */
export type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * The Content-Security-Policy Astro writes into every page (`security.csp`). Astro adds the
 * hashes of the scripts and styles it bundles; the inline theme script is not one of them
 * (Astro leaves `is:inline` alone), so its hash is listed here. Scripts run only from this
 * origin or by hash, never as inline event handlers, and nothing else may be embedded.
 */
export function getContentSecurityPolicy(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    scriptDirective: {
      // No 'unsafe-inline' and no 'unsafe-hashes': inline event handlers (script-src-attr falls back
      // here) can never run. Naming script-src-attr 'none' as well only makes Astro warn.
      resources: ["'self'"],
      hashes: [getCspHash(THEME_SCRIPT)],
    },
  };
}
