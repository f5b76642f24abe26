import { ElMessageBox } from 'element-plus';
import { onBeforeUnmount, onMounted, ref } from 'vue';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Idle limit: 30 minutes, or `localStorage['gov-console-idle-seconds']` (used by the browser tests). */
function idleLimitMs(): number {
  const configured = Number(localStorage.getItem('gov-console-idle-seconds'));
  return (Number.isFinite(configured) && configured > 0 ? configured : 30 * 60) * 1000;
}

/**
 * Signs the user out after a period without input, with a warning and a countdown one minute (or a quarter of the
 * limit, if shorter) before; any input on the warning keeps the session.
 */
export function useIdleSignOut(signOut: () => Promise<void>) {
  const secondsLeft = ref(0);
  const warning = ref(false);
  let lastInput = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;

  const touch = () => {
    if (!warning.value) lastInput = Date.now();
  };

  function tick(): void {
    const limit = idleLimitMs();
    const warnBefore = Math.min(60_000, limit / 4);
    const left = limit - (Date.now() - lastInput);
    secondsLeft.value = Math.max(0, Math.ceil(left / 1000));
    if (left <= 0) {
      stopWatching();
      ElMessageBox.close();
      void signOut();
    } else if (left <= warnBefore && !warning.value) {
      warning.value = true;
      ElMessageBox.confirm('您已较长时间未操作，为保护信息安全，系统即将自动退出登录。', '即将自动退出', {
        confirmButtonText: '继续使用',
        cancelButtonText: '立即退出',
        type: 'warning',
      })
        .then(() => {
          lastInput = Date.now();
        })
        .catch(() => void signOut())
        .finally(() => (warning.value = false));
    }
  }

  function stopWatching(): void {
    if (timer) clearInterval(timer);
    timer = undefined;
    for (const event of EVENTS) window.removeEventListener(event, touch);
  }

  onMounted(() => {
    for (const event of EVENTS) window.addEventListener(event, touch, { passive: true });
    timer = setInterval(tick, 1000);
  });
  onBeforeUnmount(stopWatching);
  return { secondsLeft, warning };
}
