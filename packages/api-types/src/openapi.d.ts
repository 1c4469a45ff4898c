export interface paths {
    "/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a new disposition.
         * @description Records a new outcome for a lead of the caller's business. It becomes the lead's
         *     current disposition when it is the newest by `(timestamp, id)`. `timestamp`
         *     defaults to now; `isMissedCallFollowUp` defaults to false.
         *
         *     With an `Idempotency-Key`, a retry of the same request records nothing and gets
         *     the first answer again (see the introduction).
         */
        post: operations["createDisposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the disposition. */
                id: components["parameters"]["DispositionId"];
            };
            cookie?: never;
        };
        /**
         * Gets a disposition.
         * @description Returns one disposition of the caller's business.
         */
        get: operations["getDisposition"];
        /**
         * Updates a disposition.
         * @description Updates an entry of a lead's history. Fields left out keep their value; fields
         *     sent as `null` are cleared. Changing `leadId` moves the entry to another lead of
         *     the same business. The current disposition of every lead involved is brought up
         *     to date in the same transaction.
         */
        put: operations["updateDisposition"];
        post?: never;
        /**
         * Deletes a disposition.
         * @description Removes an entry from a lead's history. When it was the current disposition,
         *     the lead falls back to the next newest one (or to none).
         */
        delete: operations["deleteDisposition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/lead/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                leadId: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        /**
         * Lists a lead's dispositions.
         * @description The lead's whole outcome history, newest first by `(timestamp, id)`, in one answer
         *     of at most 1,000 dispositions: a longer history answers 422 `history-too-large`.
         *     Page through any history with `POST /dispositions/all/my` filtered by `leadId`, or
         *     stream it from the export as CSV.
         */
        get: operations["listLeadDispositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/lead/{leadId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                leadId: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        /**
         * Exports a lead's dispositions.
         * @description The lead's history packaged for reporting: the CSV text (a header row, then one
         *     row per disposition, newest first, quoted per RFC 4180) and the same records as
         *     objects.
         *
         *     Two representations, chosen by `Accept`. `application/json` (the default, the
         *     Leadping shape) holds the whole export in one document, so it is limited to
         *     1,000 dispositions: a longer history answers 422 `export-too-large`.
         *     `text/csv` streams the CSV alone, in constant server memory, as an attachment
         *     named `dispositions-<leadId>.csv`, for up to 100,000 dispositions. Page through
         *     any longer history with `POST /dispositions/all/my` filtered by `leadId`.
         */
        get: operations["exportLeadDispositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/all/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries the business's dispositions.
         * @description One page of the caller's business's dispositions, filtered, searched and ordered
         *     by the query options in the body. Pages are keyset-based: send back the
         *     `continuationToken` of the previous page, with the same options, to get the next.
         *     The default order is `timestamp` descending; `id` always breaks ties.
         */
        post: operations["queryDispositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a lead.
         * @description Creates a lead in the caller's business. It has no current disposition yet.
         *
         *     With an `Idempotency-Key`, a retry of the same request creates nothing and gets
         *     the first answer again (see the introduction).
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /**
         * Gets a lead.
         * @description Returns one lead of the caller's business with its current disposition.
         */
        get: operations["getLead"];
        /**
         * Updates a lead.
         * @description Updates a lead. Fields left out keep their value, down to single fields of
         *     `contact` and `metadata`; fields sent as `null` are cleared. `sourceMetadata` is
         *     replaced as a whole.
         */
        put: operations["updateLead"];
        post?: never;
        /**
         * Deletes a lead.
         * @description Deletes a lead together with its whole disposition history.
         */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/all/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries the business's leads.
         * @description One page of the caller's business's leads, filtered, searched and ordered by the
         *     query options in the body; keyset-based like `POST /dispositions/all/my`. The
         *     default order is `createdAt` descending; `id` always breaks ties.
         */
        post: operations["queryLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tells whether the process is alive.
         * @description Answers 200 while the process runs. Needs no API key.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tells whether the instance can serve requests.
         * @description Answers 200 when the database answers and every migration this version of the
         *     server knows is applied; otherwise 503 with a problem saying why (the database is
         *     unreachable or did not answer within 2 seconds, or migrations are pending). It
         *     answers within about 2 seconds even when the database hangs. Unlike `/healthz`,
         *     which only says the process is alive, use this to decide whether to send the
         *     instance traffic. Needs no API key.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shows this API reference.
         * @description An interactive reference (Scalar) rendered in the browser from `/openapi.json`, with a
         *     request console: paste an API key and send any operation to this server from the page.
         *     Every script it needs is served by this server; nothing is loaded from a CDN.
         *     Needs no API key.
         */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets this spec as JSON.
         * @description This OpenAPI document, as the server validates requests against it, in JSON. Needs no API key.
         */
        get: operations["getOpenApiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets this spec as YAML.
         * @description This OpenAPI document in YAML, byte for byte the source the server is built from. Needs no API key.
         */
        get: operations["getOpenApiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets the service's metrics.
         * @description Prometheus text exposition: `http_requests_total` and the
         *     `http_request_duration_seconds` histogram labelled by `operation_id` (this spec's
         *     operationId, or `unmatched`), `method` and `status_code`; `db_pool_connections`
         *     by `state` (used, free, pending_acquires, pending_creates) and
         *     `db_pool_max_connections`; Node.js process metrics. Counts are per instance.
         *     Needs no API key, so keep it off the public internet (see the README).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A server-generated UUID.
         * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
         */
        Id: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time; returned in UTC with milliseconds.
         * @example 2026-11-24T15:04:05.000Z
         */
        DateTime: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time, or null; returned in UTC with milliseconds.
         */
        NullableDateTime: string | null;
        /** @description A short label. */
        ShortText: string;
        /** @description A short label, or null. */
        NullableShortText: string | null;
        /** @description Free text, or null. */
        NullableLongText: string | null;
        /** @description Request model for creating or updating a disposition. */
        DispositionFields: {
            /** @description The lead ID associated with this disposition. */
            leadId?: components["schemas"]["Id"];
            /** @description The type classification for this disposition, e.g. Call or Text. */
            type?: components["schemas"]["ShortText"];
            /** @description The outcome value for this disposition, e.g. Contacted or No Answer. */
            outcome?: components["schemas"]["ShortText"];
            /** @description The operator or customer notes recorded for this disposition. */
            notes?: components["schemas"]["NullableLongText"];
            /** @description When the outcome happened. Defaults to now on create. */
            timestamp?: components["schemas"]["DateTime"];
            /** @description The current follow up status for this disposition, e.g. Pending or Done. */
            followUpStatus?: components["schemas"]["NullableShortText"];
            /** @description When to call the lead back. */
            callbackAt?: components["schemas"]["NullableDateTime"];
            /** @description When the follow-up task is due. */
            taskDueAt?: components["schemas"]["NullableDateTime"];
            /** @description When the appointment starts. */
            appointmentStartAt?: components["schemas"]["NullableDateTime"];
            /** @description When the appointment ends; not before `appointmentStartAt`. */
            appointmentEndAt?: components["schemas"]["NullableDateTime"];
            /** @description The appointment notes value for this disposition. */
            appointmentNotes?: components["schemas"]["NullableLongText"];
            /** @description The user who owns the follow-up. */
            assignedToUserId?: components["schemas"]["NullableShortText"];
            /** @description The call event this outcome came from. */
            relatedCallEventId?: components["schemas"]["NullableShortText"];
            /** @description Whether this disposition is a follow-up to a missed call. Defaults to false. */
            isMissedCallFollowUp?: boolean;
            /** @description The lead source this disposition is attributed to. */
            sourceId?: components["schemas"]["NullableShortText"];
        };
        /** @description A new disposition; `leadId`, `type` and `outcome` are required. */
        CreateDispositionRequest: WithRequired<components["schemas"]["DispositionFields"], "leadId" | "type" | "outcome">;
        /** @description The fields of a disposition to change; all are optional. */
        UpdateDispositionRequest: components["schemas"]["DispositionFields"];
        /** @description Response model for disposition data. */
        DispositionResponse: {
            /** @description The unique ID for this disposition. */
            id: components["schemas"]["Id"];
            /** @description The lead ID associated with this disposition. */
            leadId: components["schemas"]["Id"];
            /** @description The type classification for this disposition. */
            type: components["schemas"]["ShortText"];
            /** @description The outcome value for this disposition. */
            outcome: components["schemas"]["ShortText"];
            /** @description The operator or customer notes recorded for this disposition; null when none were recorded. */
            notes: components["schemas"]["NullableLongText"];
            /** @description When the outcome happened. */
            timestamp: components["schemas"]["DateTime"];
            /** @description When this disposition was recorded. */
            createdAt: components["schemas"]["DateTime"];
            /** @description When this disposition was last changed. */
            updatedAt: components["schemas"]["DateTime"];
            /** @description The current follow up status for this disposition. */
            followUpStatus: components["schemas"]["NullableShortText"];
            /** @description When to call the lead back. */
            callbackAt: components["schemas"]["NullableDateTime"];
            /** @description When the follow-up task is due. */
            taskDueAt: components["schemas"]["NullableDateTime"];
            /** @description When the appointment starts. */
            appointmentStartAt: components["schemas"]["NullableDateTime"];
            /** @description When the appointment ends. */
            appointmentEndAt: components["schemas"]["NullableDateTime"];
            /** @description The appointment notes value for this disposition. */
            appointmentNotes: components["schemas"]["NullableLongText"];
            /** @description The user who owns the follow-up. */
            assignedToUserId: components["schemas"]["NullableShortText"];
            /** @description The call event this outcome came from. */
            relatedCallEventId: components["schemas"]["NullableShortText"];
            /** @description Whether this disposition is a follow-up to a missed call. */
            isMissedCallFollowUp: boolean;
            /** @description The lead source this disposition is attributed to. */
            sourceId: components["schemas"]["NullableShortText"];
        };
        /** @description A lead's dispositions packaged for reporting. */
        DispositionExport: {
            /** @description A file name for the CSV, `dispositions-<leadId>.csv`. */
            fileName: string;
            /**
             * @description The media type of `csv`.
             * @constant
             */
            contentType: "text/csv";
            /**
             * @description The CSV text; a header row of field names, then one row per disposition, newest
             *     first (RFC 4180, CRLF line ends): at most 1,000 rows of at most 42,680 characters.
             */
            csv: string;
            /** @description The same dispositions as objects, in the same order. */
            rows: components["schemas"]["DispositionResponse"][];
        };
        /**
         * @description The sort direction.
         * @enum {string}
         */
        Direction: "asc" | "desc";
        /**
         * Format: int32
         * @description How many items a page holds at most (default 50, at most 500).
         * @default 50
         */
        PageSize: number;
        /**
         * @description The opaque token of the previous page; leave out (or null) for the first page. Only
         *     valid with the same query options. It carries the sort keys of the page's last item,
         *     so it is up to 8,192 characters long when those are long texts.
         */
        ContinuationToken: string | null;
        /** @description The value to match exactly; null matches fields that are not set. */
        FilterValue: string | number | boolean | null;
        /** @description A bound of the range; a date-time for date fields. */
        RangeBound: string | null;
        /** @description Text searched case-insensitively as a substring of the search fields. */
        SearchText: string;
        /**
         * @description A disposition field that pages can be ordered by.
         * @enum {string}
         */
        DispositionOrderField: "timestamp" | "createdAt" | "updatedAt" | "callbackAt" | "taskDueAt" | "appointmentStartAt" | "outcome" | "type" | "followUpStatus" | "assignedToUserId";
        /**
         * @description A disposition field that can be matched exactly.
         * @enum {string}
         */
        DispositionFilterField: "leadId" | "type" | "outcome" | "followUpStatus" | "assignedToUserId" | "relatedCallEventId" | "sourceId" | "isMissedCallFollowUp";
        /**
         * @description A disposition date field that can be filtered by range.
         * @enum {string}
         */
        DispositionRangeField: "timestamp" | "createdAt" | "updatedAt" | "callbackAt" | "taskDueAt" | "appointmentStartAt" | "appointmentEndAt";
        /**
         * @description A disposition text field that search looks in.
         * @enum {string}
         */
        DispositionSearchField: "type" | "outcome" | "notes" | "followUpStatus" | "appointmentNotes" | "assignedToUserId";
        /** @description Query options for a page of dispositions. */
        DispositionQueryOptions: {
            pageSize?: components["schemas"]["PageSize"];
            continuationToken?: components["schemas"]["ContinuationToken"];
            /** @description Whether to return `totalCount`, the number of matches over all pages. */
            includeCount?: boolean;
            /** @description The sort order, in priority order. */
            orderBy?: {
                field: components["schemas"]["DispositionOrderField"];
                direction?: components["schemas"]["Direction"];
            }[];
            /** @description Exact-match filters; all must match. */
            filters?: {
                field: components["schemas"]["DispositionFilterField"];
                value: components["schemas"]["FilterValue"];
            }[];
            /** @description Range filters; all must match. */
            rangeFilters?: {
                field: components["schemas"]["DispositionRangeField"];
                greaterThan?: components["schemas"]["RangeBound"];
                greaterThanOrEqual?: components["schemas"]["RangeBound"];
                lessThan?: components["schemas"]["RangeBound"];
                lessThanOrEqual?: components["schemas"]["RangeBound"];
            }[];
            search?: components["schemas"]["SearchText"];
            /** @description The fields `search` looks in; all searchable fields when left out. */
            searchFields?: components["schemas"]["DispositionSearchField"][];
        };
        /** @description One page of dispositions. */
        DispositionPage: {
            /** @description The dispositions of this page. */
            items: components["schemas"]["DispositionResponse"][];
            /**
             * Format: int32
             * @description The page size used.
             */
            pageSize: number;
            /** @description The token for the next page; null on the last page. */
            continuationToken: components["schemas"]["ContinuationToken"];
            /**
             * Format: int64
             * @description The number of matches over all pages; null unless `includeCount` was set.
             */
            totalCount: number | null;
        };
        /** @description How to reach the lead. */
        Contact: {
            /** @description The lead's first name. */
            firstName?: components["schemas"]["NullableShortText"];
            /** @description The lead's last name. */
            lastName?: components["schemas"]["NullableShortText"];
            /** @description The lead's email address. */
            email?: components["schemas"]["NullableShortText"];
            /** @description The lead's phone. */
            phone?: {
                /** @description The phone number, preferably E.164. */
                number?: components["schemas"]["NullableShortText"];
            } | null;
            /** @description The lead's IANA time zone, e.g. America/New_York. */
            timeZoneId?: components["schemas"]["NullableShortText"];
        };
        /** @description Where the lead came from. */
        LeadMetadata: {
            /** @description The lead's ID in another system. */
            externalId?: components["schemas"]["NullableShortText"];
            /** @description The lead's ID at the seller. */
            sellerLeadId?: components["schemas"]["NullableShortText"];
            /** @description The UTM source. */
            utmSource?: components["schemas"]["NullableShortText"];
            /** @description The UTM medium. */
            utmMedium?: components["schemas"]["NullableShortText"];
            /** @description The UTM campaign. */
            utmCampaign?: components["schemas"]["NullableShortText"];
            /** @description The UTM term. */
            utmTerm?: components["schemas"]["NullableShortText"];
            /** @description The UTM content. */
            utmContent?: components["schemas"]["NullableShortText"];
            /** @description The referring URL. */
            referrer?: components["schemas"]["NullableLongText"];
            /** @description The landing page URL. */
            landingPage?: components["schemas"]["NullableLongText"];
            /** @description The product the lead is interested in. */
            product?: components["schemas"]["NullableShortText"];
            /** @description The lead's vertical. */
            vertical?: components["schemas"]["NullableShortText"];
            /** @description Free-form data from the lead source, kept as sent. */
            sourceMetadata?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Request model for creating or updating a lead. */
        LeadRequest: {
            contact?: components["schemas"]["Contact"];
            metadata?: components["schemas"]["LeadMetadata"];
        };
        /** @description The lead's newest disposition by `(timestamp, id)`, or null when it has none. */
        CurrentDisposition: {
            /** @description The ID of the disposition. */
            id: components["schemas"]["Id"];
            /** @description Its outcome. */
            outcome: components["schemas"]["ShortText"];
            /** @description The outcome as shown to people (the outcome text itself). */
            displayName: components["schemas"]["ShortText"];
            /** @description When the lead's current disposition last changed. */
            changedAt: components["schemas"]["DateTime"];
        } | null;
        /** @description Response model for lead data. */
        LeadResponse: {
            /** @description The unique ID for this lead. */
            id: components["schemas"]["Id"];
            contact: components["schemas"]["Contact"];
            metadata: components["schemas"]["LeadMetadata"];
            /** @description When the lead was created. */
            createdAt: components["schemas"]["DateTime"];
            /** @description When the lead was last changed. */
            modifiedAt: components["schemas"]["DateTime"];
            currentDisposition: components["schemas"]["CurrentDisposition"];
        };
        /**
         * @description A lead field that pages can be ordered by.
         * @enum {string}
         */
        LeadOrderField: "createdAt" | "modifiedAt" | "contact.firstName" | "contact.lastName" | "contact.email" | "currentDisposition.outcome" | "currentDisposition.changedAt";
        /**
         * @description A lead field that can be matched exactly.
         * @enum {string}
         */
        LeadFilterField: "contact.firstName" | "contact.lastName" | "contact.email" | "contact.phone.number" | "metadata.externalId" | "metadata.sellerLeadId" | "metadata.utmSource" | "metadata.utmMedium" | "metadata.utmCampaign" | "metadata.product" | "metadata.vertical" | "currentDisposition.outcome";
        /**
         * @description A lead date field that can be filtered by range.
         * @enum {string}
         */
        LeadRangeField: "createdAt" | "modifiedAt" | "currentDisposition.changedAt";
        /**
         * @description A lead text field that search looks in.
         * @enum {string}
         */
        LeadSearchField: "contact.firstName" | "contact.lastName" | "contact.email" | "contact.phone.number" | "metadata.externalId";
        /** @description Query options for a page of leads. */
        LeadQueryOptions: {
            pageSize?: components["schemas"]["PageSize"];
            continuationToken?: components["schemas"]["ContinuationToken"];
            /** @description Whether to return `totalCount`, the number of matches over all pages. */
            includeCount?: boolean;
            /** @description The sort order, in priority order. */
            orderBy?: {
                field: components["schemas"]["LeadOrderField"];
                direction?: components["schemas"]["Direction"];
            }[];
            /** @description Exact-match filters; all must match. */
            filters?: {
                field: components["schemas"]["LeadFilterField"];
                value: components["schemas"]["FilterValue"];
            }[];
            /** @description Range filters; all must match. */
            rangeFilters?: {
                field: components["schemas"]["LeadRangeField"];
                greaterThan?: components["schemas"]["RangeBound"];
                greaterThanOrEqual?: components["schemas"]["RangeBound"];
                lessThan?: components["schemas"]["RangeBound"];
                lessThanOrEqual?: components["schemas"]["RangeBound"];
            }[];
            search?: components["schemas"]["SearchText"];
            /** @description The fields `search` looks in; all searchable fields when left out. */
            searchFields?: components["schemas"]["LeadSearchField"][];
        };
        /** @description One page of leads. */
        LeadPage: {
            /** @description The leads of this page. */
            items: components["schemas"]["LeadResponse"][];
            /**
             * Format: int32
             * @description The page size used.
             */
            pageSize: number;
            /** @description The token for the next page; null on the last page. */
            continuationToken: components["schemas"]["ContinuationToken"];
            /**
             * Format: int64
             * @description The number of matches over all pages; null unless `includeCount` was set.
             */
            totalCount: number | null;
        };
        /** @description The liveness of the process. */
        Health: {
            /**
             * @description Always `ok` while the process runs.
             * @constant
             */
            status: "ok";
        };
        /** @description The instance can serve requests. */
        Readiness: {
            /**
             * @description Always `ready`; an instance that is not ready answers 503 instead.
             * @constant
             */
            status: "ready";
        };
        /** @description An RFC 9457 problem details object. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference that identifies the problem type.
             */
            type: string;
            /** @description A short summary of the problem type. */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description What went wrong with this request. */
            detail?: string;
            /** @description The path of the request that failed; cut short, ending in …, past 2,048 characters. */
            instance?: string;
            /**
             * @description The request's id, as in the `X-Request-Id` response header; quote it when reporting a problem.
             * @example 6d1f0c6e-2a4b-4e0b-9a51-7f3c2b1d9e08
             */
            requestId?: string;
            /** @description For validation problems, every bad field and why; the first 50 when there are more (`detail` then says how many). */
            errors?: {
                /** @description Where the bad value is, e.g. `/body/outcome` or `/path/id`. */
                path: string;
                /** @description Why it is bad. */
                message: string;
                /** @description A machine-readable code for the kind of error. */
                errorCode?: string;
            }[];
        };
    };
    responses: {
        /**
         * @description The caller sent more requests in the last minute than the server allows
         *     (`RATE_LIMIT_PER_MINUTE`, counted per server instance): a caller is its API key, or
         *     its client address for the public endpoints and requests without a valid key.
         *     Nothing was done; retry after `Retry-After` seconds. Every answer carries the
         *     `RateLimit-Policy` and `RateLimit` headers (IETF draft 8) saying how much is left.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds until the window resets. */
                "Retry-After"?: number;
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/too-many-requests",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "This API key sent more than 6000 requests in a minute. Retry after the number of seconds in Retry-After.",
                 *       "instance": "/dispositions"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The database cannot be reached right now (stopped, restarting or unreachable); the
         *     answer comes within 2 seconds rather than hanging. Retry after `Retry-After`
         *     seconds; retry a create with the same `Idempotency-Key`, since a write cut off
         *     mid-way may or may not have been committed.
         */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/database-unavailable",
                 *       "title": "Service Unavailable",
                 *       "status": 503,
                 *       "detail": "The database cannot be reached right now. Retry in a moment; retry a create with the same Idempotency-Key.",
                 *       "instance": "/dispositions"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The record still has the entity tag sent in `If-None-Match`; there is no body. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The record's current `ETag` is not one sent in `If-Match`: someone changed it since
         *     it was read. Nothing was changed; read it again, then decide.
         */
        PreconditionFailed: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/precondition-failed",
                 *       "title": "Precondition Failed",
                 *       "status": 412,
                 *       "detail": "Disposition 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d has changed since the entity tag in If-Match; nothing was changed.",
                 *       "instance": "/dispositions/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is invalid; `errors` names every bad field and why. */
        BadRequest: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/validation-error",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "request/body/outcome must be string",
                 *       "instance": "/dispositions",
                 *       "errors": [
                 *         {
                 *           "path": "/body/outcome",
                 *           "message": "must be string",
                 *           "errorCode": "type.openapi.validation"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The API key is missing, unknown or revoked. */
        Unauthorized: {
            headers: {
                /** @description Always `Bearer`. */
                "WWW-Authenticate"?: "Bearer";
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "A valid API key is required.",
                 *       "instance": "/dispositions"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record in the caller's business. */
        NotFound: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "Disposition 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d was not found.",
                 *       "instance": "/dispositions/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The `Idempotency-Key` was already used, within the last 24 hours, with a different
         *     request (another body or the other create). Nothing was created; send a new key for
         *     a new request.
         */
        IdempotencyKeyReused: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/idempotency-key-reused",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "The Idempotency-Key \"5f1c9a0e-7b1d-4c3a-9e2f-0a8b6c4d2e1f\" was already used with a different request. Send a new key for a new request.",
                 *       "instance": "/leads"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 1 MB. Nothing was read or changed. */
        PayloadTooLarge: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/payload-too-large",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "The request body is larger than the 1 MB limit.",
                 *       "instance": "/dispositions"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not sent as `application/json`. Nothing was read or changed. */
        UnsupportedMediaType: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unsupported-media-type",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "Send the request body as JSON, with `Content-Type: application/json`.",
                 *       "instance": "/dispositions"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The ID of the disposition. */
        DispositionId: components["schemas"]["Id"];
        /** @description The ID of the lead. */
        LeadId: components["schemas"]["Id"];
        /** @description The ID of the lead. */
        LeadIdPath: components["schemas"]["Id"];
        /**
         * @description A key of the caller's choosing (a new UUID per create is a good one) that makes
         *     the create safe to retry: a retry with the same key and body creates nothing and
         *     gets the first answer again, with `Idempotency-Replayed: true`; the same key with
         *     another body is a 422. 1 to 255 printable ASCII characters (space to `~`), scoped
         *     to the business, kept for at least 24 hours, after which it may be used again.
         * @example 5f1c9a0e-7b1d-4c3a-9e2f-0a8b6c4d2e1f
         */
        IdempotencyKey: string;
        /**
         * @description Makes the write conditional (optimistic concurrency): it happens only when the
         *     record's current `ETag` is one of these entity tags, or the record exists and this
         *     is `*`. Otherwise the answer is 412 and nothing changes. Without it the last write
         *     wins, as in Leadping. Weak tags (`W/"…"`) never match.
         * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
         */
        IfMatch: string;
        /**
         * @description Makes the read conditional: when the record's current `ETag` is one of these
         *     entity tags (or this is `*`), the answer is 304 with no body.
         * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
         */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The strong entity tag of this representation of the record: it changes whenever the
         *     record (for a lead, also its current disposition) does. Send it back in `If-Match`
         *     to write only over what you have read, or in `If-None-Match` to skip an unchanged read.
         * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
         */
        ETag: string;
        /**
         * @description `true` when this answer is the stored answer to an earlier request with the same
         *     `Idempotency-Key` (nothing new was created); absent otherwise.
         */
        IdempotencyReplayed: "true";
        /**
         * @description The rate limit this request counts against (IETF draft 8): `q` requests a window of
         *     `w` seconds, for this API key or, without a valid key, this client address, per
         *     server instance. Sent on every answer while rate limiting is on (the default;
         *     `RATE_LIMIT_PER_MINUTE=0` turns it off).
         * @example "6000-in-1min"; q=6000; w=60; pk=:ZjE4YzQ5ZTAyYjc4:
         */
        "RateLimit-Policy": string;
        /**
         * @description What is left of that limit (IETF draft 8): `r` requests remain, and the window
         *     resets in `t` seconds. Sent with `RateLimit-Policy`.
         * @example "6000-in-1min"; r=5987; t=42
         */
        RateLimit: string;
        /**
         * @description The caller's `Origin`, echoed when it is one of the `CORS_ORIGINS` the server is
         *     configured with; absent otherwise, so that browsers on other origins cannot read
         *     the answer (CORS is off unless configured).
         * @example https://app.example.com
         */
        "Access-Control-Allow-Origin": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createDisposition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key of the caller's choosing (a new UUID per create is a good one) that makes
                 *     the create safe to retry: a retry with the same key and body creates nothing and
                 *     gets the first answer again, with `Idempotency-Replayed: true`; the same key with
                 *     another body is a 422. 1 to 255 printable ASCII characters (space to `~`), scoped
                 *     to the business, kept for at least 24 hours, after which it may be used again.
                 * @example 5f1c9a0e-7b1d-4c3a-9e2f-0a8b6c4d2e1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The disposition to record. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "leadId": "3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10",
                 *       "type": "Call",
                 *       "outcome": "Appointment Set",
                 *       "notes": "Wants a quote for the whole house.",
                 *       "timestamp": "2026-11-24T15:04:05.000Z",
                 *       "followUpStatus": "Pending",
                 *       "appointmentStartAt": "2026-11-30T14:00:00.000Z",
                 *       "appointmentEndAt": "2026-11-30T15:00:00.000Z",
                 *       "appointmentNotes": "Bring samples.",
                 *       "assignedToUserId": "user-42",
                 *       "isMissedCallFollowUp": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateDispositionRequest"];
            };
        };
        responses: {
            /** @description The disposition was recorded (or, with `Idempotency-Replayed`, had been by an earlier request with the same key). */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDisposition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the read conditional: when the record's current `ETag` is one of these
                 *     entity tags (or this is `*`), the answer is 304 with no body.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The ID of the disposition. */
                id: components["parameters"]["DispositionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disposition. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDisposition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write conditional (optimistic concurrency): it happens only when the
                 *     record's current `ETag` is one of these entity tags, or the record exists and this
                 *     is `*`. Otherwise the answer is 412 and nothing changes. Without it the last write
                 *     wins, as in Leadping. Weak tags (`W/"…"`) never match.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the disposition. */
                id: components["parameters"]["DispositionId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "Contacted",
                 *       "followUpStatus": "Pending",
                 *       "callbackAt": "2026-11-25T15:00:00.000Z",
                 *       "assignedToUserId": "user-42"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDispositionRequest"];
            };
        };
        responses: {
            /** @description The updated disposition. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDisposition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write conditional (optimistic concurrency): it happens only when the
                 *     record's current `ETag` is one of these entity tags, or the record exists and this
                 *     is `*`. Otherwise the answer is 412 and nothing changes. Without it the last write
                 *     wins, as in Leadping. Weak tags (`W/"…"`) never match.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the disposition. */
                id: components["parameters"]["DispositionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disposition was deleted. */
            204: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLeadDispositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                leadId: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's dispositions, newest first. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The history is longer than one answer holds (1,000 dispositions). */
            422: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/history-too-large",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "This lead has more than 1000 dispositions, the most one answer holds. Page through them with POST /dispositions/all/my filtered by leadId, or stream them as CSV from the export.",
                     *       "instance": "/dispositions/lead/3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportLeadDispositions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                leadId: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionExport"];
                    /**
                     * @example id,leadId,type,outcome,notes,timestamp,createdAt,updatedAt,followUpStatus,callbackAt,taskDueAt,appointmentStartAt,appointmentEndAt,appointmentNotes,assignedToUserId,relatedCallEventId,isMissedCallFollowUp,sourceId
                     *     9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d,3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10,Call,Appointment Set,Wants a quote.,2026-11-24T15:04:05.000Z,2026-11-24T15:04:06.123Z,2026-11-24T15:04:06.123Z,Pending,,,,,,user-42,,false,
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /**
             * @description The history is longer than the export holds: 1,000 dispositions as JSON (ask
             *     for `text/csv`), 100,000 as CSV (page through it with `POST /dispositions/all/my`).
             */
            422: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/export-too-large",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "This lead has more than 1000 dispositions, the most a JSON export holds. Send `Accept: text/csv` to stream them all.",
                     *       "instance": "/dispositions/lead/3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10/export"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    queryDispositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The query options. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pageSize": 50,
                 *       "includeCount": true,
                 *       "orderBy": [
                 *         {
                 *           "field": "callbackAt",
                 *           "direction": "asc"
                 *         }
                 *       ],
                 *       "filters": [
                 *         {
                 *           "field": "assignedToUserId",
                 *           "value": "user-42"
                 *         }
                 *       ],
                 *       "rangeFilters": [
                 *         {
                 *           "field": "callbackAt",
                 *           "greaterThanOrEqual": "2026-11-24T00:00:00.000Z",
                 *           "lessThan": "2026-11-25T00:00:00.000Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DispositionQueryOptions"];
            };
        };
        responses: {
            /** @description One page of dispositions. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispositionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key of the caller's choosing (a new UUID per create is a good one) that makes
                 *     the create safe to retry: a retry with the same key and body creates nothing and
                 *     gets the first answer again, with `Idempotency-Replayed: true`; the same key with
                 *     another body is a 422. 1 to 255 printable ASCII characters (space to `~`), scoped
                 *     to the business, kept for at least 24 hours, after which it may be used again.
                 * @example 5f1c9a0e-7b1d-4c3a-9e2f-0a8b6c4d2e1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The lead to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadRequest"];
            };
        };
        responses: {
            /** @description The lead was created (or, with `Idempotency-Replayed`, had been by an earlier request with the same key). */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the read conditional: when the record's current `ETag` is one of these
                 *     entity tags (or this is `*`), the answer is 304 with no body.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write conditional (optimistic concurrency): it happens only when the
                 *     record's current `ETag` is one of these entity tags, or the record exists and this
                 *     is `*`. Otherwise the answer is 412 and nothing changes. Without it the last write
                 *     wins, as in Leadping. Weak tags (`W/"…"`) never match.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact": {
                 *         "email": "ada@example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LeadRequest"];
            };
        };
        responses: {
            /** @description The updated lead. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write conditional (optimistic concurrency): it happens only when the
                 *     record's current `ETag` is one of these entity tags, or the record exists and this
                 *     is `*`. Otherwise the answer is 412 and nothing changes. Without it the last write
                 *     wins, as in Leadping. Weak tags (`W/"…"`) never match.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead and its dispositions were deleted. */
            204: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    queryLeads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The query options. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pageSize": 20,
                 *       "search": "ada",
                 *       "searchFields": [
                 *         "contact.firstName",
                 *         "contact.email"
                 *       ],
                 *       "orderBy": [
                 *         {
                 *           "field": "createdAt",
                 *           "direction": "desc"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LeadQueryOptions"];
            };
        };
        responses: {
            /** @description One page of leads. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers and its schema is up to date. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Not ready; `detail` says why. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page of the reference. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="en">…<div id="app"></div><script src="/docs/scalar-api-reference.js"></script>…</html> */
                    "text/html": string;
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOpenApiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Dispositions API",
                     *         "version": "1.0.0"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/json": {
                        /** @description The OpenAPI version of the document. */
                        openapi: string;
                        /** @description The API's title, version and description. */
                        info: Record<string, never>;
                        /** @description The operations, by path. */
                        paths: Record<string, never>;
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOpenApiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example openapi: 3.1.0
                     *     info:
                     *       title: Dispositions API
                     *       version: 1.0.0
                     */
                    "application/yaml": string;
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics of this instance. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP http_requests_total HTTP requests answered, by spec operation, method and status.
                     *     # TYPE http_requests_total counter
                     *     http_requests_total{operation_id="updateDisposition",method="PUT",status_code="200"} 42
                     */
                    "text/plain": string;
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
