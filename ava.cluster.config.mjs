// The multi-host cluster tests (npm run test:cluster, and the last step of npm test): one file at
// a time, alone on the machine, so a scenario's timing targets (TTL + 3 s) measure the cluster and
// not the other tests' load.
export default {
  files: ['cluster-tests/**/*.test.ts'],
  extensions: ['ts'],
  timeout: '5m',
  concurrency: 1,
  workerThreads: false,
};
