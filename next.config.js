import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // Every messages file under locales/ is compiled at build time when imported
    // (i18n/messages.ts imports them), so pages format with a small runtime and the browser
    // gets no ICU parser (intl-messageformat: ~12 KB gzip on every page, bench/README.md).
    messages: { path: './locales', format: 'json', locales: ['en', 'pt'], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server is our own (server/main.ts); Next only renders pages.
  typescript: { tsconfigPath: './tsconfig.json' },
};

export default withNextIntl(nextConfig);
