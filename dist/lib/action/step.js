/**
 * The composite's `run:` steps call this bundle (`dist/action-step/index.js`):
 *
 *   setup      checks the runner (not Windows, a Node the bundles support) and the inputs, masks
 *              the API key, and sets the session id, the run's folders, the checked settings and
 *              the action's folder as this step sees it as step outputs
 *   exec <stage> [--fail-on-invalid true|false] [--stdout-file <file>] -- <command...>
 *              runs one stage's command, shows its output live, and records its stdout, stderr,
 *              exit code and duration as a `step.output` record of the session, so that the
 *              package holds what the workflow log showed
 */
import { ExitCode, errorText } from '../errors.js';
import { parseExecArgs, recordStep, runCommand } from './stage-step.js';
/**
 * @actions/core, loaded when a step has something to say to the runner: with its HTTP client it
 * is most of this bundle, and an `exec` step that runs its stage cleanly never needs it.
 */
const actionsCore = () => import('@actions/core');
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === 'setup') {
        // Loaded only here: the checks of the inputs bring the package and pipeline code, which the
        // three `exec` steps of every run do not need to start.
        const [core, { getInputs }, { checkRunner, setupOutputs, setupRun }] = await Promise.all([actionsCore(), import('./input-helper.js'), import('./setup.js')]);
        checkRunner(process.versions.node, process.env.GITHUB_ACTION_PATH ?? '');
        const inputs = getInputs();
        // The first step masked the key already; masking again costs nothing and keeps this step safe on its own.
        if (inputs.openaiApiKey)
            core.setSecret(inputs.openaiApiKey);
        const setup = setupRun(inputs, process.env, process.cwd());
        for (const [name, value] of Object.entries(setupOutputs(setup)))
            core.setOutput(name, value);
        core.info(`session ${setup.sessionId}`);
        if (setup.reportPackage)
            core.info(`reporting the package ${setup.reportPackage}; the pipeline does not run`);
        else if (!setup.attest) {
            core.notice('the package will not be attested: the workflow must grant id-token: write and attestations: write (not available on GitHub Enterprise Server)');
        }
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
            (await actionsCore()).warning(`${args.stage}: some supertasks failed the schema (fail-on-invalid is false)`);
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
    (await actionsCore()).setFailed(`lyfe-kt: ${errorText(error)}`);
}
