// candor — the commands, dispatched by name. The entry point is ./candor.ts.
// Usage:
//   candor metrics <file>... [--period month|week|quarter] [--json]
//   candor diagnose <file>... [--period YYYY-MM|YYYY-Qn] [--window N] [--json]
//   candor wording <text-file> [--metrics <metrics.json>] [--json]
//   candor backup inspect <file> [--passphrase-file F] [--json]
//   candor scripts [--stage STAGE] [--json] [--dir DIR]
//   candor plan <metrics-file>... --rep "<name>" [--period P] --out <plan.docx> [--guide <guide.docx>]
//   candor checkin <data-file>... --plan <plan.json> [--as-of YYYY-MM-DD] [--json]
// Each command is loaded only when it runs: `candor --help` reads none of them, and `candor
// diagnose` never loads the Word writer.
import type { CliIo } from './io';
import { plainError } from './io';

const USAGE = `Usage:
  candor metrics <file>... [--period month|week|quarter] [--json]
  candor diagnose <file>... [--period YYYY-MM|YYYY-Qn] [--window N] [--json]
  candor wording <text-file> [--metrics <metrics.json>] [--json]
  candor backup inspect <file> [--passphrase-file F] [--json]
  candor scripts [--stage STAGE] [--json] [--dir DIR]
  candor plan <metrics-file>... --rep "<name>" [--period P] --out <plan.docx> [--guide <guide.docx>]
  candor checkin <data-file>... --plan <plan.json> [--as-of YYYY-MM-DD] [--json]`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'metrics':
      return (await import('./metrics')).runMetrics(rest, io);
    case 'diagnose':
      return (await import('./diagnose')).runDiagnose(rest, io);
    case 'wording':
      return (await import('./wording')).runWording(rest, io);
    case 'backup':
      return (await import('./backup')).runBackup(rest, io);
    case 'scripts':
      return (await import('./scripts')).runScripts(rest, io);
    case 'plan':
      return (await import('./plan')).runPlan(rest, io);
    case 'checkin':
      return (await import('./checkin')).runCheckin(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`candor: unknown command "${command}". ${USAGE.split('\n')[0] ?? ''}\n`);
      return 2;
  }
}

/** main, with any failure a command did not foresee turned into one plain line and exit code 2. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    io.stderr(`candor: ${plainError(e)}\n`);
    return 2;
  }
}
