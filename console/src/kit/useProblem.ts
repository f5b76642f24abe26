import { ElMessage } from 'element-plus';
import { reactive, ref } from 'vue';
import { ProblemError } from '@/api/problem';

/**
 * Shows a problem+json answer on a form: field messages (Chinese, from `errors[]`) under their fields, everything else
 * as one alert with the title and detail. `run` clears both, runs the action and catches its problem.
 */
export function useProblem() {
  const fieldErrors = reactive<Record<string, string>>({});
  const formError = ref<string>('');
  const lastProblem = ref<ProblemError | undefined>();
  const busy = ref(false);

  function clear(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key];
    formError.value = '';
    lastProblem.value = undefined;
  }

  function show(error: unknown, knownFields: readonly string[] = []): void {
    if (!(error instanceof ProblemError)) {
      formError.value = error instanceof Error ? error.message : String(error);
      return;
    }
    lastProblem.value = error;
    const byField = error.fieldMessages();
    const unplaced: string[] = [];
    for (const [field, message] of Object.entries(byField)) {
      const key = knownFields.length === 0 || knownFields.includes(field) ? field : knownFields.find((k) => field.startsWith(`${k}.`) || field.startsWith(`${k}[`));
      if (key) fieldErrors[key] = message;
      else unplaced.push(message);
    }
    if (Object.keys(byField).length === 0 || unplaced.length) {
      formError.value = [error.problem.title, error.problem.detail, ...unplaced].filter(Boolean).join('：');
    }
  }

  /** Runs the action; on a problem shows it and resolves to undefined. */
  async function run<T>(action: () => Promise<T>, knownFields: readonly string[] = []): Promise<T | undefined> {
    clear();
    busy.value = true;
    try {
      return await action();
    } catch (error) {
      show(error, knownFields);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return { fieldErrors, formError, lastProblem, busy, clear, show, run };
}

/** A problem shown as a message at the top of the page (for actions without a form). */
export function toastProblem(error: unknown): void {
  const text = error instanceof ProblemError ? [error.problem.title, error.problem.detail].filter(Boolean).join('：') : String(error);
  ElMessage({ type: 'error', message: text, showClose: true, duration: 6000 });
}
