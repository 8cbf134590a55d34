/**
 * The composite's `run:` steps call this bundle (`dist/action-step/index.js`):
 *
 *   setup      the session id and the run's folders, as step outputs
 *   exec <stage> [--fail-on-invalid <bool>] [--stdout-file <file>] -- <command...>
 *              runs one stage's command, shows its output live, and records its stdout, stderr,
 *              exit code and duration as a `step.output` record of the session, so that the
 *              package holds what the workflow log showed
 */
import * as core from '@actions/core';
import { ExitCode } from '../errors.js';
import { Outputs } from './constants.js';
import { parseExecArgs, recordStep, runCommand, setupRun } from './stage-step.js';
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === 'setup') {
        const folders = setupRun(process.env);
        core.setOutput(Outputs.sessionId, folders.sessionId);
        core.setOutput(Outputs.workDir, folders.workDir);
        core.setOutput(Outputs.logDir, folders.logDir);
        core.setOutput(Outputs.packagesDir, folders.packagesDir);
        core.setOutput(Outputs.packageResult, folders.packageResult);
        core.info(`session ${folders.sessionId}`);
        return ExitCode.ok;
    }
    if (command === 'exec') {
        const args = parseExecArgs(rest);
        const sessionId = process.env.LYFE_KT_SESSION;
        const logDir = process.env.LYFE_KT_LOG_DIR;
        if (!sessionId || !logDir)
            throw new Error('exec: LYFE_KT_SESSION and LYFE_KT_LOG_DIR must be set (by the setup step)');
        const run = await runCommand(args.command, { stdoutFile: args.stdoutFile });
        recordStep(args.stage, args.command, run, { sessionId, logDir });
        // Invalid supertasks are reported either way; they fail the step only when asked to.
        if (run.exitCode === ExitCode.invalidOutput && !args.failOnInvalid) {
            core.warning(`${args.stage}: some supertasks failed the schema (fail-on-invalid is false)`);
            return ExitCode.ok;
        }
        return run.exitCode;
    }
    throw new Error(`unknown command ${JSON.stringify(command)}: expected setup or exec`);
}
try {
    process.exitCode = await main(process.argv.slice(2));
}
catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
}
