import { eventActor, eventAssignee, eventConversationId, eventMentions } from './live';
const KEY = 'frontline.inbox.notifications';
export function loadNotifySettings(storage = localStorage) {
    try {
        const saved = JSON.parse(storage.getItem(KEY) ?? '{}');
        return { sound: saved.sound === true, desktop: saved.desktop === true };
    }
    catch {
        return { sound: false, desktop: false };
    }
}
export function saveNotifySettings(settings, storage = localStorage) {
    storage.setItem(KEY, JSON.stringify(settings));
}
/** Whether an event deserves the agent's attention: a conversation assigned to them, or a note mentioning them (not by themselves). */
export function alertFor(event, me) {
    const conversationId = eventConversationId(event);
    if (!conversationId)
        return null;
    if (eventActor(event) === me)
        return null;
    if (event.type === 'conversation.assigned' && eventAssignee(event) === me)
        return { kind: 'assigned', conversationId };
    if (event.type === 'note.added' && eventMentions(event).includes(me))
        return { kind: 'mentioned', conversationId };
    return null;
}
let audio;
/** A short, soft two-tone chime made on the spot (no audio file to load, nothing for the CSP to block). */
export function playChime() {
    try {
        audio ??= new AudioContext();
        const start = audio.currentTime;
        for (const [offset, frequency] of [[0, 880], [0.14, 1320]]) {
            const oscillator = audio.createOscillator();
            const gain = audio.createGain();
            oscillator.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, start + offset);
            gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start(start + offset);
            oscillator.stop(start + offset + 0.3);
        }
    }
    catch {
        // No audio in this browser: the visual cues remain.
    }
}
export function desktopSupported() {
    return typeof window !== 'undefined' && 'Notification' in window;
}
export function showDesktopNotification(title, body, tag, onClick) {
    if (!desktopSupported() || Notification.permission !== 'granted')
        return;
    try {
        const notification = new Notification(title, { body, tag });
        notification.onclick = () => {
            window.focus();
            onClick();
            notification.close();
        };
    }
    catch {
        // Some browsers only allow notifications from a service worker.
    }
}
