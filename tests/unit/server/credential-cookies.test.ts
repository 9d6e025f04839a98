import { describe, expect, it } from 'vitest';
import {
  clearCredentialCookie,
  credentialCookieName,
  credentialFromCookie,
  parseCookieHeader,
  requestIsSecure,
  serializeCredentialCookie,
} from '../../../server/http/credential-cookies';

const SECRET = 'Xq3vR8mZt0aLk2pW5yNc7dHf9gJs1uEb4oTi6rYwQ2e';
const plain = { encrypted: false };

describe('credential cookies', () => {
  it('are named by kind and code, so each session and space has its own', () => {
    expect(credentialCookieName('host', 'K7PM3Q')).toBe('sh_host_K7PM3Q');
    expect(credentialCookieName('member', 'abc123_x')).toBe('sh_member_abc123_x');
    expect(() => credentialCookieName('player', 'no;way')).toThrow();
  });

  it('are HttpOnly, SameSite=Strict, for the whole site, with a lifetime per kind', () => {
    const cookie = serializeCredentialCookie('host', 'K7PM3Q', SECRET, { secure: false });
    expect(cookie).toBe(`sh_host_K7PM3Q=${SECRET}; Path=/; Max-Age=604800; HttpOnly; SameSite=Strict`);
    expect(serializeCredentialCookie('player', 'K7PM3Q', SECRET, { secure: false })).toContain('Max-Age=86400;');
  });

  it('are Secure only when the request came over https', () => {
    expect(serializeCredentialCookie('facilitator', 'c1', SECRET, { secure: true })).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    expect(clearCredentialCookie('member', 'c1', { secure: true })).toBe('sh_member_c1=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure');
  });

  it('never carry something that is not a secret', () => {
    expect(() => serializeCredentialCookie('host', 'K7PM3Q', 'short; Domain=evil', { secure: false })).toThrow();
  });

  it('are read back from a Cookie header by kind and code only', () => {
    const header = `theme=dark; sh_host_K7PM3Q=${SECRET}; sh_player_AAAAAA="${SECRET}"`;
    expect(parseCookieHeader(header).get('theme')).toBe('dark');
    expect(credentialFromCookie(header, 'host', 'K7PM3Q')).toBe(SECRET);
    expect(credentialFromCookie(header, 'player', 'AAAAAA')).toBe(SECRET);
    expect(credentialFromCookie(header, 'player', 'K7PM3Q')).toBeUndefined();
    expect(credentialFromCookie(header, 'host', 'BBBBBB')).toBeUndefined();
    expect(credentialFromCookie(undefined, 'host', 'K7PM3Q')).toBeUndefined();
    expect(credentialFromCookie('sh_host_K7PM3Q=not-a-secret', 'host', 'K7PM3Q')).toBeUndefined();
    expect(credentialFromCookie(header, 'host', 'bad key;')).toBeUndefined();
  });

  it('know https from a TLS socket, or from X-Forwarded-Proto only behind a trusted proxy', () => {
    expect(requestIsSecure({ headers: {}, socket: { encrypted: true } }, false)).toBe(true);
    expect(requestIsSecure({ headers: {}, socket: plain }, true)).toBe(false);
    expect(requestIsSecure({ headers: { 'x-forwarded-proto': 'https' }, socket: plain }, false)).toBe(false);
    expect(requestIsSecure({ headers: { 'x-forwarded-proto': 'https' }, socket: plain }, true)).toBe(true);
    expect(requestIsSecure({ headers: { 'x-forwarded-proto': 'HTTPS, http' }, socket: plain }, true)).toBe(true);
    expect(requestIsSecure({ headers: { 'x-forwarded-proto': 'http' }, socket: plain }, true)).toBe(false);
  });
});
