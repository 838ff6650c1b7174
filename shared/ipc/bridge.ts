import type { ChannelName } from './channels';
import type { ChannelInput, ChannelOutput } from './contract';
import type { Result } from './errors';

/** `window.api`: one function per channel, grouped by domain (`api.auth.login(input)`). */
export type BranchDeskApi = {
  [D in ChannelName as D extends `${infer Domain}:${string}` ? Domain : never]: {
    [C in ChannelName as C extends `${D & string}:${infer Verb}` ? Verb : never]: (
      input: ChannelInput<C>,
    ) => Promise<Result<ChannelOutput<C>>>;
  };
};

/**
 * Builds the api object from channel names and one invoke function. Self-contained on purpose
 * (no imports, no outer references): the e2e harness injects its source into the page, the
 * preload calls it with ipcRenderer.invoke. Each function is bound to exactly one channel.
 */
export function buildApi(names: readonly string[], invoke: (channel: string, input: unknown) => Promise<unknown>) {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const [domain, verb] = name.split(':') as [string, string];
    const group = (api[domain] ??= {});
    group[verb] = (input: unknown) => invoke(name, input === undefined ? {} : input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api);
}
