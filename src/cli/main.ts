// The `sinch-provisioning` bin (dist/cli.js).
import { EXIT } from './exit.js';
import { run } from './program.js';
import { processSignals } from './signals.js';

const env = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
run(
  process.argv.slice(2),
  env,
  processSignals((code) => process.exit(code)),
).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.ERROR;
  },
);
