import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../../errors.js';
import { isWithin } from '../../files.js';
import { detectLanguage } from '../../pipeline/language.js';
import { DEFAULT_SCHEMA_VERSION, isSchemaVersion } from '../../pipeline/schema.js';
import { parseFrontmatter } from '../../pipeline/inputs.js';
import { parseTemplate, templateParts } from '../../pipeline/template.js';
import { redactText } from '../../records/redact.js';
import { byCodeUnits } from '../../records/values.js';
import { Events } from '../../records/types.js';
import { LogFiles, NOT_WRITTEN_BY_SESSION, WorkFolders } from '../constants.js';
import { CallRecordIndex, checkCalls } from './call-rules.js';
import { indexSource, locateFindings, outputFindings } from './output-rules.js';
import { RuleIds, SEVERITIES } from './types.js';
/**
 * Where the records that show an issue are, in the package's `logs/*.jsonl`: handed every record
 * of the session, in each stream's order, during the pass that writes those files.
 */
export class RecordLocator {
    /** The line of the last `file.result` of each output: the one the model took the output from. */
    resultLines = new Map();
    /**
     * The lessons of `03_output/` packaged though the session did not write them (by their path in
     * it), and their name and the line in the warning record that names them.
     */
    notWritten = new Map();
    calls = new CallRecordIndex();
    processingLines = 0;
    /** The locator of records already in memory. */
    static of(records) {
        const locator = new RecordLocator();
        for (const kind of ['processing', 'prompts'])
            for (const record of records[kind])
                locator.add(record, kind);
        return locator;
    }
    add(record, kind) {
        if (kind === 'prompts') {
            this.calls.add(record);
            return;
        }
        this.processingLines += 1;
        if (record.event === Events.fileResult)
            for (const file of record.output ?? [])
                this.resultLines.set(file, this.processingLines);
        if (record.event === Events.warning && record.msg === NOT_WRITTEN_BY_SESSION) {
            for (const file of record.input ?? []) {
                if (file.startsWith(`${WorkFolders.output}/`) && file.endsWith('.json'))
                    this.notWritten.set(file.slice(WorkFolders.output.length + 1), { name: file, line: this.processingLines });
            }
        }
    }
}
function knownTemplate(template) {
    return { template, sourceIndex: indexSource(template.source), language: template.language ?? detectLanguage(template.source) };
}
const judgedAgainst = (text, schemaVersion, known) => ({
    text,
    schemaVersion,
    source: known?.template.source,
    sourceIndex: known?.sourceIndex,
    sourceLanguage: known?.language,
});
/**
 * How much text (in UTF-16 units) the checks run ahead may hold, outputs and templates together:
 * each output checked is held until the rules compare it with the package's copy, and those past
 * this are left to the rules, which read them one at a time.
 */
const AHEAD_TEXT_UNITS = 16 * 1024 * 1024;
/**
 * How many templates, parsed and their source indexed (several times the template's size), the
 * checks keep for the outputs still to come: the levels of a file are written close together, and
 * a template used again after this many others is parsed and indexed again.
 */
const TEMPLATES_HELD = 64;
/**
 * The output rules run on each generated file as `run` writes it, while the other calls are in
 * flight, instead of all at once when the run is packaged (where they wait for nothing else).
 * `checked` goes to the package's rules as `checkedOutputs`. What is held stays bounded however
 * many files the run writes: the texts of the outputs checked up to `textUnits` (those past it are
 * left to the package's rules, which check them from the files), and the last `templates` templates.
 */
