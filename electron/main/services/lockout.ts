/**
 * Login lock-out backoff: the first few failures are free, then each further failure doubles the
 * wait, capped. Pure, so the policy is testable without a database or a clock.
 */
export const LOCKOUT_POLICY = { freeFailures: 5, baseSeconds: 30, maxSeconds: 15 * 60 };

export const lockoutSeconds = (failures: number, policy = LOCKOUT_POLICY): number => {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(doublings, 20));
};
