import { Logger, type ArgumentsHost } from '@nestjs/common';
import { ServiceError } from '@mab/contracts';
import { AmqpConnection } from '@mab/messaging';
import { TcpProxy, TEST_AMQP_URL, TEST_POSTGRES_URL, throughProxy, waitFor } from '@mab/testing';
import type { Response } from 'supertest';
import { AllExceptionsFilter } from '../http/all-exceptions.filter';
import { bearer, registerUser, startGateway, type GatewayHarness, type Session } from './gateway-harness';

/** A dependency the gateway lost is a 503 the client may retry, with the usual error body: never a 500. */
function expectUnavailable(res: Response): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status: 503,
    body: {
      status_code: 503,
      error: 'Service Unavailable',
      code: 'service_unavailable',
      message: expect.any(String),
      details: [],
    },
  });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('a lost database or broker', () => {
  const postgres = new URL(TEST_POSTGRES_URL);
  const databaseProxy = new TcpProxy(postgres.hostname, Number(postgres.port || 5432));
  const brokerProxy = new TcpProxy('127.0.0.1', Number(new URL(TEST_AMQP_URL).port || 5672));
  let gw: GatewayHarness;
  let user: Session;
  let apiKey: string;

  beforeAll(async () => {
    await databaseProxy.start();
    await brokerProxy.start();
    gw = await startGateway({ AMQP_URL: throughProxy(TEST_AMQP_URL, brokerProxy.port) }, { databaseProxy });
    user = await registerUser(gw, 'outage');
    apiKey = (await gw.http().post('/api/auth/api-keys').set(bearer(user.access)).send({ name: 'outage' }).expect(201))
      .body.key;
  });

  afterAll(async () => {
    databaseProxy.restore();
    brokerProxy.restore();
    await gw?.close();
    await databaseProxy.stop();
    await brokerProxy.stop();
  });

  /** Runs `check` with the database cut off from the gateway, then waits until the gateway serves again. */
  async function withoutDatabase(check: () => Promise<void>): Promise<void> {
    databaseProxy.cut();
    try {
      await check();
    } finally {
      databaseProxy.restore();
      const me = () => gw.http().get('/api/auth/me').set('X-API-Key', apiKey);
      await waitFor(async () => (await me()).status === 200, { what: 'the gateway to use its database again' });
    }
  }

  it('answers 503 with Retry-After while the database is away, and serves again once it is back', async () => {
    const login = () => gw.http().post('/api/auth/login').send({ email: user.email, password: user.password });
    await withoutDatabase(async () => {
      // Authenticating an API key reads the database; so does logging in.
      expectUnavailable(await gw.http().get('/api/auth/me').set('X-API-Key', apiKey));
      expectUnavailable(await login());
    });
    await login().expect(200);
    await gw.http().get('/api/auth/me').set(bearer(user.access)).expect(200);
  });

  // A 401 would tell a signed-in client its session is over; the authentication guard lets a lost database through.
  it('answers 503, not 401, to a bearer token while the database is away', async () => {
    await withoutDatabase(async () => expectUnavailable(await gw.http().get('/api/auth/me').set(bearer(user.access))));
  });

  it('answers 503 with Retry-After when no instance of a service runs, or the broker is away', async () => {
    const ping = () => gw.http().get('/api/system/services/crm/ping').set(bearer(user.access));
    // Nobody runs crm in this test: the mandatory publish comes back unroutable.
    expectUnavailable(await ping());

    const connection = gw.app.get(AmqpConnection);
    brokerProxy.cut();
    try {
      await waitFor(() => !connection.isConnected(), { what: 'the gateway to notice the broker is gone' });
      expectUnavailable(await ping());
    } finally {
      brokerProxy.restore();
    }
    await waitFor(() => connection.isConnected(), { what: 'the gateway to reconnect' });
  });
});

describe('the error filter, for dependencies lost behind a service', () => {
  /** What the filter answers for `exception`, on a stand-in for Express's response. */
  function answer(exception: unknown) {
    const res = {
      headersSent: false,
      statusCode: 0,
      headers: {} as Record<string, string>,
      body: {} as { status_code?: number; code?: string; message?: string },
      setHeader(name: string, value: string) {
        this.headers[name.toLowerCase()] = value;
      },
      status(code: number) {
        this.statusCode = code;
        return this;
      },
      json(body: typeof this.body) {
        this.body = body;
      },
    };
    new AllExceptionsFilter().catch(exception, {
      switchToHttp: () => ({ getResponse: () => res }),
    } as unknown as ArgumentsHost);
    return res;
  }

  it("passes a service's 503 through with Retry-After and logs it as a warning; other service failures stay 502", () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      for (const lost of [
        answer(new ServiceError(503, 'database_unavailable', 'crm lost its database at 10.0.0.7')),
        answer(new Error('Connection terminated unexpectedly')),
      ]) {
        expect(lost).toMatchObject({ statusCode: 503, body: { status_code: 503, code: 'service_unavailable' } });
        expect(Number(lost.headers['retry-after'])).toBeGreaterThan(0);
        expect(lost.body.message).not.toContain('10.0.0.7');
      }
      expect([warn.mock.calls.length, error.mock.calls.length]).toEqual([2, 0]);

      const failed = answer(new ServiceError(500, 'internal_error', 'boom'));
      expect(failed).toMatchObject({ statusCode: 502, body: { status_code: 502, code: 'service_error' } });
      expect(failed.headers).not.toHaveProperty('retry-after');
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
