import { createHmac } from 'node:crypto';
import { dingtalkSign } from './dingtalk-sign';
import { relaySign } from './relay-sign';

const SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const TIMESTAMP = '1764468000000';

describe('DingTalk robot signature (加签)', () => {
  it('matches a vector computed outside this code base (Python hmac, DingTalk’s documented recipe)', () => {
    expect(dingtalkSign(SECRET, TIMESTAMP)).toBe('AQRkBCihOOUNy6FcCpfdFV9ntqt/OND8EeaG75FGFZI=');
    expect(encodeURIComponent(dingtalkSign(SECRET, TIMESTAMP))).toBe('AQRkBCihOOUNy6FcCpfdFV9ntqt%2FOND8EeaG75FGFZI%3D');
  });

  it('equals HMAC-SHA256(secret, timestamp + "\\n" + secret) in base64, computed by hand', () => {
    const byHand = createHmac('sha256', Buffer.from('another-secret', 'utf8')).update(Buffer.from('1700000000000\nanother-secret', 'utf8')).digest().toString('base64');
    expect(dingtalkSign('another-secret', '1700000000000')).toBe(byHand);
  });

  it('changes with the timestamp and the secret', () => {
    expect(dingtalkSign(SECRET, '1764468000001')).not.toBe(dingtalkSign(SECRET, TIMESTAMP));
    expect(dingtalkSign(`${SECRET}x`, TIMESTAMP)).not.toBe(dingtalkSign(SECRET, TIMESTAMP));
  });
});

describe('intake relay signature', () => {
  it('matches a vector computed outside this code base, UTF-8 body and secret included', () => {
    expect(relaySign('relay-secret-中文', TIMESTAMP, 'n-0001', '{"chatid":"wrk-group-1","text":"打印机坏了"}')).toBe('VOmHnW2k0g8qmq5TxS9Cdxkk1SHhzCD7+idvRYAK95s=');
  });
});
