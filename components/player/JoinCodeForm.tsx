'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '../../i18n/navigation';
import { Button } from '../ui/Button';

/** The home page's code box: goes to the join page with the code filled in. */
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
        router.push({ pathname: '/join', query: code.trim() ? { code: code.trim().toUpperCase() } : {} });
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
          maxLength={6}
          className="w-40 rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-xl uppercase tracking-widest dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
      <Button type="submit">{home('joinAction')}</Button>
    </form>
  );
}
