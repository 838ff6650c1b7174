import type { ChannelName } from '../../../shared/ipc/channels';
import { visitContract } from '../../../shared/ipc/contract-visits';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Handlers } from './dispatch';

type VisitChannel = keyof typeof visitContract & ChannelName;

/**
 * TEMPORARY (first commit of issue 6's back end): the visit channels are declared so the screens can be
 * built against them; each answers `internal` until its service lands in the next commits.
 */
export const visitHandlers = () =>
  Object.fromEntries(
    (Object.keys(visitContract) as VisitChannel[]).map((c) => [
      c,
      () => {
        throw new AppFailure('internal', `${c}: not built yet`);
      },
    ]),
  ) as unknown as Pick<Handlers, VisitChannel>;
