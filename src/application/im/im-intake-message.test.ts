import { parseImIntake } from './im-intake-message';

describe('parseImIntake', () => {
  it('reads a DingTalk outgoing-robot callback', () => {
    const body = JSON.stringify({ msgtype: 'text', text: { content: ' VPN 连不上 ' }, msgId: 'm1', conversationId: 'cid1', senderNick: '王五' });
    expect(parseImIntake('dingtalk', body)).toEqual({ source: 'dingtalk', groupId: 'cid1', messageId: 'm1', sender: '王五', text: 'VPN 连不上' });
  });

  it('reads the WeCom relay body', () => {
    expect(parseImIntake('wecom', JSON.stringify({ chatid: 'wrk1', text: '投影仪' }))).toEqual({ source: 'wecom', groupId: 'wrk1', messageId: null, sender: null, text: '投影仪' });
  });

  it('gives null for anything else', () => {
    expect(parseImIntake('dingtalk', 'not json')).toBeNull();
    expect(parseImIntake('dingtalk', JSON.stringify({ text: { content: 'x' } }))).toBeNull();
    expect(parseImIntake('wecom', JSON.stringify({ chatid: '', text: 'x' }))).toBeNull();
  });
});
