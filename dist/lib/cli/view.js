import { spawn } from 'node:child_process';
import { locateViewer } from '../package/viewer/locate.js';
import { VERSION } from '../version.js';
import { printJson, Reporter } from './common.js';
/** The system's own way to open a file in the default browser. */
function opener(file) {
    if (process.platform === 'darwin')
        return ['open', [file]];
    if (process.platform === 'win32')
        return ['cmd', ['/c', 'start', '""', file]];
    return ['xdg-open', [file]];
}
/** Opens the page without waiting for the browser; a missing opener is a warning, the path is printed anyway. */
function openInBrowser(file, reporter) {
    const [command, args] = opener(file);
    return new Promise((resolve) => {
        const child = spawn(command, args, { detached: true, stdio: 'ignore' });
        child.once('error', (error) => {
            reporter.warn(`could not open a browser (${command}: ${error.message}); open ${file} yourself`);
            resolve();
        });
        child.once('spawn', () => {
            child.unref();
            resolve();
        });
    });
}
export function registerViewCommand(program) {
    program
        .command('view <package>')
        .description("print the path of a package's interactive viewer (logs/viewer.html); <package> is a package folder or a downloaded artifact .zip")
        .option('--open', 'also open it in the default browser')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (target, options) => {
        const reporter = new Reporter({});
        const viewer = await locateViewer(target);
        if (options.json)
            printJson(viewer);
        else
            process.stdout.write(`${viewer.path}\n`);
        if (viewer.written === 'no-viewer')
            reporter.note(`the package has no viewer (made before lyfe-kt wrote one): written from its records into ${viewer.path}`);
        if (viewer.written === 'not-lyfe-kt') {
            reporter.warn(`the package's logs/viewer.html is not a page this lyfe-kt (${VERSION}) writes (made by hand, or by another version), so it is not opened: written from the package's records into ${viewer.path}`);
        }
        if (options.open)
            await openInBrowser(viewer.path, reporter);
    });
}
