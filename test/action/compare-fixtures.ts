import fs from 'node:fs';
import path from 'node:path';
import { artifactNameOf, type RunIdentity } from '../../src/action/names.js';
import { run, type RunOptions } from '../../src/index.js';
import { zipFolder } from '../helpers/zip.js';
import type { FakeWorkflowRun } from '../fakes/github-api.js';

/**
 * Content and packages for `compare-with`: two of the example articles, and variants of them that
 * differ in one file. Packages are made in-process by the library's `run`, offline.
 */
const examples = path.resolve(import.meta.dirname, '../../examples/content');
export const ARTICLES = ['como_dormir_bem.md', 'solidao_cronica.md'] as const;

/** A change to one article's text. */
export interface Edit {
  file: (typeof ARTICLES)[number];
  change: (text: string) => string;
}

/** `content` with the two articles; `edit` changes one article's text. */
export function writeContent(folder: string, edit?: Edit): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const file of ARTICLES) {
    const text = fs.readFileSync(path.join(examples, file), 'utf8');
    fs.writeFileSync(path.join(folder, file), edit?.file === file ? edit.change(text) : text);
  }
  return folder;
}

/** One sentence of the article reworded: its lessons change, the other article's do not. */
export const rewordOne: Edit = { file: 'solidao_cronica.md', change: (text: string) => text.replace(/\.\s/, '. Isto mudou nesta revisão. ') };
/** A placeholder after every sentence: the lessons quote it, and a card with a TODO loses persona consistency. */
export const withPlaceholders: Edit = { file: 'como_dormir_bem.md', change: (text: string) => text.replace(/\.\s/g, '. TODO revisar. ') };

/** A package of `content`, made offline under `folder`. */
export async function packageOf(content: string, folder: string, options: Partial<RunOptions> = {}): Promise<string> {
  const result = await run(content, { provider: 'offline', workDir: path.join(folder, 'work'), logDir: path.join(folder, 'logs'), outputDir: path.join(folder, 'packages'), title: 'lessons', ...options });
  return result.package.path;
}

/** What the action runs as in the tests: workflow lessons.yml, job lessons. */
export const identityOf = (runId: string, key = ''): RunIdentity => ({ runId, runAttempt: '1', workflow: '.github/workflows/lessons.yml', job: 'lessons', key, checkRunId: '' });

/** A successful run of lessons.yml that uploaded `packagePath` as this job's package artifact, as the action names it. */
export function baseRun(packagePath: string, run: Partial<FakeWorkflowRun> & { id: number; head_sha: string }, artifact: { id?: number; checkRunId?: string; expired?: boolean } = {}): FakeWorkflowRun {
  const name = artifactNameOf({ ...identityOf(String(run.id)), checkRunId: artifact.checkRunId ?? `9${run.id}` });
  return {
    path: '.github/workflows/lessons.yml',
    event: 'push',
    head_branch: 'main',
    conclusion: 'success',
    artifacts: [{ id: artifact.id ?? run.id * 10, name, content: zipFolder(packagePath, path.basename(packagePath)), expired: artifact.expired }],
    ...run,
  };
}

/** The rows of a comparison's table of sources that differ, in a job summary or a comment. */
export function changedSources(markdown: string): string[] {
  const start = markdown.indexOf('| source | change |');
  if (start < 0) return [];
  const rows = markdown.slice(start).split('\n').slice(2);
  const end = rows.findIndex((line) => !line.startsWith('| '));
  return rows.slice(0, end < 0 ? rows.length : end);
}
