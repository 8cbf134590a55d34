import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { detectQualityIssues, failsOn, OutputChecks, outputChecksAhead, qualityCounts, RecordLocator, renderQualityReport, type CheckedOutput } from '../../src/package/quality-issues/index.js';
import { parseFrontmatter } from '../../src/pipeline/inputs.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';

const REFERENCE = path.resolve('test/fixtures/reference');
const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const TEMPLATE = 'arthurcbrooks_mostmeaning_filled_template.md';
const OUTPUT = 'arthurcbrooks_mostmeaning_filled_template_beginner.json';

const base = { time: '2025-01-18T17:30:45.000Z', session: SESSION, pid: 7, msg: '' } as const;

/** A package-shaped folder: the original tool's real template and its real, schema-failing output; and the records that made it. */
function packageFolder(dir: string): { processing: LogRecord[]; prompts: LogRecord[] } {
  fs.mkdirSync(path.join(dir, '02_preprocessed'), { recursive: true });
  fs.mkdirSync(path.join(dir, '03_output'), { recursive: true });
  fs.copyFileSync(path.join(REFERENCE, '02_preprocessed', 'arthurcbrooks_mostmeaning_filled_template.md'), path.join(dir, '02_preprocessed', TEMPLATE));
  fs.copyFileSync(path.join(REFERENCE, '03_output', OUTPUT), path.join(dir, '03_output', OUTPUT));
  const processing: LogRecord[] = [
    { ...base, level: 'info', stage: 'generate', event: 'stage.start' },
    { ...base, level: 'warn', stage: 'generate', event: 'file.result', input: [TEMPLATE], output: [OUTPUT], data: { valid: false, call_id: 'call_b', schema_version: '1.1' } },
    // Named by a record, but not in the folder: nothing to check.
    { ...base, level: 'info', stage: 'generate', event: 'file.result', input: [TEMPLATE], output: ['gone_advanced.json'], data: { valid: true, call_id: 'call_c' } },
  ];
  const attempt = (callId: string, attempt: number, outcome: string): LogRecord => ({
    ...base,
    level: outcome === 'ok' ? 'info' : 'warn',
    stage: 'generate',
    event: 'llm.attempt',
    input: [TEMPLATE],
    output: [OUTPUT],
    data: { call_id: callId, attempt, outcome, purpose: 'generate.beginner', latency_ms: 900, usage: { total_tokens: 1000 }, reason: outcome === 'retry' ? 'the reply is not JSON' : undefined },
  });
  const prompts = [attempt('call_b', 1, 'retry'), attempt('call_b', 2, 'ok')];
  return { processing, prompts };
}

function detect(dir: string, records: { processing: LogRecord[]; prompts: LogRecord[] }) {
  return detectQualityIssues({
    summary: summarizeSession(records.processing, records.prompts),
    records: RecordLocator.of(records),
    outputDir: path.join(dir, '03_output'),
    templateDir: path.join(dir, '02_preprocessed'),
  });
}

