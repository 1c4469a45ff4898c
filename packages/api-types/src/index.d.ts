// Named views of the types generated from spec/openapi.yaml (see openapi.d.ts).
import type { components, operations, paths } from './openapi';

export type { components, operations, paths };

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
