import { FileInliner, inlineChatFiles, namesChatFiles } from '../engine/files.js';
import type { Handlers } from '../generated/router.js';
import type { HandlerDeps } from './deps.js';
import { passThrough } from './passthrough.js';

export function chatCompletionsHandlers({
  providers,
  files,
}: HandlerDeps): Pick<Handlers, 'createChatCompletion'> {
  return {
    createChatCompletion({ body }, ctx) {
      // Files uploaded here are inlined; otherwise the client's bytes go up untouched.
      const edit = namesChatFiles(body.messages)
        ? (parsed: Record<string, unknown>) =>
            inlineChatFiles(parsed, new FileInliner((id) => files.readContent(ctx.tenant, id)))
        : undefined;
      return passThrough(providers, '/chat/completions', body, ctx, edit);
    },
  };
}
