// Serves a built site on 127.0.0.1 (a free port) the way a static host does, for browser tests: the offline
// tests' deploy server (deploy-server.ts) without its deploy and outage switches.
import { deployServer } from './deploy-server.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<Served> {
  const { url, close } = await deployServer(dir);
  return { url, close };
}
