/** `--json` output: loaded by the CLI's entry before any command, so it imports nothing. */
let jsonPrinted = false;
/** `--json`: the command's one object on stdout; `written`, once it is (a pipe is written asynchronously on some systems). */
export function printJson(value, written) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`, written);
    jsonPrinted = true;
}
/** Whether the command has printed its `--json` object: an error after it is not printed as a second one. */
export function printedJson() {
    return jsonPrinted;
}