export class OutputChecks {
    checked = new Map();
    templates = new Map();
    held = 0;
    textUnits;
    templatesHeld;
    constructor(bounds = {}) {
        this.textUnits = bounds.textUnits ?? AHEAD_TEXT_UNITS;
        this.templatesHeld = bounds.templates ?? TEMPLATES_HELD;
    }
    /** How many templates are held for the outputs to come. */
    get templatesKept() {
        return this.templates.size;
    }
    add(output, text, template, schemaVersion) {
        if (this.held + text.length > this.textUnits)
            return;
        try {
            let known = this.templates.get(template.text);
            if (known)
                this.templates.delete(template.text);
            else
                known = knownTemplate(templateParts(template));
            // The most recently used last: the first is the one let go.
            this.templates.set(template.text, known);
            if (this.templates.size > this.templatesHeld)
                this.templates.delete(this.templates.keys().next().value);
            this.checked.set(output, { text, templateText: template.text, schemaVersion, findings: outputFindings(judgedAgainst(text, schemaVersion, known)) });
            this.held += text.length;
        }
        catch {
            // Never the generation's failure: the package's rules check this output again, and say what failed there.
        }
    }
}
const schemaVersionOf = (output) => (isSchemaVersion(output.schema_version) ? output.schema_version : DEFAULT_SCHEMA_VERSION);
/**
 * The output rules of `outputs` run ahead, one output per `step`, by whoever has time before the
 * quality issues are wanted (packaging, while it waits for its gzip threads). `checked` holds the
 * outputs `known` already and, as steps are taken, the others: it is given to
 * `detectQualityIssues` as `checkedOutputs`, which takes each finding only while the output and its
 * template are the texts checked. Nothing here fails: an output or template that cannot be read or
 * parsed is left for `detectQualityIssues`, which says why. The texts held are bounded by `textUnits`.
 */
export function outputChecksAhead(outputs, folders, known = new Map(), textUnits = AHEAD_TEXT_UNITS) {
    // Its own bound (`held` below) counts the templates read as well as the outputs.
    const checks = new OutputChecks({ textUnits: Number.POSITIVE_INFINITY });
    for (const [file, checked] of known)
        checks.checked.set(file, checked);
    const unchecked = outputs.filter((output) => !known.has(output.file));
    let held = 0;
    const templates = new Map();
    const templateOf = (name) => {
        let template = templates.get(name);
        if (template === undefined) {
            const file = inFolder(folders.templateDir, name);
            try {
                if (file === null)
                    throw new Error('not a file of the folder');
                const text = fs.readFileSync(file, 'utf8');
                template = { file, name, text, ...parseFrontmatter(text, file) };
                held += text.length;
            }
            catch {
                template = null;
            }
            templates.set(name, template);
        }
        return template;
    };
    let next = 0;
    const step = () => {
        const output = unchecked[next++];
        if (!output || held > textUnits)
            return false;
        const template = output.input === null ? null : templateOf(output.input);
        if (!template)
            return true;
        const file = inFolder(folders.outputDir, output.file);
        if (file === null)
            return true;
        let text;
        try {
            text = fs.readFileSync(file, 'utf8');
        }
        catch {
            return true;
        }
        checks.add(output.file, text, template, schemaVersionOf(output));
        held += text.length;
        return true;
    };
    return { checked: checks.checked, step };
}
/**
 * The file `name` of `dir`, for a name the records give (a package's records say what their maker
 * wrote): null for anything but a plain file name (`../../x.md`), which names no file of the folder.
 */
function inFolder(dir, name) {
    return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !name.includes('\0') && path.basename(name) === name ? path.join(dir, name) : null;
}
/** A file the rules were asked to read, absent (or no file of its folder: null); any other failure to read it is the user's to fix. */
function readIfPresent(file) {
    if (file === null)
        return null;
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new LyfeError(`cannot read it to look for quality issues: ${error.message}`, { file, fix: 'Check its permissions, then run again', cause: error });
    }
}
const rank = (issue) => SEVERITIES.indexOf(issue.severity);
/**
 * Runs every rule over the session's generated files (read as they are now) and its LLM calls.
 */
