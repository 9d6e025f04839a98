import type { routing } from './routing';
import type messages from '../locales/en.json';

// en.json is the typed source of truth for message keys; pt.json mirrors it.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
