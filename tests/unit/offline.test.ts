import { describe, expect, it } from 'vitest';
import { getOfflineLimitBytes } from '../../src/integrations/service-worker';

describe('the offline size setting', () => {
  it('defaults to 5 MB and reads OFFLINE_LIMIT_MB in megabytes', () => {
    expect(getOfflineLimitBytes('')).toBe(5e6);
    expect(getOfflineLimitBytes('0.5')).toBe(5e5);
    expect(getOfflineLimitBytes('0')).toBe(0);
  });

  it('names the setting, what it expects and what it found', () => {
    expect(() => getOfflineLimitBytes('five')).toThrow('OFFLINE_LIMIT_MB: expected a size in megabytes, like 5 or 0.5; found "five"');
    expect(() => getOfflineLimitBytes('-1')).toThrow(/found "-1"/);
  });
});
