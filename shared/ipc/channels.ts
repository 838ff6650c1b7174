/**
 * Every IPC channel name, `domain:verb`. Plain strings with no dependencies, so the sandboxed
 * preload can build `window.api` from them without bundling zod. `contract.ts` must declare
 * exactly these (checked at compile time).
 */
export const CHANNELS = [
  'app:status',
  'auth:setup',
  'auth:login',
  'auth:logout',
  'auth:session',
  'auth:lock',
  'auth:unlock',
  'auth:changePassword',
  'reference:get',
  'staff:list',
  'staff:save',
  'staff:setPassword',
  'unit:save',
  'businessItem:save',
  'parameter:set',
  'demo:load',
  'audit:list',
  'audit:verify',
  'sync:status',
  'escort:lookup',
  'escort:intake',
  'escort:board',
  'escort:visit',
  'escort:suggest',
  'escort:assign',
  'escort:reassign',
  'escort:startDirect',
  'escort:recordStop',
  'escort:finish',
  'escort:cancel',
  'record:queue',
  'record:get',
  'record:update',
  'record:submit',
  'record:return',
  'record:sign',
  'record:verify',
  'record:correct',
] as const;

export type ChannelName = (typeof CHANNELS)[number];
