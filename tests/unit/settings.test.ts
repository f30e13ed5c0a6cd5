import { describe, expect, it } from 'vitest';
import { getEditUrl, readSettings } from '../../src/settings';

const manifest = (url?: string) => (url ? { repository: { url } } : {});

describe('the repository edit links point to', () => {
  it('the repository GitHub Actions builds, over package.json', () => {
    const settings = readSettings({ GITHUB_REPOSITORY: 'someone/hallyu-fork' }, manifest('git+https://github.com/other/repo.git'));
    expect(settings.repositoryUrl).toBe('https://github.com/someone/hallyu-fork');
    expect(getEditUrl('content/productions/mamono.mdx', settings.repositoryUrl!)).toBe(
      'https://github.com/someone/hallyu-fork/edit/main/content/productions/mamono.mdx',
    );
  });

  it('the GitHub server Actions names, for GitHub Enterprise', () => {
    expect(readSettings({ GITHUB_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'https://git.example.org/' }).repositoryUrl).toBe(
      'https://git.example.org/a/b',
    );
  });

  it("package.json's repository outside Actions, and nowhere when neither names one", () => {
    expect(readSettings({}, manifest('git+https://github.com/other/repo.git')).repositoryUrl).toBe('https://github.com/other/repo');
    expect(readSettings({}, manifest()).repositoryUrl).toBeUndefined();
  });

  it('refuses a GITHUB_REPOSITORY that is not owner/name, naming it', () => {
    expect(() => readSettings({ GITHUB_REPOSITORY: 'just-a-name' })).toThrow('GITHUB_REPOSITORY: expected owner/name; found "just-a-name"');
  });
});

describe('the site address', () => {
  it('defaults to the local preview at the root', () => {
    expect(readSettings({})).toMatchObject({ siteUrl: 'http://localhost:4321', basePath: '/' });
  });

  it('takes SITE_URL and BASE_PATH, and refuses a base path without its slash', () => {
    expect(readSettings({ SITE_URL: 'https://example.org', BASE_PATH: '/hallyu-abroad' })).toMatchObject({
      siteUrl: 'https://example.org',
      basePath: '/hallyu-abroad',
    });
    expect(() => readSettings({ BASE_PATH: 'hallyu-abroad' })).toThrow(
      'BASE_PATH: expected a path starting with "/"; found "hallyu-abroad"',
    );
    expect(() => readSettings({ SITE_URL: 'ftp://example.org' })).toThrow(/^SITE_URL: expected .*; found "ftp:\/\/example.org"$/);
  });
});
