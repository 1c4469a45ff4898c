// Named views of the types generated from spec/openapi.yaml (see openapi.d.ts).
import type { components, operations, paths, webhooks } from './openapi';

export type { components, operations, paths, webhooks };

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type DispositionResponse = Schemas['DispositionResponse'];
export type CreateDispositionRequest = Schemas['CreateDispositionRequest'];
export type UpdateDispositionRequest = Schemas['UpdateDispositionRequest'];
export type DispositionExport = Schemas['DispositionExport'];
export type DispositionExportRow = Schemas['DispositionExportRow'];
export type StatusChangeFields = Schemas['StatusChangeFields'];
export type LeadStatusChangeResponse = Schemas['LeadStatusChangeResponse'];
export type CreateLeadStatusChangeRequest = Schemas['CreateLeadStatusChangeRequest'];
export type UpdateLeadStatusChangeRequest = Schemas['UpdateLeadStatusChangeRequest'];
export type LeadStatusChangeExport = Schemas['LeadStatusChangeExport'];
export type LeadStatusChangeExportRow = Schemas['LeadStatusChangeExportRow'];
export type LeadStatusChangePage = Schemas['LeadStatusChangePage'];
export type Category = Schemas['Category'];
export type ChangeSource = Schemas['ChangeSource'];
export type LeadStatusRequest = Schemas['LeadStatusRequest'];
export type CreateLeadStatusRequest = Schemas['CreateLeadStatusRequest'];
export type LeadStatusResponse = Schemas['LeadStatusResponse'];
export type DispositionQueryOptions = Schemas['DispositionQueryOptions'];
export type DispositionPage = Schemas['DispositionPage'];
export type DispositionOrderField = Schemas['DispositionOrderField'];
export type DispositionFilterField = Schemas['DispositionFilterField'];
export type DispositionRangeField = Schemas['DispositionRangeField'];
export type DispositionSearchField = Schemas['DispositionSearchField'];
export type LeadRequest = Schemas['LeadRequest'];
export type LeadResponse = Schemas['LeadResponse'];
export type LeadQueryOptions = Schemas['LeadQueryOptions'];
export type LeadPage = Schemas['LeadPage'];
export type LeadOrderField = Schemas['LeadOrderField'];
export type LeadFilterField = Schemas['LeadFilterField'];
export type LeadRangeField = Schemas['LeadRangeField'];
export type LeadSearchField = Schemas['LeadSearchField'];
export type CurrentDisposition = Schemas['CurrentDisposition'];
export type OutcomeReportRequest = Schemas['OutcomeReportRequest'];
export type OutcomeReport = Schemas['OutcomeReport'];
export type OutcomeReportDimension = Schemas['OutcomeReportDimension'];
export type FollowUpReportRequest = Schemas['FollowUpReportRequest'];
export type FollowUpReport = Schemas['FollowUpReport'];
export type FollowUpKind = Schemas['FollowUpKind'];
export type FollowUpView = Schemas['FollowUpView'];
export type FollowUp = Schemas['FollowUp'];
export type FollowUpPage = Schemas['FollowUpPage'];
export type CalendarFeed = Schemas['CalendarFeed'];
export type CalendarFeedWithUrl = Schemas['CalendarFeedWithUrl'];
export type CalendarFeedRequest = Schemas['CalendarFeedRequest'];
export type EventId = Schemas['EventId'];
export type ChangeEventType = Schemas['ChangeEventType'];
export type EventTypeSelector = Schemas['EventTypeSelector'];
export type ChangeEvent = Schemas['ChangeEvent'];
export type ChangeEventPage = Schemas['ChangeEventPage'];
export type DispositionEvent = Schemas['DispositionEvent'];
export type LeadEvent = Schemas['LeadEvent'];
export type LeadStatusEvent = Schemas['LeadStatusEvent'];
export type FollowUpEvent = Schemas['FollowUpEvent'];
export type WebhookEndpointDisabledEvent = Schemas['WebhookEndpointDisabledEvent'];
export type WebhookTestEvent = Schemas['WebhookTestEvent'];
export type WebhookTestObject = Schemas['WebhookTestObject'];
export type WebhookEndpointRequest = Schemas['WebhookEndpointRequest'];
export type WebhookEndpointUpdate = Schemas['WebhookEndpointUpdate'];
export type WebhookEndpointStatus = Schemas['WebhookEndpointStatus'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecret'];
export type WebhookEndpointList = Schemas['WebhookEndpointList'];
export type WebhookSecret = Schemas['WebhookSecret'];
export type RotateWebhookSecretRequest = Schemas['RotateWebhookSecretRequest'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];
export type WebhookAttempt = Schemas['WebhookAttempt'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];
export type WebhookReplayRequest = Schemas['WebhookReplayRequest'];
export type WebhookReplayQueued = Schemas['WebhookReplayQueued'];
/** The body of the webhook of one event type, as the spec's `webhooks:` section describes it. */
export type WebhookPayload<Type extends keyof webhooks> = NonNullable<webhooks[Type]['post']>['requestBody'] extends infer Body
  ? Body extends { content: { 'application/json': infer Event } }
    ? Event & { type: Type }
    : never
  : never;
