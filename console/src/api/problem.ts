/** RFC 9457 problem details as the gateway sends them (application/problem+json). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

/** An error answer of the gateway, thrown by the client: always with a Chinese title and a stable code. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ? `${problem.title}：${problem.detail}` : problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** Field messages by field path (`content`, `workingDays`, `If-Match`), the prefix `字段：` removed. */
  fieldMessages(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const message = error.message.replace(/^[^：]{1,60}：/, '');
      byField[error.field] = byField[error.field] ? `${byField[error.field]}；${message}` : message;
    }
    return byField;
  }
}

const NETWORK: ProblemDetails = { title: '无法连接服务器', status: 0, code: 'NETWORK.UNREACHABLE', detail: '请检查网络后重试' };

/** Turns any answer that is not 2xx into a ProblemError (a body that is not problem+json gets a generic Chinese one). */
export async function problemOf(response: Response): Promise<ProblemError> {
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    body = undefined;
  }
  return problemFromBody(body, response.status);
}

/** The problem of a reply whose body was already read (openapi-fetch reads it into `error`). */
export function problemFromBody(body: unknown, status: number): ProblemError {
  const problem = body as Partial<ProblemDetails> | undefined;
  if (problem && typeof problem.title === 'string' && typeof problem.code === 'string') {
    return new ProblemError({ ...problem, status } as ProblemDetails);
  }
  return new ProblemError({ title: `请求失败（${status}）`, status, code: 'HTTP.UNEXPECTED', detail: '服务器返回了无法识别的应答，请稍后重试' });
}

export function networkProblem(error: unknown): ProblemError {
  return new ProblemError({ ...NETWORK, detail: `${NETWORK.detail}（${error instanceof Error ? error.message : String(error)}）` });
}
