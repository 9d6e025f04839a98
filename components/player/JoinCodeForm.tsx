'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '../../i18n/navigation';
import { Button } from '../ui/Button';

/**
 * The home page's code box: goes to the join page with the code filled in. An 8-character code
 * (with or without its dash) is a cohort space's invitation, which has its own join page.
 */
export function JoinCodeForm() {
  const t = useTranslations('Join');
  const home = useTranslations('Home');
  const router = useRouter();
  const [code, setCode] = useState('');
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = code.trim().toUpperCase();
        const invite = typed.replace(/[\s-]/g, '');
        if (/^[A-Z0-9]{8}$/.test(invite)) return router.push({ pathname: '/cohorts/join', query: { code: invite } });
        router.push({ pathname: '/join', query: typed ? { code: typed } : {} });
      }}
    >
      <label className="flex flex-col gap-1 font-medium">
        {t('code')}
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={9}
          className="w-48 rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-xl uppercase tracking-widest dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
      <Button type="submit">{home('joinAction')}</Button>
    </form>
  );
}
