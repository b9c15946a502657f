import { z } from 'zod';

/** A group message worth a request, whichever platform it came from. */
export interface ImIntakeMessage {
  readonly source: 'dingtalk' | 'wecom';
  readonly groupId: string;
  /** The platform's message id, when it gives one: a redelivered message creates nothing new. */
  readonly messageId: string | null;
  readonly sender: string | null;
  readonly text: string;
}

/** DingTalk outgoing-robot callback body (the fields used). */
const DingTalkSchema = z.object({
  msgId: z.string().optional(),
  conversationId: z.string().min(1),
  senderNick: z.string().optional(),
  text: z.object({ content: z.string() }),
});

/** The WeCom relay's body. */
const RelaySchema = z.object({
  msgId: z.string().optional(),
  chatid: z.string().min(1),
  sender: z.string().optional(),
  text: z.string(),
});

export const parseImIntake = (source: 'dingtalk' | 'wecom', body: string): ImIntakeMessage | null => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (source === 'dingtalk') {
    const parsed = DingTalkSchema.safeParse(json);
    if (!parsed.success) return null;
    const d = parsed.data;
    return { source, groupId: d.conversationId, messageId: d.msgId ?? null, sender: d.senderNick ?? null, text: d.text.content.trim() };
  }
  const parsed = RelaySchema.safeParse(json);
  if (!parsed.success) return null;
  const r = parsed.data;
  return { source, groupId: r.chatid, messageId: r.msgId ?? null, sender: r.sender ?? null, text: r.text.trim() };
};
