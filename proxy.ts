import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/** Adds the locale prefix, picking it from Accept-Language (or the last one chosen). */
export default createMiddleware(routing);

export const config = {
  // Everything but the API, Next's own files, Socket.io and files with an extension.
  matcher: ['/((?!api|_next|_vercel|socket\\.io|.*\\..*).*)'],
};
