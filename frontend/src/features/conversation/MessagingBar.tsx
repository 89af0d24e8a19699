import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { isMetaMessaging, type MessagingState, renderTemplate, type TemplateChoice } from './messaging';

/**
 * Above the reply box of an SMS or WhatsApp conversation: who the reply goes to, an SMS opt-out, and WhatsApp's
 * 24-hour window; outside the window (or by choice) an approved template with its variables instead of free text.
 */
export function MessagingBar({ state, choice, onChoice }: {
  state: MessagingState; choice: TemplateChoice | null; onChoice: (choice: TemplateChoice | null) => void;
}) {
  const { t } = useTranslation('conversation');
  const whatsapp = state.channel === 'whatsapp';
  if (isMetaMessaging(state)) return <MetaWindowBar state={state} />;
  const pick = (key: string) => {
    const template = state.templates.find((tpl) => `${tpl.name}:${tpl.language}` === key);
    onChoice(template ? { template, variables: Array.from({ length: template.variables }, () => '') } : null);
  };
  return (
    <div className="messaging-bar" data-testid="messaging-bar">
      <p className="muted">
        {t(whatsapp ? 'messaging.whatsappTo' : 'messaging.smsTo', { number: state.recipient })}
        {whatsapp && state.windowOpen && state.windowClosesAt && (
          <> · <span data-testid="window-state">{t('messaging.windowOpen', { time: formatDateTime(state.windowClosesAt, { timeStyle: 'short', dateStyle: 'short' }) })}</span></>
        )}
      </p>
      {state.optedOut && <p className="warning" role="status" data-testid="opted-out">{t('messaging.optedOut')}</p>}
      {whatsapp && !state.windowOpen && (
        <p className="warning" role="status" data-testid="window-state">{t('messaging.windowClosed')}</p>
      )}
      {whatsapp && !state.optedOut && (state.templates.length > 0 ? (
        <div className="template-picker">
          <label>
            <span>{t('messaging.template')}</span>
            <select value={choice ? `${choice.template.name}:${choice.template.language}` : ''} onChange={(e) => pick(e.target.value)}>
              <option value="" disabled={!state.windowOpen}>{state.windowOpen ? t('messaging.freeText') : t('messaging.chooseTemplate')}</option>
              {state.templates.map((tpl) => (
                <option key={`${tpl.name}:${tpl.language}`} value={`${tpl.name}:${tpl.language}`}>{tpl.name} ({tpl.language})</option>
              ))}
            </select>
          </label>
          {choice && choice.variables.map((value, index) => (
            <label key={index}>
              <span>{t('messaging.variable', { n: index + 1 })}</span>
              <input value={value} maxLength={1000} onChange={(e) => onChoice({
                ...choice, variables: choice.variables.map((v, i) => (i === index ? e.target.value : v)),
              })} />
            </label>
          ))}
          {choice && (
            <p className="template-preview" data-testid="template-preview" aria-label={t('messaging.preview')}>
              {renderTemplate(choice.template.body, choice.variables)}
            </p>
          )}
        </div>
      ) : !state.windowOpen && <p className="muted">{t('messaging.noTemplates')}</p>)}
    </div>
  );
}

/**
 * Messenger and Instagram: within 24 hours of the customer's last message a standard reply, then until 7 days
 * a reply tagged HUMAN_AGENT (said so, as the customer may have moved on), later nothing until they write again.
 */
function MetaWindowBar({ state }: { state: MessagingState }) {
  const { t } = useTranslation('conversation');
  const at = (time: string | null) => (time ? formatDateTime(time, { timeStyle: 'short', dateStyle: 'short' }) : '');
  const channel = t(`messaging.${state.channel}`);
  return (
    <div className="messaging-bar" data-testid="messaging-bar">
      {state.windowOpen ? (
        <p className="muted" data-testid="window-state">{t('messaging.metaWindowOpen', { channel, time: at(state.windowClosesAt) })}</p>
      ) : state.humanAgentTag ? (
        <p className="warning" role="status" data-testid="window-state">
          {t('messaging.humanAgentTag', { channel, time: at(state.humanAgentUntil) })}
        </p>
      ) : (
        <p className="warning" role="status" data-testid="window-state">{t('messaging.metaWindowClosed', { channel })}</p>
      )}
    </div>
  );
}
