import { composeAnalysis } from '../../src/pipeline/offline/analysis.js';
import { composeSupertask } from '../../src/pipeline/offline/supertask.js';
import { offlineTimestamp } from '../../src/pipeline/offline/provider.js';
import { PromptTags } from '../../src/pipeline/prompts.js';

/**
 * A plausible model reply to a pipeline request, for the fake OpenAI server: it reads the request
 * the way a model would (which material the user message encloses, which level it asks for) and
 * answers with what the offline writer makes of that material — a valid analysis, or a valid
 * supertask of the requested schema version.
 */
export function pipelineReply(body: { messages: { role: string; content: string }[] }): string {
  const user = [...body.messages].reverse().find((message) => message.role === 'user' && /<(source|template)>/.test(message.content))?.content;
  if (!user) throw new Error('pipelineReply: no user message enclosing <source> or <template>');
  const enclosed = (tag: string): string | undefined => new RegExp(`<${tag}>\\n([\\s\\S]*)\\n</${tag}>`).exec(user)?.[1];
  const file = /file:? ([^\s)]+)\.md/.exec(user)?.[1] ?? 'source';

  const source = enclosed(PromptTags.source);
  if (source !== undefined) return JSON.stringify(composeAnalysis(file, source), null, 2);

  const template = enclosed(PromptTags.template) ?? '';
  const level = /^Level: (beginner|advanced)$/m.exec(user)?.[1] === 'advanced' ? 'advanced' : 'beginner';
  const schemaVersion = /^Schema version: (\S+)$/m.exec(user)?.[1] ?? '1.1';
  return JSON.stringify(composeSupertask({ name: file, template, level, schemaVersion, timestamp: offlineTimestamp() }), null, 2);
}