describe('quality issues of a package', () => {
  const temp = useTempDir('lyfe-kt-quality-');

  test("the original tool's schema-failing output: errors first, each pointing at its file.result and its call's accepted attempt", () => {
    const dir = temp();
    const report = detect(dir, packageFolder(dir));
    expect(report.session_id).toBe(SESSION);
    expect(report.issues.map((issue) => [issue.id, issue.severity, issue.rule, issue.path])).toEqual([
      // Its first card is the whole source article, pasted: its markdown headings too.
      ['Q1', 'error', 'forbidden-text', '$.flexibleItems[0].content'],
      ['Q2', 'error', 'schema-invalid', null],
      ['Q3', 'warning', 'copied-from-source', '$.flexibleItems[0].content'],
      ['Q4', 'warning', 'over-mobile-limit', '$.estimatedDuration'],
      ['Q5', 'warning', 'over-mobile-limit', '$.flexibleItems[0].content'],
      ['Q6', 'info', 'call-retried', null],
    ]);
    expect(report.issues[0]).toMatchObject({
      file: OUTPUT,
      call_id: 'call_b',
      records: [
        { log: 'processing.jsonl', line: 2 },
        { log: 'prompts.jsonl', line: 2 },
      ],
    });
    expect(report.counts).toEqual({ error: 2, warning: 3, info: 1 });
    expect(qualityCounts(report.counts)).toBe('2 errors, 3 warnings, 1 note');
    expect(failsOn(report.counts, 'error')).toBe(true);
    expect(failsOn({ error: 0, warning: 2, info: 1 }, 'error')).toBe(false);
    expect(failsOn({ error: 0, warning: 2, info: 1 }, 'warning')).toBe(true);
    expect(failsOn({ error: 0, warning: 0, info: 1 }, 'warning')).toBe(false);

    const schema = JSON.parse(fs.readFileSync('schema/quality_issues.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const written = JSON.parse(renderQualityReport(report));
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...written, issues: [{ ...written.issues[0], severity: 'fatal' }] })).toBe(false);
  });

  test("reads only the package's own folders, whatever file a hostile package's records name", () => {
    const dir = temp();
    const records = packageFolder(dir);
    const rules = (at: LogRecord[]): string[] => detect(dir, { ...records, processing: at }).issues.map((issue) => issue.rule);
    expect(rules(records.processing)).toContain('copied-from-source');
    // The template and the output moved out of the package's folders, and records that name them there.
    fs.renameSync(path.join(dir, '02_preprocessed', TEMPLATE), path.join(dir, TEMPLATE));
    fs.copyFileSync(path.join(dir, '03_output', OUTPUT), path.join(dir, OUTPUT));
    const named = (input: string, output: string): LogRecord[] => records.processing.map((record) => (record.output?.[0] === OUTPUT ? { ...record, input: [input], output: [output] } : record));
    expect(rules(named(`../${TEMPLATE}`, OUTPUT))).not.toContain('copied-from-source');
    expect(detect(dir, { ...records, processing: named(TEMPLATE, `../${OUTPUT}`) }).issues.filter((issue) => issue.file === `../${OUTPUT}` && issue.rule !== 'schema-invalid')).toEqual([]);
  });

  test("a template the run already parsed is taken when its file's text is the same, and the file is parsed again when it is not", () => {
    const dir = temp();
    const records = packageFolder(dir);
    const text = fs.readFileSync(path.join(dir, '02_preprocessed', TEMPLATE), 'utf8');
    // Parsed as the run would have, but with a source the output does not copy: it shows which was used.
    const parsed = { file: path.join('work', '02_preprocessed', TEMPLATE), name: TEMPLATE, text, frontmatter: {}, body: 'A short source.' };
    const rulesWith = (template: typeof parsed): string[] =>
      detectQualityIssues({
        summary: summarizeSession(records.processing, records.prompts),
        records: RecordLocator.of(records),
        outputDir: path.join(dir, '03_output'),
        templateDir: path.join(dir, '02_preprocessed'),
        parsedTemplates: new Map([[TEMPLATE, template]]),
      }).issues.map((issue) => issue.rule);
    expect(rulesWith(parsed)).not.toContain('copied-from-source');
    expect(rulesWith({ ...parsed, text: `${text}\nedited after the run parsed it\n` })).toContain('copied-from-source');
  });

  test("an output the run checked as it wrote it is taken while its text, its template's and the schema version are the files' own; otherwise it is checked again", () => {
    const dir = temp();
    const records = packageFolder(dir);
    const templateText = fs.readFileSync(path.join(dir, '02_preprocessed', TEMPLATE), 'utf8');
    const text = fs.readFileSync(path.join(dir, '03_output', OUTPUT), 'utf8');
    const fromFiles = detect(dir, records);
    // What the run found when it wrote the file, marked so that it shows when it is taken.
    const checks = new OutputChecks();
    checks.add(OUTPUT, text, { file: TEMPLATE, name: TEMPLATE, text: templateText, ...parseFrontmatter(templateText) }, '1.1');
    const found = checks.checked.get(OUTPUT)!;
    const rulesWith = (checked: CheckedOutput) =>
      detectQualityIssues({
        summary: summarizeSession(records.processing, records.prompts),
        records: RecordLocator.of(records),
        outputDir: path.join(dir, '03_output'),
        templateDir: path.join(dir, '02_preprocessed'),
        checkedOutputs: new Map([[OUTPUT, checked]]),
      });
    // Checked when written or when packaged, the same issues, located at the same records.
    expect(rulesWith(found)).toEqual(fromFiles);
    const marker = 'found when the run wrote the file';
    const marked: CheckedOutput = { ...found, findings: [{ rule: 'duplicated-item', severity: 'info', path: null, message: marker }] };
    expect(rulesWith(marked).issues.find((issue) => issue.message === marker)).toMatchObject({ file: OUTPUT, call_id: 'call_b', records: fromFiles.issues[0]!.records });
    for (const changed of [{ text: `${text} ` }, { templateText: `${templateText}\nedited\n` }, { schemaVersion: '1.0' as const }]) {
      expect(rulesWith({ ...marked, ...changed }).issues.map((issue) => issue.message)).toEqual(fromFiles.issues.map((issue) => issue.message));
    }
    // A check that fails while the run writes an output is not the generation's failure: the output is left to the package's rules.
    const broken = { file: TEMPLATE, name: TEMPLATE, text: 'no body', frontmatter: {}, body: undefined as unknown as string };
    expect(() => checks.add('other.json', text, broken, '1.1')).not.toThrow();
    expect(checks.checked.has('other.json')).toBe(false);
  });

  test('the checks made as a run writes its outputs hold a bounded amount, however many files the run writes', () => {
    const dir = temp();
    packageFolder(dir);
    const templateText = fs.readFileSync(path.join(dir, '02_preprocessed', TEMPLATE), 'utf8');
    const text = fs.readFileSync(path.join(dir, '03_output', OUTPUT), 'utf8');
    const checks = new OutputChecks({ textUnits: 10 * text.length, templates: 4 });
    const outputs: string[] = [];
    for (let n = 0; n < 20; n++) {
      const name = `article_${n}_filled_template.md`;
      const own = `${templateText}\nNote ${n}.\n`;
      for (const level of ['beginner', 'advanced']) {
        outputs.push(`article_${n}_filled_template_${level}.json`);
        checks.add(outputs.at(-1)!, text, { file: name, name, text: own, ...parseFrontmatter(own) }, '1.1');
      }
      // Parsed and indexed, a template is several times its text: only the last few are kept for the outputs to come.
      expect(checks.templatesKept).toBeLessThanOrEqual(4);
    }
    // The outputs checked up to the bound are held with their findings; the others are left to the package's rules.
    expect([...checks.checked.keys()]).toEqual(outputs.slice(0, 10));
    expect(checks.checked.get(outputs[9]!)!.findings.length).toBeGreaterThan(0);
  });

  test('the output rules run ahead a step at a time give the same issues; an output changed after its step, or one the run checked, is not taken from the step', () => {
    const dir = temp();
    const records = packageFolder(dir);
    const summary = summarizeSession(records.processing, records.prompts);
    const fromFiles = detect(dir, records);
    const folders = { outputDir: path.join(dir, '03_output'), templateDir: path.join(dir, '02_preprocessed') };
    const withChecked = (checkedOutputs: ReadonlyMap<string, CheckedOutput>) =>
      detectQualityIssues({ summary, records: RecordLocator.of(records), ...folders, checkedOutputs });

    const ahead = outputChecksAhead(summary.outputs, folders);
    // One step per output the session recorded (the missing one included), then none.
    expect([ahead.step(), ahead.step(), ahead.step()]).toEqual([true, true, false]);
    expect([...ahead.checked.keys()]).toEqual([OUTPUT]);
    expect(ahead.checked.get(OUTPUT)!.findings.length).toBeGreaterThan(0);
    expect(withChecked(ahead.checked)).toEqual(fromFiles);

    // Marked so that it shows when it is taken: taken while the files are those checked, not once the output changed.
    const marker = 'found by the step ahead';
    const marked = new Map([[OUTPUT, { ...ahead.checked.get(OUTPUT)!, findings: [{ rule: 'duplicated-item' as const, severity: 'info' as const, path: null, message: marker }] }]]);
    expect(withChecked(marked).issues.map((issue) => issue.message)).toContain(marker);
    fs.appendFileSync(path.join(folders.outputDir, OUTPUT), ' ');
    expect(withChecked(marked).issues.map((issue) => issue.message)).toEqual(fromFiles.issues.map((issue) => issue.message));

    // What the run checked is kept and not checked again; a template that cannot be parsed is left to the rules, which say why.
    const known = outputChecksAhead(summary.outputs, folders, marked);
    while (known.step());
    expect(known.checked.get(OUTPUT)).toBe(marked.get(OUTPUT));
    fs.writeFileSync(path.join(folders.templateDir, TEMPLATE), '---\ntitle: never closed\n');
    const broken = outputChecksAhead(summary.outputs, folders);
    expect([broken.step(), broken.step(), broken.step()]).toEqual([true, true, false]);
    expect(broken.checked.size).toBe(0);
    expect(() => withChecked(broken.checked)).toThrow(/never closed/);

    // The texts held are bounded: past the bound, what is left is left to the rules.
    fs.copyFileSync(path.join(REFERENCE, '02_preprocessed', 'arthurcbrooks_mostmeaning_filled_template.md'), path.join(folders.templateDir, TEMPLATE));
    const missingFirst = [...summary.outputs].reverse();
    const bounded = outputChecksAhead(missingFirst, folders, new Map(), 1);
    expect([bounded.step(), bounded.step()]).toEqual([true, false]);
    expect(bounded.checked.size).toBe(0);
    const unbounded = outputChecksAhead(missingFirst, folders);
    expect([unbounded.step(), unbounded.step(), unbounded.step()]).toEqual([true, true, false]);
    expect([...unbounded.checked.keys()]).toEqual([OUTPUT]);
  });

  test('messages quote the generated text redacted: a secret in a lesson reaches no log or summary', () => {
    const dir = temp();
    const records = packageFolder(dir);
    const file = path.join(dir, '03_output', OUTPUT);
    const lesson = JSON.parse(fs.readFileSync(file, 'utf8'));
    lesson.flexibleItems[0].content = `Token sk-PLANTEDinLesson0123456789abcdef ${'x'.repeat(400)}`;
    fs.writeFileSync(file, JSON.stringify(lesson));
    const text = renderQualityReport(detect(dir, records));
    expect(text).toContain('Token [REDACTED]');
    expect(text).not.toContain('PLANTED');
  });

  test('issues of one severity are ordered by file name in code units, the same whatever the locale', () => {
    const dir = temp();
    // A retried call makes an info issue on its input file; three inputs whose locale order differs from code-unit order.
    const inputs = ['b_lesson.md', 'B-lesson.md', 'b-lesson.md'];
    const prompts = inputs.flatMap((input, call): LogRecord[] =>
      [1, 2].map((attempt) => ({
        ...base,
        level: 'info',
        stage: 'generate',
        event: 'llm.attempt',
        input: [input],
        data: { call_id: `call_${call}`, attempt, outcome: attempt === 1 ? 'retry' : 'ok', purpose: 'generate.beginner', latency_ms: 10, usage: { total_tokens: 10 } },
      })),
    );
    const report = detect(dir, { processing: [], prompts });
    expect(report.issues.map((issue) => [issue.id, issue.rule, issue.file])).toEqual([
      ['Q1', 'call-retried', 'B-lesson.md'],
      ['Q2', 'call-retried', 'b-lesson.md'],
      ['Q3', 'call-retried', 'b_lesson.md'],
    ]);
  });

  test("a lesson put into 03_output by hand, which the package names in its warning record, is judged by the output rules as it is", () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, '02_preprocessed'), { recursive: true });
    fs.mkdirSync(path.join(dir, '03_output'), { recursive: true });
    fs.copyFileSync(path.join(REFERENCE, '02_preprocessed', TEMPLATE), path.join(dir, '02_preprocessed', TEMPLATE));
    // The original tool's schema-failing lesson, copied in by hand; and a note that is no lesson.
    fs.copyFileSync(path.join(REFERENCE, '03_output', OUTPUT), path.join(dir, '03_output', OUTPUT));
    fs.writeFileSync(path.join(dir, '03_output', 'notes.txt'), 'not a lesson');
    const processing: LogRecord[] = [
      { ...base, level: 'info', stage: 'generate', event: 'stage.start' },
      { ...base, level: 'warn', stage: 'package', event: 'warning', msg: 'packaged from the work folder, not written by this session', input: [`03_output/${OUTPUT}`, '03_output/notes.txt'] },
    ];
    const report = detect(dir, { processing, prompts: [] });
    // Named as the warning record names it, so that the viewer finds the file's record.
    const named = `03_output/${OUTPUT}`;
    expect(report.issues.map((issue) => [issue.severity, issue.rule, issue.file, issue.path])).toEqual([
      ['error', 'forbidden-text', named, '$.flexibleItems[0].content'],
      ['error', 'schema-invalid', named, null],
      ['warning', 'copied-from-source', named, '$.flexibleItems[0].content'],
      ['warning', 'over-mobile-limit', named, '$.estimatedDuration'],
      ['warning', 'over-mobile-limit', named, '$.flexibleItems[0].content'],
    ]);
    for (const issue of report.issues) {
      expect(issue).toMatchObject({ call_id: null, records: [{ log: 'processing.jsonl', line: 2 }] });
      expect(issue.message).toContain('not written by this session');
    }
    // A hostile package's warning record naming a lesson outside 03_output/: it is not read.
    fs.copyFileSync(path.join(REFERENCE, '03_output', OUTPUT), path.join(dir, OUTPUT));
    fs.rmSync(path.join(dir, '03_output', OUTPUT));
    const outside = [processing[0]!, { ...processing[1]!, input: [`03_output/../${OUTPUT}`] }];
    expect(detect(dir, { processing: outside, prompts: [] }).issues).toEqual([]);
  });

  test('an unreadable output is reported with its file and a fix, not skipped', () => {
    const dir = temp();
    const records = packageFolder(dir);
    fs.rmSync(path.join(dir, '03_output', OUTPUT));
    fs.mkdirSync(path.join(dir, '03_output', OUTPUT));
    expect(() => detect(dir, records)).toThrow(
      /cannot read it to look for quality issues/,
    );
  });
});
