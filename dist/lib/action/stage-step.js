/** What the composite's stage steps do around the CLI: run a stage, show and record its step. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ExitCode } from '../errors.js';
import { Events } from '../records/types.js';
import { record } from '../records/writer.js';
import { runInSession } from '../session/context.js';
import { STEP_OUTPUT_LIMIT_BYTES, StageSteps } from './constants.js';
/** Keeps the last `limit` bytes of a stream, counting what it dropped. */
class TailBuffer {
    limit;
    chunks = [];
    held = 0;
    dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.held += chunk.length;
        while (this.held - this.chunks[0].length >= this.limit) {
            const first = this.chunks.shift();
            this.held -= first.length;
            this.dropped += first.length;
        }
    }
    text() {
        let all = Buffer.concat(this.chunks);
        if (all.length > this.limit) {
            this.dropped += all.length - this.limit;
            all = all.subarray(all.length - this.limit);
            this.chunks = [all];
            this.held = all.length;
        }
        return all.toString('utf8');
    }
}
/** Runs `command`, copying its output to ours as it comes, and keeps the tail of each stream. */
export async function runCommand(command, options = {}) {
    const echo = options.echo ?? { stdout: process.stdout, stderr: process.stderr };
    const started = performance.now();
    const stdout = new TailBuffer(STEP_OUTPUT_LIMIT_BYTES);
    const stderr = new TailBuffer(STEP_OUTPUT_LIMIT_BYTES);
    const saved = options.stdoutFile ? fs.createWriteStream(options.stdoutFile) : undefined;
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.stdout.on('data', (chunk) => {
        echo.stdout.write(chunk);
        saved?.write(chunk);
        stdout.push(chunk);
    });
    child.stderr.on('data', (chunk) => {
        echo.stderr.write(chunk);
        stderr.push(chunk);
    });
    const exitCode = await new Promise((resolve) => {
        child.on('error', (error) => {
            stderr.push(Buffer.from(`${error.message}\n`));
            echo.stderr.write(`${error.message}\n`);
            resolve(ExitCode.failure);
        });
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : ExitCode.failure)));
    });
    process.off('SIGINT', forward).off('SIGTERM', forward);
    if (saved)
        await new Promise((resolve) => saved.end(resolve));
    return { exitCode, durationMs: Math.round(performance.now() - started), stdout: stdout.text(), stderr: stderr.text() };
}
/** The `step.output` record of one stage's step, in the session the stage ran in. */
export function recordStep(stage, command, run, session) {
    runInSession({ sessionId: session.sessionId, stage, logDir: session.logDir }, () => {
        record(run.exitCode === 0 ? 'info' : 'error', Events.stepOutput, `${stage} step exited with ${run.exitCode} after ${run.durationMs} ms`, {
            data: {
                command,
                exit_code: run.exitCode,
                duration_ms: run.durationMs,
                stdout: run.stdout,
                stderr: run.stderr,
            },
        });
    });
}
export function parseExecArgs(args) {
    const { values, positionals, tokens } = parseArgs({
        args,
        allowPositionals: true,
        tokens: true,
        options: { 'fail-on-invalid': { type: 'string' }, 'stdout-file': { type: 'string' } },
    });
    // Everything after `--` is the command, whatever it looks like.
    const separator = tokens.find((token) => token.kind === 'option-terminator');
    const command = separator ? args.slice(separator.index + 1) : [];
    const own = positionals.slice(0, positionals.length - command.length);
    const stage = own[0];
    if (own.length !== 1 || !StageSteps.includes(stage))
        throw new Error(`exec: the stage must be one of ${StageSteps.join(', ')}, not ${JSON.stringify(own.join(' '))}`);
    if (command.length === 0)
        throw new Error('exec: give the command after `--`');
    const failOnInvalid = values['fail-on-invalid'] ?? 'true';
    // The setup step's checked output: exactly true or false.
    if (failOnInvalid !== 'true' && failOnInvalid !== 'false')
        throw new Error(`exec: --fail-on-invalid is true or false, not ${JSON.stringify(failOnInvalid)}`);
    return { stage, failOnInvalid: failOnInvalid === 'true', command, ...(values['stdout-file'] === undefined ? {} : { stdoutFile: values['stdout-file'] }) };
}
