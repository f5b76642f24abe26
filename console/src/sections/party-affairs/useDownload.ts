import { accessToken } from '@/api/http';
import { problemOf } from '@/api/problem';
import { toastProblem } from '@/kit/useProblem';
import { download } from '@/kit/xlsx';

/** Downloads a file the service computes (an .xlsx), with the signed-in person's token; POST for an audited export. */
export async function downloadFile(path: string, query: Record<string, string>, filename: string, method: 'GET' | 'POST' = 'GET'): Promise<void> {
  try {
    const token = await accessToken();
    const response = await fetch(`${path}?${new URLSearchParams(query).toString()}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw await problemOf(response);
    download(await response.blob(), filename);
  } catch (problem) {
    toastProblem(problem);
  }
}
