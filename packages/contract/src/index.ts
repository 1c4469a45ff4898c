export { createResponseChecker, type CheckOptions, type ReceivedResponse } from './response-check';
export { defaultSpecPath, deref, loadSpec, operationsOf, type Spec, type SpecOperation } from './spec';
export { runContractCheck, type ContractReport, type ContractOptions } from './walk';
