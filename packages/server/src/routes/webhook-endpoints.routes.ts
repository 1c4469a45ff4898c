import { Router } from 'express';
import type { AppContext } from '../app-context';
import type { Handler } from '../http/typed-handler';
import * as webhooks from '../services/webhook-endpoints.service';

/** A business's webhook endpoints, their deliveries, and sending again. */
export function webhookEndpointsRouter({ db, logger, tokenSecret, webhooks: settings, countWebhookAttempt }: AppContext): Router {
  const router = Router();
  const context = { db, logger, settings, countAttempt: countWebhookAttempt };

  const listWebhookEndpoints: Handler<'listWebhookEndpoints'> = async (_req, res) => {
    res.json(await webhooks.listWebhookEndpoints(db, res.locals.businessId));
  };

  const createWebhookEndpoint: Handler<'createWebhookEndpoint'> = async (req, res) => {
    res.status(201).json(await webhooks.createWebhookEndpoint(context, res.locals.businessId, req.body));
  };

  const getWebhookEndpoint: Handler<'getWebhookEndpoint'> = async (req, res) => {
    res.json(await webhooks.getWebhookEndpoint(db, res.locals.businessId, req.params.id));
  };

  const updateWebhookEndpoint: Handler<'updateWebhookEndpoint'> = async (req, res) => {
    res.json(await webhooks.updateWebhookEndpoint(context, res.locals.businessId, req.params.id, req.body));
  };

  const deleteWebhookEndpoint: Handler<'deleteWebhookEndpoint'> = async (req, res) => {
    await webhooks.deleteWebhookEndpoint(db, res.locals.businessId, req.params.id);
    res.status(204).end();
  };

  const rotateWebhookSecret: Handler<'rotateWebhookSecret'> = async (req, res) => {
    res.json(await webhooks.rotateWebhookSecret(context, res.locals.businessId, req.params.id, req.body));
  };

  const testWebhookEndpoint: Handler<'testWebhookEndpoint'> = async (req, res) => {
    res.json(await webhooks.testWebhookEndpoint(context, res.locals.businessId, req.params.id));
  };

  const listWebhookDeliveries: Handler<'listWebhookDeliveries'> = async (req, res) => {
    const { query } = req;
    res.json(
      await webhooks.listWebhookDeliveries(db, tokenSecret, res.locals.businessId, req.params.id, {
        status: query.status,
        eventType: query.eventType,
        pageSize: query.pageSize === undefined ? undefined : Number(query.pageSize),
        continuationToken: query.continuationToken,
      }),
    );
  };

  const retryWebhookDelivery: Handler<'retryWebhookDelivery'> = async (req, res) => {
    res.status(202).json(await webhooks.retryWebhookDelivery(db, res.locals.businessId, req.params.id, req.params.deliveryId));
  };

  const replayWebhookEvents: Handler<'replayWebhookEvents'> = async (req, res) => {
    res.status(202).json(await webhooks.replayWebhookEvents(db, res.locals.businessId, req.params.id, req.body));
  };

  router.get('/webhook-endpoints', listWebhookEndpoints);
  router.post('/webhook-endpoints', createWebhookEndpoint);
  router.get('/webhook-endpoints/:id', getWebhookEndpoint);
  router.patch('/webhook-endpoints/:id', updateWebhookEndpoint);
  router.delete('/webhook-endpoints/:id', deleteWebhookEndpoint);
  router.post('/webhook-endpoints/:id/rotate-secret', rotateWebhookSecret);
  router.post('/webhook-endpoints/:id/test', testWebhookEndpoint);
  router.get('/webhook-endpoints/:id/deliveries', listWebhookDeliveries);
  router.post('/webhook-endpoints/:id/deliveries/:deliveryId/retry', retryWebhookDelivery);
  router.post('/webhook-endpoints/:id/replay', replayWebhookEvents);
  return router;
}
