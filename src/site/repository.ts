import packageJson from '../../package.json';

/**
 * The GitHub repository the site is built from, as package.json's `repository` names it: the
 * one place to change when the project moves or is forked.
 */
export const REPOSITORY_URL: string = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The branch pull requests go to and the site is deployed from. */
export const DEFAULT_BRANCH = 'main';

/** GitHub's editor for a file of the repository ("content/studios/sll.mdx"): it forks and opens a pull request. */
export function getEditUrl(path: string, repository: string = REPOSITORY_URL): string {
  return `${repository}/edit/${DEFAULT_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The repository file of an entry. Entries always live in content/, whatever CONTENT_DIR a build reads. */
export function getEntryPath(collection: string, id: string): string {
  return `content/${collection}/${id}.mdx`;
}