export function detectQualityIssues(inputs) {
    const { summary } = inputs;
    const { resultLines, calls } = inputs.records;
    const findings = [];
    // Each template is read once, and parsed, its source indexed and its language known once for its outputs (a file's levels) when one is checked here.
    const templateTexts = new Map();
    const templateTextOf = (name) => {
        if (!templateTexts.has(name))
            templateTexts.set(name, readIfPresent(inFolder(inputs.templateDir, name)));
        return templateTexts.get(name);
    };
    const templates = new Map();
    const templateOf = (name) => {
        let known = templates.get(name);
        if (known === undefined) {
            const text = templateTextOf(name);
            const parsed = inputs.parsedTemplates?.get(name);
            const template = text === null ? null : parsed?.text === text ? templateParts(parsed) : parseTemplate(text, name);
            known = template && knownTemplate(template);
            templates.set(name, known);
        }
        return known;
    };
    for (const output of summary.outputs) {
        const text = readIfPresent(inFolder(inputs.outputDir, output.file));
        if (text === null)
            continue;
        const schemaVersion = schemaVersionOf(output);
        const checked = inputs.checkedOutputs?.get(output.file);
        const asChecked = checked && output.input !== null && checked.text === text && checked.schemaVersion === schemaVersion && checked.templateText === templateTextOf(output.input);
        const resultLine = resultLines.get(output.file);
        const accepted = output.call_id ? calls.acceptedLine(output.call_id) : undefined;
        const located = {
            file: output.file,
            records: [
                ...(resultLine ? [{ log: LogFiles.processingRecords, line: resultLine }] : []),
                ...(accepted ? [{ log: LogFiles.promptRecords, line: accepted }] : []),
            ],
            callId: output.call_id,
        };
        const own = asChecked ? checked.findings : outputFindings(judgedAgainst(text, schemaVersion, output.input === null ? null : templateOf(output.input)));
        findings.push(...locateFindings(own, located));
        // What the records say of the file (valid, scores) is of the file as generated: one changed since is said to be.
        if (!asChecked && output.sha256 && createHash('sha256').update(text).digest('hex') !== output.sha256) {
            findings.push({
                rule: RuleIds.outputChanged,
                severity: 'warning',
                file: output.file,
                path: null,
                message: `The file was changed after it was generated: what the records say of it (${output.valid ? 'valid' : 'invalid'}, its scores) is of the file as generated, and the rules here judge it as it is now.`,
                records: located.records.slice(0, 1),
                call_id: output.call_id,
            });
        }
    }
    // A lesson the package took from 03_output/ though the session did not write it ships with it all
    // the same: judged as it is, against the template of its name and the run's schema version.
    const generated = new Set(summary.outputs.map((output) => output.file));
    const versions = new Set(summary.outputs.map(schemaVersionOf));
    const runVersion = versions.size === 1 ? [...versions][0] : DEFAULT_SCHEMA_VERSION;
    for (const [file, { name, line }] of inputs.records.notWritten) {
        if (generated.has(file))
            continue;
        // The name a record gives, under the folder (a foreign file may sit in a subfolder of it).
        const text = readIfPresent(!file.includes('\0') && isWithin(inputs.outputDir, path.join(inputs.outputDir, file)) ? path.join(inputs.outputDir, file) : null);
        if (text === null)
            continue;
        const template = `${path.posix.basename(file).replace(/(_(beginner|advanced))?\.json$/, '')}.md`;
        const known = templateTextOf(template) === null ? null : templateOf(template);
        const own = outputFindings(judgedAgainst(text, runVersion, known)).map((finding) => ({
            ...finding,
            message: `${finding.message} The file was not written by this session: it was packaged as it was found in the work folder.`,
        }));
        // Named as its record names it (`03_output/<file>`): the viewer finds the file's records by that name.
        findings.push(...locateFindings(own, { file: name, records: [{ log: LogFiles.processingRecords, line }], callId: null }));
    }
    findings.push(...checkCalls(summary.calls, calls));
    return report(summary.session_id || null, findings);
}
/**
 * Most severe first, then by file and rule (in code-unit order, so that every machine numbers them alike), in the order found; numbered `Q1`... in that order.
 * Messages quote the generated files, which are not redacted as records are: they are here, since
 * the report goes into the logs, the summary and the viewer.
 */
function report(sessionId, findings) {
    const sorted = findings
        .map((finding, order) => ({ finding, order }))
        .sort((a, b) => rank(a.finding) - rank(b.finding) || byCodeUnits(a.finding.file ?? '', b.finding.file ?? '') || byCodeUnits(a.finding.rule, b.finding.rule) || a.order - b.order);
    const issues = sorted.map(({ finding }, index) => ({ id: `Q${index + 1}`, ...finding, message: redactText(finding.message) }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues)
        counts[issue.severity] += 1;
    return { session_id: sessionId, counts, issues };
}
