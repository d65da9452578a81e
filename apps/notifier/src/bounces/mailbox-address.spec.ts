import { mailboxAddress } from './mailbox-address';

describe('the bounce mailbox’s address', () => {
  it('is none when empty', () => expect(mailboxAddress(' ')).toBeNull());

  it('reads POP3, with TLS for pop3s, the default ports and an encoded password', () => {
    expect(mailboxAddress('pop3://bounces:s%40cret@127.0.0.1:1110')).toEqual({
      host: '127.0.0.1',
      port: 1110,
      tls: false,
      user: 'bounces',
      password: 's@cret',
    });
    expect(mailboxAddress('pop3s://b:p@mail.example')).toMatchObject({ port: 995, tls: true });
    expect(mailboxAddress('pop3://b:p@mail.example')).toMatchObject({ port: 110, tls: false });
  });

  it('refuses another scheme, a missing login and a text that is no URL, without quoting it', () => {
    expect(() => mailboxAddress('imap://b:p@mail.example')).toThrow('must use pop3: or pop3s:, not imap:');
    expect(() => mailboxAddress('pop3://mail.example')).toThrow('user and password');
    expect(() => mailboxAddress('secret-password')).toThrow(/^must be a URL/);
  });
});
