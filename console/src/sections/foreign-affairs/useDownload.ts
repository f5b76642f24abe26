import { ref } from 'vue';
import { accessToken } from '@/api/http';
import { problemOf } from '@/api/problem';
import { toastProblem } from '@/kit/useProblem';
import { download } from '@/kit/xlsx';

/** Downloads a file the service computes (the register as .xlsx), with the session's token. */
export function useDownload() {
  const downloading = ref(false);
  async function fetchFile(path: string, fileName: string): Promise<void> {
    downloading.value = true;
    try {
      const token = await accessToken();
      const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw await problemOf(response);
      download(await response.blob(), fileName);
    } catch (problem) {
      toastProblem(problem);
    } finally {
      downloading.value = false;
    }
  }
  return { downloading, fetchFile };
}
