import type { RecordStatus } from '../../../shared/domain/record-sheet';

export const STATUS_COLOR: Readonly<Record<RecordStatus, string>> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'red',
  signed: 'green',
};
