// Styles live inside the widget's shadow root, so the host page's CSS cannot reach them and ours cannot leak.
export const styles = `
:host { all: initial !important; position: fixed !important; z-index: 2147483000 !important; right: 20px !important;
  bottom: 20px !important; display: block !important; --accent: #2f5bea; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Noto Sans CJK SC",
  "Malgun Gothic", sans-serif; font-size: 14px; line-height: 1.45; color: inherit; letter-spacing: normal; text-transform: none; }
.panel, .launcher { color: #1d2433; text-align: left; }
button { cursor: pointer; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: 0; background: var(--accent); color: #fff; padding: 0;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); display: grid; place-items: center; position: relative; }
.launcher svg { width: 26px; height: 26px; fill: currentColor; }
.badge { position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px;
  background: #d92d20; color: #fff; font-size: 12px; line-height: 20px; text-align: center; }
.panel { position: absolute; right: 0; bottom: 72px; width: 360px; height: 520px; max-height: calc(100vh - 110px);
  background: #fff; border: 1px solid #d9dee8; border-radius: 12px; box-shadow: 0 10px 30px rgba(0,0,0,.2);
  display: flex; flex-direction: column; overflow: hidden; }
.panel[hidden] { display: none; }
header { background: var(--accent); color: #fff; padding: 12px 14px; display: flex; align-items: flex-start; gap: 8px; }
header .title { font-weight: 600; font-size: 15px; color: #fff; }
header .sub { font-size: 12px; opacity: .9; color: #fff; }
header .grow { flex: 1; min-width: 0; }
header button { background: transparent; border: 0; color: #fff; font-size: 20px; line-height: 1; padding: 2px 6px; }
.notice { background: #fff6e0; color: #6b4d00; padding: 8px 14px; font-size: 13px; border-bottom: 1px solid #f0e2b8; }
.notice[hidden] { display: none; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 6px; background: #f6f7fb; }
.msg { max-width: 80%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.visitor { align-self: flex-end; background: var(--accent); color: #fff; border-bottom-right-radius: 4px; }
.msg.agent, .msg.system { align-self: flex-start; background: #fff; border: 1px solid #e1e5ee; border-bottom-left-radius: 4px; }
.msg.bot { align-self: flex-start; background: #eef3ff; border: 1px solid #cdd9f7; border-bottom-left-radius: 4px; }
.msg:lang(ko) { word-break: keep-all; }
.msg .articles { list-style: none; margin: 8px 0 0; padding: 0; display: flex; flex-direction: column; gap: 8px; white-space: normal; }
.msg .articles a, .msg .articles strong { display: block; font-weight: 600; color: var(--accent); }
.msg .articles .snippet { display: block; font-size: 12px; color: #5b6478; }
.msg .choices { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; white-space: normal; }
.msg .choices button { flex: 1 1 auto; min-height: 34px; padding: 0 12px; border-radius: 8px; font-size: 13px; }
.msg .choices button:disabled { opacity: .5; cursor: default; }
.secondary { background: #fff; color: #1d2433; border: 1px solid #cfd5e1; font-weight: 600; }
.msg.pending { opacity: .6; }
.msg.failed { opacity: 1; outline: 2px solid #c0392b; outline-offset: 1px; }
.msg.failed::after { content: '!'; display: inline-block; margin-left: 6px; width: 14px; height: 14px; line-height: 14px; border-radius: 50%; background: #fff; color: #c0392b; font-size: 11px; font-weight: 700; text-align: center; }
.msg .files { font-size: 12px; display: flex; flex-direction: column; gap: 4px; margin-top: 4px; }
.msg .files a { color: inherit; text-decoration: underline; }
.msg .files img { display: block; max-width: 200px; max-height: 160px; border-radius: 8px; background: #e1e5ee; min-width: 40px; min-height: 40px; }
.attach { position: relative; display: grid; place-items: center; width: 38px; min-height: 38px; border-radius: 8px; cursor: pointer; color: #5b6478; flex: none; }
.attach:focus-within { outline: 2px solid var(--accent); }
.attach input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.attach svg { width: 20px; height: 20px; fill: currentColor; }
.greeting { align-self: center; color: #5b6478; font-size: 13px; text-align: center; }
.typing { padding: 0 14px 4px; font-size: 12px; color: #5b6478; min-height: 18px; background: #f6f7fb; }
form.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e1e5ee; }
textarea { flex: 1; resize: none; border: 1px solid #cfd5e1; border-radius: 8px; padding: 8px; min-height: 38px; max-height: 120px; color: inherit; }
textarea:focus, input:focus { outline: 2px solid var(--accent); outline-offset: 0; }
.primary { background: var(--accent); color: #fff; border: 0; border-radius: 8px; padding: 0 14px; font-weight: 600; min-height: 38px; }
form.prechat, .rating { padding: 14px; display: flex; flex-direction: column; gap: 8px; }
form.prechat[hidden], .rating[hidden], form.composer[hidden] { display: none; }
label { display: flex; flex-direction: column; gap: 3px; font-size: 13px; color: #3a4357; }
input { border: 1px solid #cfd5e1; border-radius: 8px; padding: 8px; color: inherit; }
.error { color: #b42318; font-size: 12px; }
.stars { display: flex; gap: 4px; }
.stars button { border: 1px solid #cfd5e1; background: #fff; border-radius: 6px; width: 40px; height: 36px; font-size: 18px; color: #c9a400; }
.stars button[aria-pressed="true"] { background: #fff3c2; border-color: #c9a400; }
@media (max-width: 480px) {
  :host { right: 12px !important; bottom: 12px !important; }
  textarea, input { font-size: 16px; }
  .panel:not([hidden]) ~ .launcher { display: none; }
  .panel { position: fixed; inset: 0; width: auto; height: auto; max-height: none; border-radius: 0; border: 0; }
}
:host(.page) { inset: 0 !important; right: 0 !important; bottom: 0 !important; }
:host(.page) .panel { position: absolute; inset: 0; width: auto; height: auto; max-height: none; border: 0; border-radius: 0;
  box-shadow: none; }
:host(.page) .launcher, :host(.page) .close { display: none; }
`;
