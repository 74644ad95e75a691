import { randomBytes } from 'node:crypto';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A small HTTP client for end-to-end tests against a running gateway, as the frontend (or a curl user) calls it:
 * JSON in, JSON out, the Bearer token or API key of the session it was made for.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The same API as someone else (a Bearer token or an `X-API-Key`). */
  as(credentials: { token?: string; apiKey?: string }): ApiClient {
    return new ApiClient(this.baseUrl, {
      ...(credentials.token ? { Authorization: `Bearer ${credentials.token}` } : {}),
      ...(credentials.apiKey ? { 'X-API-Key': credentials.apiKey } : {}),
    });
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (HTML, plain text): kept as text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export interface SignedUp {
  api: ApiClient;
  email: string;
  password: string;
  userId: string;
  workspaceId: string;
  accessToken: string;
}

/** Registers a new account (with its own workspace) and returns a client signed in as it. */
export async function signUp(baseUrl: string, label = 'user'): Promise<SignedUp> {
  const email = `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.com`;
  const password = 'correct horse battery staple';
  const res = await new ApiClient(baseUrl).post('/api/auth/register', {
    email,
    password,
    name: label,
    workspace_name: `${label}'s workspace`,
  });
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${JSON.stringify(res.body)}`);
  return {
    api: new ApiClient(baseUrl).as({ token: res.body.access_token }),
    email,
    password,
    userId: res.body.user.id,
    workspaceId: res.body.workspace.id,
    accessToken: res.body.access_token,
  };
}
