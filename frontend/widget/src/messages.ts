// The widget's words in each language it speaks; chosen by the visitor's browser language.
export type Words = typeof en;

const en = {
  open: 'Chat with us',
  close: 'Close chat',
  unread_one: '{{count}} unread message',
  unread_other: '{{count}} unread messages',
  placeholder: 'Write a message…',
  send: 'Send',
  typing: 'Typing…',
  wait: 'We usually reply in {{time}}.',
  waitUnknown: 'We reply as soon as we can.',
  offline: 'Nobody is available right now. Leave your email and we will answer by email.',
  linkExpired: 'This chat link has expired, so this is a new chat. Write to us and we will pick it up.',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  hours_one: '{{count}} hour',
  hours_other: '{{count}} hours',
  lessThanAMinute: 'under a minute',
  name: 'Name',
  email: 'Email',
  question: 'How can we help?',
  start: 'Start chat',
  reconnecting: 'Reconnecting…',
  failed: 'Not sent. It will be retried.',
  you: 'You',
  resolved: 'This conversation was resolved. How did we do?',
  rate: 'Rate {{score}} of 5',
  comment: 'Comment (optional)',
  submitRating: 'Send rating',
  thanks: 'Thank you for your feedback!',
  conversation: 'Conversation',
  invalidEmail: 'Enter a valid email address.',
  attach: 'Attach a file',
  tooLarge: 'This file is too large (at most {{size}} MB).',
  notAllowed: 'This kind of file cannot be sent. Images, PDF, Office documents and text files can.',
  uploadFailed: 'The file could not be sent. Try again.',
  download: 'Download {{name}}',
  emailFollowUp: 'Thank you! We will answer by email at {{email}}.',
};

const zhHans: Words = {
  open: '与我们聊天',
  close: '关闭聊天',
  unread_one: '{{count}} 条未读消息',
  unread_other: '{{count}} 条未读消息',
  placeholder: '输入消息…',
  send: '发送',
  typing: '正在输入…',
  wait: '我们通常在{{time}}内回复。',
  waitUnknown: '我们会尽快回复。',
  offline: '目前没有客服在线。请留下邮箱，我们会通过邮件回复您。',
  linkExpired: '此聊天链接已过期，这是一个新的聊天。请留言，我们会继续跟进。',
  minutes_one: '{{count}} 分钟',
  minutes_other: '{{count}} 分钟',
  hours_one: '{{count}} 小时',
  hours_other: '{{count}} 小时',
  lessThanAMinute: '一分钟',
  name: '姓名',
  email: '邮箱',
  question: '有什么可以帮您？',
  start: '开始聊天',
  reconnecting: '正在重新连接…',
  failed: '发送失败，将自动重试。',
  you: '您',
  resolved: '此对话已解决。请为我们的服务评分。',
  rate: '评分 {{score}}/5',
  comment: '评论（可选）',
  submitRating: '提交评分',
  thanks: '感谢您的反馈！',
  conversation: '对话',
  invalidEmail: '请输入有效的邮箱地址。',
  attach: '添加文件',
  tooLarge: '文件太大（最大 {{size}} MB）。',
  notAllowed: '无法发送此类文件。可以发送图片、PDF、Office 文档和文本文件。',
  uploadFailed: '文件发送失败，请重试。',
  download: '下载 {{name}}',
  emailFollowUp: '谢谢！我们会通过邮件回复到 {{email}}。',
};

