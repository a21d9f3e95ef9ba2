import { parentPort, workerData } from 'node:worker_threads';
import type { RemoteRepository } from '../sources/github/api.js';
import { RepositoryWork, type RepositoryJob, type RepositorySetup } from './github-repository.js';
import type { StateEntry } from './github-state.js';

/**
 * Worker thread entry of an organisation scan: scans the repositories the main thread posts, as
 * many at once as it is sent, and answers each with its outcome (plain data; findings are
 * already masked, so no token crosses the thread boundary whole).
 */
const { setup, job } = workerData as { setup: RepositorySetup; job: RepositoryJob };
const work = new RepositoryWork(setup, job);

parentPort?.on('message', ({ id, remote, saved }: { id: number; remote: RemoteRepository; saved?: StateEntry }) => {
  work.scan(remote, saved).then(
    (outcome) => {
      // With --verify, the tokens found go back to the main thread for its requests, then are dropped here.
      const secrets = setup.settings.secrets ? [...setup.settings.secrets] : undefined;
      setup.settings.secrets?.clear();
      parentPort?.postMessage({ id, outcome, ...(secrets ? { secrets } : {}) });
    },
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
