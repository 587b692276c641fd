#!/usr/bin/env node
// candor — the command line over the same shared/ code the app uses (see USAGE in ./main).
// Whatever goes wrong ends as one plain line on stderr and exit code 2, never a stack trace.
import { installExitGuards, nodeIo } from './io';
import { run } from './main';

installExitGuards(nodeIo);
process.exitCode = await run(process.argv.slice(2), nodeIo);
