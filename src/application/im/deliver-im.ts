import { z } from 'zod';
import type { AppStore, ImChannel, Logger } from '../ports';

export interface ImMessage {
  /** Stable per message: the ledger and the retries are keyed by it. */
  readonly id: string;
  readonly channel: ImChannel;
  readonly text: string;
}

/** accepted: the robot took it (never sent again); refused: it never will (bad token, bad signature); transient: 5xx, timeout, busy. */
export type PostOutcome = 'accepted' | 'refused' | 'transient';

export interface ImDelivery {
  readonly store: AppStore;
  readonly logger: Logger;
  readonly now: () => number;
  post(message: ImMessage): Promise<PostOutcome>;
  /** Hands attempt `attempt` to the retry queue, to run after `delaySeconds`. */
  retryLater(message: ImMessage, attempt: number, delaySeconds: number): Promise<void>;
}

export const MAX_ATTEMPTS = 5;
/** How long an identical message counts as the same one. */
export const LEDGER_TTL_SECONDS = 7 * 24 * 3600;

const LedgerSchema = z.object({ state: z.enum(['sending', 'retrying', 'accepted', 'refused', 'failed']), attempt: z.int() });
const FINAL: readonly string[] = ['accepted', 'refused', 'failed'];

const ledgerKey = (id: string) => `im:msg:${id}`;
const attemptKey = (id: string, attempt: number) => `im:try:${id}:${attempt}`;

/**
 * One attempt of one message. Each attempt number is claimed before posting, so a redelivered queue event
 * cannot post twice; a message the robot accepted is final. A transient failure is handed to the queue with
 * backoff until MAX_ATTEMPTS.
 */
export const attemptIm = async (delivery: ImDelivery, message: ImMessage, attempt: number): Promise<void> => {
  if (!(await delivery.store.create(attemptKey(message.id, attempt), { at: delivery.now() }, LEDGER_TTL_SECONDS))) return;
  const ledger = LedgerSchema.safeParse(await delivery.store.get(ledgerKey(message.id)));
  if (ledger.success && FINAL.includes(ledger.data.state)) return;
  const outcome = await delivery.post(message);
  if (outcome === 'transient' && attempt < MAX_ATTEMPTS) {
    await delivery.store.set(ledgerKey(message.id), { state: 'retrying', attempt }, LEDGER_TTL_SECONDS);
    await delivery.retryLater(message, attempt + 1, 30 * 2 ** (attempt - 1));
    return;
  }
  const state = outcome === 'transient' ? 'failed' : outcome;
  await delivery.store.set(ledgerKey(message.id), { state, attempt }, LEDGER_TTL_SECONDS);
  if (state !== 'accepted') delivery.logger.warn('IM message not delivered', { channel: message.channel, state, attempt });
};

/** Sends a message at most once: the ledger entry is created first, so a repeated send of the same message is a no-op. */
export const sendIm = async (delivery: ImDelivery, message: ImMessage): Promise<void> => {
  if (!(await delivery.store.create(ledgerKey(message.id), { state: 'sending', attempt: 1 }, LEDGER_TTL_SECONDS))) return;
  await attemptIm(delivery, message, 1);
};
