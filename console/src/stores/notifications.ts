import { defineStore } from 'pinia';
import { ref } from 'vue';
import { accessToken, get, post } from '@/api/http';

export interface NotificationItem {
  id: string;
  kind?: string;
  kindLabel?: string;
  title: string;
  body?: string | null;
  link?: string | null;
  createdAt: string;
  readAt?: string | null;
}

const POLL_MS = 30_000;

/**
 * The unread count of the bell: server-sent events from /api/notifications/stream (read with fetch, so the bearer
 * token goes in a header), falling back to polling every 30 s when the stream is unavailable.
 */
export const useNotifications = defineStore('notifications', () => {
  const unread = ref(0);
  const lastEvent = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  let stream: AbortController | undefined;

  async function refresh(): Promise<void> {
    const reply = await get<{ count?: number; unread?: number }>('/api/notifications/unread-count').catch(() => undefined);
    if (reply) unread.value = reply.count ?? reply.unread ?? 0;
  }

  async function listen(): Promise<void> {
    stream?.abort();
    const controller = (stream = new AbortController());
    try {
      const token = await accessToken();
      const response = await fetch('/api/notifications/stream', { headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) }, signal: controller.signal });
      if (!response.ok || !response.body) return; // no stream here: polling only
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        for (const event of events) {
          const data = event
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (!data) continue;
          lastEvent.value = Date.now();
          try {
            const parsed = JSON.parse(data) as { unread?: number; count?: number };
            if (typeof parsed.unread === 'number') unread.value = parsed.unread;
            else if (typeof parsed.count === 'number') unread.value = parsed.count;
            else await refresh();
          } catch {
            await refresh();
          }
        }
      }
    } catch {
      /* stream unavailable: polling keeps the count */
    }
    // A stream lives ten minutes at most: reconnect unless stopped.
    if (stream === controller && !controller.signal.aborted) setTimeout(() => stream === controller && void listen(), 5_000);
  }

  function start(): void {
    stop();
    void refresh();
    void listen();
    timer = setInterval(() => void refresh(), POLL_MS);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
    stream?.abort();
    stream = undefined;
  }

  async function markRead(id: string): Promise<void> {
    await post(`/api/notifications/${id}/read`);
    await refresh();
  }

  async function markAllRead(): Promise<void> {
    await post('/api/notifications/read-all');
    unread.value = 0;
  }

  return { unread, lastEvent, refresh, start, stop, markRead, markAllRead };
});
