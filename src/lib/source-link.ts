// "Edit this page" links to an article's source file in the repository. Configured by the environment at
// build time: SITREP_REPO (https://github.com/owner/repo, or any host with GitHub's /edit/ and /blob/ URLs)
// and SITREP_BRANCH (default "main"). With SITREP_REPO unset, there is no link.
export interface Repository {
  url: string;
  branch: string;
}

export interface SourceLink {
  href: string;
  label: string;
}

export function repositoryFrom(env: Record<string, string | undefined> = process.env): Repository | null {
  const raw = env.SITREP_REPO?.trim();
  if (!raw || !/^https?:\/\/[^\s/]+\/\S+$/.test(raw)) return null;
  return { url: raw.replace(/\/+$/, '').replace(/\.git$/, ''), branch: env.SITREP_BRANCH?.trim() || 'main' };
}

/** Editors' files get an edit link; raw seeds (never edited, kept as received) a link to view them. */
export function sourceLink(sourceFile: string, repository: Repository | null = repositoryFrom()): SourceLink | null {
  if (!repository) return null;
  const file = sourceFile.split('/').map(encodeURIComponent).join('/');
  const branch = encodeURIComponent(repository.branch);
  return sourceFile.startsWith('content/')
    ? { href: `${repository.url}/edit/${branch}/${file}`, label: 'Edit this page' }
    : { href: `${repository.url}/blob/${branch}/${file}`, label: 'View the source file' };
}