const zhHant: Words = {
  open: '與我們聊天',
  close: '關閉聊天',
  unread_one: '{{count}} 則未讀訊息',
  unread_other: '{{count}} 則未讀訊息',
  placeholder: '輸入訊息…',
  send: '傳送',
  typing: '正在輸入…',
  wait: '我們通常在{{time}}內回覆。',
  waitUnknown: '我們會盡快回覆。',
  offline: '目前沒有客服在線。請留下電子郵件，我們會以郵件回覆您。',
  linkExpired: '此聊天連結已過期，這是一個新的聊天。請留言，我們會繼續跟進。',
  minutes_one: '{{count}} 分鐘',
  minutes_other: '{{count}} 分鐘',
  hours_one: '{{count}} 小時',
  hours_other: '{{count}} 小時',
  lessThanAMinute: '一分鐘',
  name: '姓名',
  email: '電子郵件',
  question: '有什麼可以幫您？',
  start: '開始聊天',
  reconnecting: '正在重新連線…',
  failed: '傳送失敗，將自動重試。',
  you: '您',
  resolved: '此對話已解決。請為我們的服務評分。',
  rate: '評分 {{score}}/5',
  comment: '意見（選填）',
  submitRating: '送出評分',
  thanks: '感謝您的回饋！',
  conversation: '對話',
  invalidEmail: '請輸入有效的電子郵件地址。',
  attach: '附加檔案',
  tooLarge: '檔案太大（最大 {{size}} MB）。',
  notAllowed: '無法傳送此類檔案。可以傳送圖片、PDF、Office 文件和文字檔。',
  uploadFailed: '檔案傳送失敗，請再試一次。',
  download: '下載 {{name}}',
  emailFollowUp: '謝謝！我們會以電子郵件回覆至 {{email}}。',
};

const ko: Words = {
  open: '채팅 상담',
  close: '채팅 닫기',
  unread_one: '읽지 않은 메시지 {{count}}개',
  unread_other: '읽지 않은 메시지 {{count}}개',
  placeholder: '메시지를 입력하세요…',
  send: '보내기',
  typing: '입력 중…',
  wait: '보통 {{time}} 안에 답변드립니다.',
  waitUnknown: '최대한 빨리 답변드리겠습니다.',
  offline: '지금은 상담 가능한 직원이 없습니다. 이메일을 남겨 주시면 이메일로 답변드리겠습니다.',
  linkExpired: '이 채팅 링크가 만료되어 새 채팅으로 시작합니다. 메시지를 남겨 주시면 이어서 도와드리겠습니다.',
  minutes_one: '{{count}}분',
  minutes_other: '{{count}}분',
  hours_one: '{{count}}시간',
  hours_other: '{{count}}시간',
  lessThanAMinute: '1분',
  name: '이름',
  email: '이메일',
  question: '무엇을 도와드릴까요?',
  start: '채팅 시작',
  reconnecting: '다시 연결하는 중…',
  failed: '전송되지 않았습니다. 다시 시도합니다.',
  you: '나',
  resolved: '상담이 완료되었습니다. 상담은 어떠셨나요?',
  rate: '5점 중 {{score}}점',
  comment: '의견 (선택)',
  submitRating: '평가 보내기',
  thanks: '소중한 의견 감사합니다!',
  conversation: '대화',
  invalidEmail: '올바른 이메일 주소를 입력하세요.',
  attach: '파일 첨부',
  tooLarge: '파일이 너무 큽니다(최대 {{size}}MB).',
  notAllowed: '이 형식의 파일은 보낼 수 없습니다. 이미지, PDF, Office 문서, 텍스트 파일을 보낼 수 있습니다.',
  uploadFailed: '파일을 보내지 못했습니다. 다시 시도하세요.',
  download: '{{name}} 다운로드',
  emailFollowUp: '감사합니다! {{email}}(으)로 이메일 답변을 드리겠습니다.',
};

export const catalogs: Record<string, Words> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ko };

/** en, zh-Hans, zh-Hant or ko for a BCP 47 tag (zh-TW, zh-HK and zh-MO read Traditional Chinese). */
export function pickLocale(tag: string | undefined): string {
  const lower = (tag ?? 'en').toLowerCase();
  if (lower.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  }
  if (lower.startsWith('ko')) return 'ko';
  return 'en';
}

export function translator(locale: string) {
  const words = catalogs[locale] ?? en;
  return (key: string, values: Record<string, string | number> = {}): string => {
    const count = values.count;
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : key;
    const template = (words as Record<string, string>)[plural] ?? (words as Record<string, string>)[key] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

/** The expected wait in words: under a minute, n minutes, n hours. */
export function waitText(t: ReturnType<typeof translator>, seconds: number): string {
  if (seconds < 60) return t('lessThanAMinute');
  if (seconds < 3600) return t('minutes', { count: Math.round(seconds / 60) });
  return t('hours', { count: Math.round(seconds / 3600) });
}
