import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server is our own (server/main.ts); Next only renders pages.
  typescript: { tsconfigPath: './tsconfig.json' },
};

export default withNextIntl(nextConfig);
