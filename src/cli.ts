import { Command, CommanderError } from 'commander';
import { ExitCode, LyfeError } from './errors.js';
import { VERSION } from './version.js';
import { registerPipelineCommands } from './cli/pipeline.js';
import { registerPackageCommands } from './cli/package.js';
import { registerLogsCommand } from './cli/logs.js';

const program = new Command('lyfe-kt')
  .description('Turn source articles into mobile supertask lessons, with a complete execution record of every run.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerPipelineCommands(program);
registerPackageCommands(program);
registerLogsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** The CLI's one place where failures become a message and an exit code: one line, no stack. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help / version text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof LyfeError) {
    process.stderr.write(`lyfe-kt: ${error.oneLine()}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lyfe-kt: ${message}\n`);
  if (process.env.LYFE_KT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}
