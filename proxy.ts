import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy } from './lib/security/csp';

const intl = createMiddleware(routing);

/**
 * Every page request: a fresh nonce and the Content-Security-Policy that names it, on the
 * request (Next reads it there to put the nonce on its scripts) and on the response; then the
 * locale prefix, picked from Accept-Language (or the last one chosen).
 */
export default function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but the API, Next's own files, Socket.io and files with an extension.
  matcher: ['/((?!api|_next|_vercel|socket\\.io|.*\\..*).*)'],
};
