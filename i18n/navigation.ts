import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware Link and router: use these, not next/link, so the language is kept. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
