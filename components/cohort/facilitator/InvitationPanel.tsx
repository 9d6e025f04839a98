'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Locale } from '../../../lib/quiz/types';
import { Button } from '../../ui/Button';
import { formatInviteCode } from './format';

/** A button that copies a text and says so for a moment (and to screen readers). */
function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="secondary"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </Button>
  );
}

/**
 * How people get in: the invitation (link, code, QR) that may go on a projector, and, behind
 * a disclosure, the facilitator link that must not. The link needs the key, which this page
 * holds only right after creating the space or arriving by the link (it lives in an HttpOnly
 * cookie otherwise, out of script's reach), so at other times the panel says where to find it.
 */
export function InvitationPanel({ cohortId, inviteCode, spaceLocale, facilitatorKey, closed }: { cohortId: string; inviteCode: string; spaceLocale: Locale; facilitatorKey: string | null; closed: boolean }) {
  const t = useTranslations('CohortFacilitator');
  const [origin, setOrigin] = useState('');
  const [qrSvg, setQrSvg] = useState<string | null>(null);
  const [showKey, setShowKey] = useState(false);
  const code = formatInviteCode(inviteCode);
  const inviteUrl = `${origin}/${spaceLocale}/cohorts/join?code=${inviteCode}`;
  const facilitatorUrl = facilitatorKey && `${origin}/${spaceLocale}/cohorts/${cohortId}/dashboard#key=${encodeURIComponent(facilitatorKey)}`;

  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => {
    if (!origin) return;
    let live = true;
    // Loaded only here, so the QR encoder is not in the first load of any page.
    void import('qrcode')
      .then((QRCode) => QRCode.toString(inviteUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', width: 136 }))
      .then((svg) => live && setQrSvg(svg))
      .catch(() => live && setQrSvg(null));
    return () => {
      live = false;
    };
  }, [origin, inviteUrl]);

  return (
    <section aria-labelledby="cohort-invite-title" className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="cohort-invite-title" className="text-xl font-bold">
        {t('invite.title')}
      </h2>
      {closed ? (
        <p className="text-slate-700 dark:text-slate-300">{t('invite.closed')}</p>
      ) : (
        <>
          <div className="space-y-1">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{t('invite.code')}</p>
            <p className="whitespace-nowrap font-mono text-4xl font-extrabold tracking-widest" data-testid="cohort-invite-code">
              {code}
            </p>
          </div>
          <div className="flex items-center gap-4">
            <div className="h-[152px] w-[152px] shrink-0 rounded-xl bg-white p-2 ring-1 ring-slate-200 dark:ring-0">
              {qrSvg && <div role="img" aria-label={t('invite.qrAlt', { code })} dangerouslySetInnerHTML={{ __html: qrSvg }} />}
            </div>
            <p className="text-slate-700 dark:text-slate-300">{t('invite.codeHint')}</p>
          </div>
          <div className="space-y-2">
            <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{t('invite.link')}</p>
            <p className="break-all rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm dark:bg-slate-800" data-testid="cohort-invite-link">
              {inviteUrl}
            </p>
            <CopyButton text={inviteUrl} label={t('invite.copyLink')} done={t('copied')} />
          </div>
        </>
      )}
      <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <h3 className="font-semibold">{t('invite.facilitatorTitle')}</h3>
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <span aria-hidden="true">⚠ </span>
          {t('invite.facilitatorWarning')}
        </p>
        {facilitatorUrl ? (
          <>
            <div className="flex flex-wrap gap-2">
              <CopyButton text={facilitatorUrl} label={t('invite.copyFacilitatorLink')} done={t('copied')} />
              <Button variant="ghost" aria-expanded={showKey} aria-controls="cohort-facilitator-link" onClick={() => setShowKey((v) => !v)}>
                {showKey ? t('invite.hideFacilitatorLink') : t('invite.showFacilitatorLink')}
              </Button>
            </div>
            <p id="cohort-facilitator-link" hidden={!showKey} className="break-all rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm dark:bg-slate-800">
              {facilitatorUrl}
            </p>
          </>
        ) : (
          <p className="text-slate-700 dark:text-slate-300" data-testid="facilitator-link-hidden">
            {t('invite.facilitatorLinkHidden')}
          </p>
        )}
      </div>
    </section>
  );
}
