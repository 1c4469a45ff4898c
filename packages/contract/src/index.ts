export { type CheckOptions, createResponseChecker, type ReceivedResponse } from './response-check';
export { defaultSpecPath, deref, loadSpec, operationsOf, type Spec, type SpecOperation } from './spec';
export { type ContractOptions, type ContractReport, runContractCheck } from './walk';
export { createWebhookChecker, type SpecWebhook, webhooksOf } from './webhook-check';
