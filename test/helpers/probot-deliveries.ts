// When the App has finished with a webhook delivery. Probot's webhook middleware answers 202 ("still
// processing") once a handler has run for 9 seconds, which a loaded machine reaches, and finishes
// the handler in the background; a test must look at the outcome only after that.

import type { Probot } from 'probot';

/** Webhook statuses that mean the App took the delivery: 200, or 202 when it finished in the background. */
export const ACCEPTED = [200, 202];

/**
 * Follows each delivery through `probot.webhooks` (the instance the middleware calls; call this after
 * createNodeMiddleware has initialized it) and returns a wait for a delivery's handling to end, which
 * rethrows a handler's failure that a 202 could not report.
 */
export function followDeliveries(probot: Probot): (deliveryId: string) => Promise<void> {
  const webhooks = probot.webhooks;
  const handling = new Map<string, Promise<void>>();
  const verifyAndReceive = webhooks.verifyAndReceive;
  webhooks.verifyAndReceive = (options) => {
    const done = verifyAndReceive(options);
    handling.set(options.id, done);
    return done;
  };
  return async (deliveryId) => {
    try {
      await handling.get(deliveryId);
    } catch (error) {
      throw new Error(
        `The App's handler of delivery ${deliveryId} failed after answering 202: ${(error as Error).message}`,
        { cause: error },
      );
    }
  };
}
