/**
 * The sign-off (陳核) facts every record sheet prints, and what an unsigned sheet says about itself.
 * Shared by 附件1 and 附件2 so both forms word and draw their status the same way.
 */

export type RecordSheetStatus = 'draft' | 'submitted' | 'returned' | 'signed';
export type UnsignedStatus = Exclude<RecordSheetStatus, 'signed'>;

/** What an unsigned sheet says about itself, in a stamp, a sentence and a watermark on every page. */
export const UNSIGNED_MARKS: Record<UnsignedStatus, { mark: string; notice: string }> = {
  draft: { mark: '草稿', notice: '本表為草稿，尚未送陳核，亦未經主管核章，不得作為正式紀錄。' },
  submitted: { mark: '陳核中', notice: '本表已送陳核，尚未經主管核章，不得作為正式紀錄。' },
  returned: { mark: '退回修改', notice: '本表經主管退回修改，尚未核章，不得作為正式紀錄。' },
};

/** A chief's (or deputy's) electronic sign-off as printed in the 主管核章 box. */
export interface FormSignOff {
  signerName: string;
  /** ISO time of the signature. */
  signedAt: string;
  /** The chief's name when a deputy signed (printed as 代理 <name>). */
  asDeputyOf: string | null;
  keyId: string;
  /** A short hex digest of the signature, so a paper copy can be matched to the stored record. */
  signatureFingerprint: string;
}

/** A signed sheet carries its sign-off and an unsigned one none; anything else is a caller's bug. */
export const checkSignOffConsistent = (what: string, status: string, signOff: FormSignOff | null): void => {
  if (status === 'signed' && !signOff) throw new Error(`a signed ${what} needs its sign-off`);
  if (status !== 'signed' && signOff) throw new Error(`an unsigned ${what} cannot carry a sign-off`);
};
