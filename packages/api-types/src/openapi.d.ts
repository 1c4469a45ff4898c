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
    "/leads/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Records a lead status change.
         * @description Sets the lead's current status: records a new change in the lead's history, which
         *     becomes its current one when it is the newest by `(timestamp, id)`. The same record
         *     as `POST /dispositions` makes, in the lead-status vocabulary (Leadping SDK 1.0.30 and
         *     later). `timestamp` defaults to now, `type` to `StatusChange`, `changeSource` to `API`.
         *
         *     With an `Idempotency-Key`, a retry of the same request records nothing and gets
         *     the first answer again (see the introduction).
         */
        put: operations["recordLeadStatusChange"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/status-history": {
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
         * Lists a lead's status changes.
         * @description The lead's whole status history, newest first by `(timestamp, id)`: the same records
         *     as `GET /dispositions/lead/{leadId}`, in the lead-status vocabulary, in one answer of
         *     at most 1,000: a longer history answers 422 `history-too-large`. Page through any
         *     history with `POST /lead-status-changes/all/my` filtered by `leadId`.
         */
        get: operations["listLeadStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{id}/status-history/export": {
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
         * Exports a lead's status changes.
         * @description The lead's status history packaged for reporting, as `GET
         *     /dispositions/lead/{leadId}/export` packages it, in the lead-status vocabulary:
         *     `application/json` (the default) for up to 1,000 changes, `text/csv` streamed for
         *     up to 100,000, as an attachment named `lead-status-history-<leadId>.csv`.
         */
        get: operations["exportLeadStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-status-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead status change (the disposition of the same id). */
                id: components["parameters"]["LeadStatusChangeId"];
            };
            cookie?: never;
        };
        /**
         * Gets a lead status change.
         * @description Returns one status change of the caller's business (the disposition of the same id).
         */
        get: operations["getLeadStatusChange"];
        /**
         * Updates a lead status change.
         * @description Updates an entry of a lead's status history, as `PUT /dispositions/{id}` does: fields
         *     left out keep their value, fields sent as `null` are cleared, and the lead's current
         *     status is brought up to date in the same transaction.
         */
        put: operations["updateLeadStatusChange"];
        post?: never;
        /**
         * Deletes a lead status change.
         * @description Removes an entry from a lead's status history. When it was the current one, the lead
         *     falls back to the next newest (or to none).
         */
        delete: operations["deleteLeadStatusChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-status-changes/all/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queries the business's lead status changes.
         * @description One page of the caller's business's status changes, with the same query options,
         *     fields and continuation tokens as `POST /dispositions/all/my` (a token from either
         *     works with the other).
         */
        post: operations["queryLeadStatusChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the business's lead statuses.
         * @description The business's catalog of lead statuses, ordered by `sortOrder`, then name: the
         *     active ones, or all of them with `includeArchived=true` (our addition).
         */
        get: operations["listLeadStatuses"];
        put?: never;
        /**
         * Creates a lead status.
         * @description Adds a status to the business's catalog. Its name must differ (ignoring case) from
         *     every active status's (409 otherwise); a business holds at most 1,000 statuses,
         *     archived ones included (422 beyond). Answers JSON whatever the `Accept`: Leadping's
         *     SDK asks for `text/plain;q=0.9` here but reads the JSON.
         */
        post: operations["createLeadStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lead-statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        /**
         * Gets a lead status.
         * @description One status of the business's catalog, archived or not (our addition; Leadping has no such call).
         */
        get: operations["getLeadStatus"];
        /**
         * Updates a lead status.
         * @description Changes a status of the catalog: fields left out keep their value. Renaming to the
         *     name of another active status is a 409. The changes already recorded keep their
         *     category. Answers JSON whatever the `Accept`.
         */
        put: operations["updateLeadStatus"];
        post?: never;
        /**
         * Archives a lead status.
         * @description Archives the status: it leaves the active list and is unavailable for new changes
         *     (422 `lead-status-unavailable`), while the history that names it stays as it is.
         *     Answers `true`, also when the status was archived already, so a retry is safe.
         *     Answers JSON whatever the `Accept`.
         */
        delete: operations["archiveLeadStatus"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counts the business's dispositions by outcome, category, agent or period.
         * @description How a period went: the dispositions whose `timestamp` is in `[from, to)` (at most 400
         *     days), filtered as `POST /dispositions/all/my` filters them (the same fields and
         *     meaning), counted by up to three `groupBy` dimensions. Each row has `count` (the
         *     dispositions) and `leads` (the distinct leads among them), and `query`, the body to
         *     send to `POST /dispositions/all/my` to list the records behind that number. `totals`
         *     counts every matching disposition and distinct lead once.
         *
         *     `day`, `week` (ISO weeks, from Monday) and `month` are calendar periods in
         *     `timeZone`, across daylight-saving changes (a 23-hour or 25-hour day is one day).
         *     Keys: `day` and `week` are dates (`YYYY-MM-DD`, a week its Monday's), `month` is
         *     `YYYY-MM`, the other dimensions their values, null included. Periods with no
         *     dispositions are not rows. Rows are sorted by their keys, nulls last.
         *
         *     `Accept: text/csv` answers the rows as CSV: a column per dimension, then `count` and
         *     `leads`, with the exports' spreadsheet-safe cells. An answer holds at most 10,000 rows;
         *     more is 422 `report-too-large`.
         */
        post: operations["reportOutcomes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counts follow-ups scheduled in a period, and what happened to each.
         * @description The follow-ups (callbacks at `callbackAt`, tasks at `taskDueAt`, appointments at
         *     `appointmentStartAt`) whose time is in `[from, to)` (at most 400 days), on
         *     dispositions filtered as `POST /dispositions/all/my` filters them, counted by up to
         *     three `groupBy` dimensions (`day`, `week`, `month` are periods of the follow-up's time
         *     in `timeZone`, as in `POST /reports/outcomes`).
         *
         *     Each follow-up counts once in `scheduled` and once in one of these, by the first
         *     disposition of the lead after it (in the history's order) dated at or after the start
         *     of its window (`keptWindow`, by default from 15 minutes before its time to 60 after):
         *     - `closed`: its `followUpStatus` is a closed value (`Done`, `Completed`, `Cancelled`,
         *       `Canceled` or `Closed`, in any case) set before any such disposition was recorded;
         *     - `kept`: that disposition is dated within the window;
         *     - `late`: it is dated after the window;
         *     - `missed`: there is none and the window has passed;
         *     - `open`: there is none yet and the window has not passed.
         *
         *     `queries` holds, per kind, the body for `POST /dispositions/all/my` that lists the
         *     dispositions behind the row's `scheduled`. At most 10,000 rows (422 beyond).
         */
        post: operations["reportFollowUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists open follow-ups, soonest first.
         * @description One list of callbacks, tasks and appointments that are still to do. A follow-up is
         *     open while its disposition is its lead's current one and its `followUpStatus` is not
         *     a closed value (`Done`, `Completed`, `Cancelled`, `Canceled` or `Closed`, in any
         *     case, spaces around it ignored; null is open).
         *
         *     `view` picks by the calendar day in `timeZone`: `overdue` is before today, `today` is
         *     today (also what is past its time today), `upcoming` is from tomorrow on. Items are
         *     sorted by `at`, then `kind`, then `dispositionId`; pages are keyset-based (send back
         *     `continuationToken` with the same parameters), so a deep page costs what the first
         *     does. `includeCount=true` adds the counts of all three views.
         */
        get: operations["listFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the business's calendar feeds.
         * @description Every calendar feed of the business, oldest first. Their URLs are not listed: a feed's
         *     token is stored only as a hash, so its URL is shown once, when the feed is created or
         *     rotated.
         */
        get: operations["listCalendarFeeds"];
        put?: never;
        /**
         * Creates a calendar feed of a user's follow-ups.
         * @description A private iCalendar (RFC 5545) feed of the user's open follow-ups, for any calendar
         *     app that subscribes to a URL. The answer's `url` (and the same as `webcalUrl`) holds a
         *     random token of 256 bits, which is the feed's only credential: anyone with the URL
         *     can read the calendar, so treat it as a password. It is shown only in this answer and
         *     in a rotation's; the server keeps only its hash. The URL is made from the host and
         *     scheme this request was sent to. A business holds at most 1,000 feeds.
         */
        post: operations["createCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the calendar feed. */
                id: components["parameters"]["CalendarFeedId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a calendar feed.
         * @description Deletes the feed; its URL answers 404 from the next request on.
         */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the calendar feed. */
                id: components["parameters"]["CalendarFeedId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gives a calendar feed a new URL.
         * @description A new token for the feed, so a URL that leaked stops working: the old URL answers 404
         *     from the next request on, and the answer carries the new one.
         */
        post: operations["rotateCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a calendar feed (iCalendar).
         * @description The feed's calendar: one event per open follow-up of its user and kinds (see `GET
         *     /follow-ups`) from 30 days ago to 180 days ahead. Needs no API key: the `token` in
         *     the feed's URL is the credential, and an unknown, rotated or deleted one answers 404.
         *
         *     Each event's `UID` stays the same for the follow-up (its disposition and kind), its
         *     `SEQUENCE` grows when the disposition or its lead changes, its summary holds the kind,
         *     the lead's name and the outcome, and it has a display alarm 15 minutes before.
         *     Descriptions carry the notes only when the feed was created with `includeNotes`.
         *     Callbacks and tasks last 15 minutes, appointments until `appointmentEndAt` (else 1
         *     hour). The answer has an `ETag`; `If-None-Match` with it answers 304 while the
         *     calendar is unchanged. Each feed may be read a 200th of `RATE_LIMIT_PER_MINUTE` times a
         *     minute per server instance (30 at the default), besides the limit of the client address.
         */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the business's change events, oldest first.
         * @description Every change a client can read, as an event: the same envelope a webhook delivers
         *     (`id`, `type`, `timestamp`, `data`). Oldest first, in commit order: an event shows
         *     once its transaction and every transaction that started before it has ended, so a
         *     consumer that polls from `after=<the last id it saw>` never misses one, even when
         *     writes on other connections commit out of order. Events are kept at least 30 days.
         *     Not Leadping's `/events` (its communication timeline).
         */
        get: operations["listChangeEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the event. */
                id: components["schemas"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Gets one change event.
         * @description The event as the feed and webhooks carry it.
         */
        get: operations["getChangeEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the business's webhook endpoints.
         * @description Every webhook endpoint of the business, oldest first, without their secrets.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Creates a webhook endpoint.
         * @description A URL that receives the business's events as signed POST requests (Standard Webhooks:
         *     `webhook-id`, `webhook-timestamp`, `webhook-signature`). `https` only, and never a
         *     private, loopback, link-local or metadata address (checked again at every delivery).
         *     The answer holds the signing secret, shown only here and when it is rotated. A
         *     business holds at most 50 endpoints.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Gets a webhook endpoint.
         * @description The endpoint, without its secret.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Deletes a webhook endpoint.
         * @description Deletes the endpoint and its deliveries; nothing more is sent to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Changes a webhook endpoint.
         * @description Changes the fields sent. `enabled: true` re-enables a disabled endpoint: its pending
         *     deliveries resume, and it counts as failing only from its next failure.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gives a webhook endpoint a new signing secret.
         * @description A new secret, answered once. During the overlap every delivery is signed with both
         *     the new and the previous secret (two entries in `webhook-signature`), so a receiver
         *     can switch at its own pace; after it, only the new one.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends a webhook.test event to the endpoint now.
         * @description Sends a `webhook.test` event at once and answers the delivery with its attempt, whatever the receiver answered.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Lists an endpoint's deliveries, newest first.
         * @description Each delivery of an event to the endpoint, with every attempt (status code, duration, error, the first 2 KB of the answer). Newest first means the most recently queued first; deliveries queued together (events written close together, or a replay) are in the reverse of their events' order.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
                /** @description The ID of the delivery. */
                deliveryId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends a delivery again.
         * @description Queues the delivery to be sent again as soon as its lead's earlier deliveries allow, with the same event id (`webhook-id`).
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends the events of a period to the endpoint again.
         * @description Queues a delivery of each kept event of the business from `since` to `until` (now
         *     when left out) that the endpoint wants (or `eventTypes`), with the same event ids,
         *     oldest first. A receiver that dedupes by `webhook-id` takes each one once.
         */
        post: operations["replayWebhookEvents"];
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
         * @description An interactive reference (Scalar) rendered in the browser from this spec, with a
         *     request console: paste an API key and send any operation to this server from the page.
         *     The console starts from empty path ids and leaves optional headers (`If-Match`,
         *     `Idempotency-Key`) unticked, so a first request means what the person typed. `GET /`
         *     leads here. Every script it needs is served by this server; nothing is loaded from a
         *     CDN. Needs no API key.
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
         *     Needs no API key, so keep it off the public internet: when the server is started
         *     with `METRICS_PORT`, it is served on that port alone, and this port answers 404.
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
export interface webhooks {
    "disposition.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A disposition (a lead status change) was recorded.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onDispositionCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "disposition.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A disposition was changed; `previous` holds the changed fields' previous values.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onDispositionUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "disposition.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A disposition was deleted; `object` is it as it was.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onDispositionDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead was created.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead's contact or metadata changed.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead was deleted, with its dispositions; `object` is it as it was.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.current_disposition_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead's current disposition changed: another one became current, or the current one was edited; `previous.currentDisposition` is the one before.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadCurrentDispositionChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_status.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead status was added to the catalog.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadStatusCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_status.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead status of the catalog was changed.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadStatusUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_status.archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead status of the catalog was archived.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onLeadStatusArchived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "follow_up.due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The time of an open follow-up (`callbackAt`, `taskDueAt` or `appointmentStartAt`) has arrived; sent once per follow-up and time.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onFollowUpDue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "follow_up.missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A follow-up is still open when its window (60 minutes after its time) has passed: no later disposition of its lead, and not closed.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onFollowUpMissed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One of the business's webhook endpoints was disabled; sent to its other endpoints.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onWebhookEndpointDisabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sent to one endpoint by `POST /webhook-endpoints/{id}/test`.
         * @description Signed as Standard Webhooks sign: `webhook-id` (the event id, the same on every
         *     retry, manual retry and replay), `webhook-timestamp`, `webhook-signature`.
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        /**
         * @description The controlled reporting category of a disposition (a lead status change) or of a lead status.
         * @enum {string}
         */
        Category: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate";
        /**
         * @description Who or what made a change.
         * @enum {string}
         */
        ChangeSource: "User" | "AI" | "Automation" | "System" | "API";
        /**
         * @description A category, or null for none. The string `"null"` is read as null: Leadping's SDK
         *     writes a null enum that way.
         * @enum {string|null}
         */
        CategoryInput: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | "null" | null;
        /**
         * @description Who or what made the change; null (or the string `"null"`, as Leadping's SDK
         *     writes a null enum) means `API`.
         * @enum {string|null}
         */
        ChangeSourceInput: "User" | "AI" | "Automation" | "System" | "API" | "null" | null;
        /**
         * @description The fields a client writes on a disposition, which Leadping's lead-status generation
         *     calls a lead status change: every field of `DispositionRequest` but `leadId`.
         */
        StatusChangeFields: {
            /** @description The type classification for this disposition, e.g. Call or Text. */
            type?: components["schemas"]["ShortText"];
            /**
             * @description The outcome value for this disposition, e.g. Contacted or No Answer. When it names
             *     an active lead status of the business (ignoring case) and no `category` is sent,
             *     the change takes that status's category; naming an archived one is refused with
             *     422 `lead-status-unavailable`.
             */
            outcome?: components["schemas"]["ShortText"];
            /** @description The controlled reporting category; see `outcome` for its default. */
            category?: components["schemas"]["CategoryInput"];
            /** @description Who or what made the change; `API` when not sent. */
            changeSource?: components["schemas"]["ChangeSourceInput"];
            /** @description Why the disposition was changed. */
            reason?: components["schemas"]["NullableShortText"];
            /** @description The automation that made the change, if any. */
            changedByAutomationId?: components["schemas"]["NullableShortText"];
            /** @description The operator or customer notes recorded for this disposition. */
            notes?: components["schemas"]["NullableLongText"];
            /** @description When the outcome happened (the change took effect). Defaults to now on create. */
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
        /** @description The lead a disposition belongs to, which the dispositions generation sends in the body. */
        LeadIdField: {
            /** @description The lead ID associated with this disposition. */
            leadId?: components["schemas"]["Id"];
        };
        /** @description A new disposition; `leadId`, `type` and `outcome` are required. */
        CreateDispositionRequest: WithRequired<components["schemas"]["StatusChangeFields"], "type" | "outcome"> & WithRequired<components["schemas"]["LeadIdField"], "leadId">;
        /** @description The fields of a disposition to change; all are optional. */
        UpdateDispositionRequest: components["schemas"]["StatusChangeFields"] & components["schemas"]["LeadIdField"];
        /**
         * @description A new lead status change (Leadping's `LeadStatusChangeRequest`, SDK 1.0.30 and later);
         *     the lead is the one in the path. `outcome` is required; `type` defaults to
         *     `StatusChange`. SDKs 1.0.30 to 1.0.45 send 18 fields, 1.0.46 and later 11: the seven
         *     they no longer send (`assignedToUserId`, `changedByAutomationId`, `changeSource`,
         *     `isMissedCallFollowUp`, `relatedCallEventId`, `sourceId`, `timestamp`) get the
         *     defaults of a disposition (null, `API`, false, now).
         */
        CreateLeadStatusChangeRequest: WithRequired<components["schemas"]["StatusChangeFields"], "outcome">;
        /** @description The fields of a lead status change to change; all are optional. */
        UpdateLeadStatusChangeRequest: components["schemas"]["StatusChangeFields"];
        /**
         * @description What every representation of a recorded disposition (lead status change) carries,
         *     the responses and the export rows of both generations alike.
         */
        RecordedChangeFields: {
            /** @description The lead ID associated with this disposition. */
            leadId: components["schemas"]["Id"];
            /** @description The type classification for this disposition. */
            type: components["schemas"]["ShortText"];
            /** @description The outcome value for this disposition. */
            outcome: components["schemas"]["ShortText"];
            /**
             * @description The controlled reporting category, or null.
             * @enum {string|null}
             */
            category: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
            /** @description Who or what made the change, as sent; `API` when it was not. */
            changeSource: components["schemas"]["ChangeSource"];
            /** @description Why the disposition was changed. */
            reason: components["schemas"]["NullableShortText"];
            /** @description The automation that made the change, as sent. */
            changedByAutomationId: components["schemas"]["NullableShortText"];
            /** @description When the change took effect (its `timestamp`). */
            changedAt: components["schemas"]["DateTime"];
            /**
             * @description The user the API key that recorded the change was issued to
             *     (`pnpm keys:create <business> --user <id>`); null for a business key. Fixed when
             *     the change is recorded.
             */
            changedByUserId: components["schemas"]["NullableShortText"];
            /** @description The operator or customer notes recorded for this disposition; null when none were recorded. */
            notes: components["schemas"]["NullableLongText"];
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
            /** @description The user who owns the follow-up. */
            assignedToUserId: components["schemas"]["NullableShortText"];
            /** @description The call event this outcome came from. */
            relatedCallEventId: components["schemas"]["NullableShortText"];
            /** @description Whether this disposition is a follow-up to a missed call. */
            isMissedCallFollowUp: boolean;
            /** @description The lead source this disposition is attributed to. */
            sourceId: components["schemas"]["NullableShortText"];
        };
        /** @description What a response carries beyond an export row. */
        RecordFields: {
            /** @description The unique ID for this disposition. */
            id: components["schemas"]["Id"];
            /** @description When the outcome happened. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The appointment notes value for this disposition. */
            appointmentNotes: components["schemas"]["NullableLongText"];
        };
        /**
         * @description The change's place in the lead's history, in the dispositions vocabulary: the lead's
         *     current disposition just before this one was recorded (all null for a lead's first),
         *     and this record itself. Fixed when the record is created.
         */
        DispositionLinks: {
            /**
             * Format: uuid
             * @description The ID of the lead's current disposition before this one was recorded.
             */
            oldDispositionId: string | null;
            /** @description Its outcome, as it was then. */
            oldDispositionOutcome: components["schemas"]["NullableShortText"];
            /** @description Its type, as it was then. */
            oldDispositionType: components["schemas"]["NullableShortText"];
            /** @description The ID of the disposition this change recorded (this record's own). */
            newDispositionId: components["schemas"]["Id"];
        };
        /** @description `DispositionLinks` in the lead-status vocabulary: the same values under the renamed fields. */
        LeadStatusChangeLinks: {
            /**
             * Format: uuid
             * @description The ID of the lead's current status change before this one was recorded.
             */
            oldLeadStatusChangeId: string | null;
            /** @description Its outcome, as it was then. */
            oldLeadStatusChangeOutcome: components["schemas"]["NullableShortText"];
            /** @description Its type, as it was then. */
            oldLeadStatusChangeType: components["schemas"]["NullableShortText"];
            /** @description The ID of the status change this change recorded (this record's own). */
            newLeadStatusChangeId: components["schemas"]["Id"];
        };
        /** @description Response model for disposition data (Leadping's `DispositionResponse`, 28 fields). */
        DispositionResponse: components["schemas"]["RecordFields"] & components["schemas"]["RecordedChangeFields"] & components["schemas"]["DispositionLinks"];
        /**
         * @description A disposition in the lead-status vocabulary (Leadping's `LeadStatusChangeResponse`,
         *     29 fields): the same record as `DispositionResponse`, with the renamed links and
         *     `leadName`.
         */
        LeadStatusChangeResponse: components["schemas"]["RecordFields"] & components["schemas"]["RecordedChangeFields"] & components["schemas"]["LeadStatusChangeLinks"] & {
            /** @description The lead's contact name (first and last), or null when it has none. */
            leadName: string | null;
        };
        /**
         * @description One row of a disposition export (Leadping's `DispositionExportRow`, 26 fields): the
         *     response less `id`, `appointmentNotes` and `timestamp`, with `dispositionId`.
         */
        DispositionExportRow: {
            /** @description The ID of the disposition of this row. */
            dispositionId: components["schemas"]["Id"];
        } & components["schemas"]["RecordedChangeFields"] & components["schemas"]["DispositionLinks"];
        /** @description `DispositionExportRow` in the lead-status vocabulary (Leadping's `LeadStatusChangeExportRow`, 26 fields). */
        LeadStatusChangeExportRow: {
            /** @description The ID of the status change of this row. */
            leadStatusChangeId: components["schemas"]["Id"];
        } & components["schemas"]["RecordedChangeFields"] & components["schemas"]["LeadStatusChangeLinks"];
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
             * @description The CSV text: a header row of the row's field names, then one row per record, newest
             *     first (RFC 4180, CRLF line ends): at most 1,000 rows of at most 24,787 characters.
             */
            csv: string;
            /** @description The same dispositions as rows, in the same order. */
            rows: components["schemas"]["DispositionExportRow"][];
        };
        /** @description A lead's status history packaged for reporting (Leadping's `LeadStatusChangeExportResponse`). */
        LeadStatusChangeExport: {
            /** @description A file name for the CSV, `lead-status-history-<leadId>.csv`. */
            fileName: string;
            /**
             * @description The media type of `csv`.
             * @constant
             */
            contentType: "text/csv";
            /**
             * @description The CSV text: a header row of the row's field names, then one row per record, newest
             *     first (RFC 4180, CRLF line ends): at most 1,000 rows of at most 24,787 characters.
             */
            csv: string;
            /** @description The same status changes as rows, in the same order. */
            rows: components["schemas"]["LeadStatusChangeExportRow"][];
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
         * @description A disposition field that pages can be ordered by; `changedAt` is `timestamp` under its other name.
         * @enum {string}
         */
        DispositionOrderField: "timestamp" | "changedAt" | "createdAt" | "updatedAt" | "callbackAt" | "taskDueAt" | "appointmentStartAt" | "outcome" | "type" | "category" | "changeSource" | "followUpStatus" | "assignedToUserId" | "changedByUserId";
        /**
         * @description A disposition field that can be matched exactly; `oldDispositionOutcome` (the outcome the record replaced, `oldLeadStatusChangeOutcome` in the lead-status vocabulary) is our addition, for the reports' drill-down queries.
         * @enum {string}
         */
        DispositionFilterField: "leadId" | "type" | "outcome" | "category" | "changeSource" | "changedByUserId" | "changedByAutomationId" | "followUpStatus" | "assignedToUserId" | "relatedCallEventId" | "sourceId" | "isMissedCallFollowUp" | "oldDispositionOutcome";
        /**
         * @description A disposition date field that can be filtered by range.
         * @enum {string}
         */
        DispositionRangeField: "timestamp" | "changedAt" | "createdAt" | "updatedAt" | "callbackAt" | "taskDueAt" | "appointmentStartAt" | "appointmentEndAt";
        /**
         * @description A disposition text field that search looks in.
         * @enum {string}
         */
        DispositionSearchField: "type" | "outcome" | "reason" | "notes" | "followUpStatus" | "appointmentNotes" | "assignedToUserId";
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
            filters?: components["schemas"]["DispositionFilter"][];
            /** @description Range filters; all must match. */
            rangeFilters?: components["schemas"]["DispositionRangeFilter"][];
            search?: components["schemas"]["SearchText"];
            /** @description The fields `search` looks in; all searchable fields when left out. */
            searchFields?: components["schemas"]["DispositionSearchField"][];
        };
        /** @description One page of dispositions. */
        DispositionPage: {
            /** @description The dispositions of this page: `pageSize` of them, or fewer when they would pass 4 MiB (4,194,304 bytes) as JSON, the most one page holds; the `continuationToken` then continues after the last one. */
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
        /** @description One page of lead status changes. */
        LeadStatusChangePage: {
            /** @description The status changes of this page. */
            items: components["schemas"]["LeadStatusChangeResponse"][];
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
            sourceMetadata?: components["schemas"]["SourceMetadata"];
        };
        /** @description Free-form data from the lead source, kept as sent: at most 100 keys at its top level, nested at most 8 levels deep (itself the first; `x-max-depth`), and at most 16,384 bytes as JSON in UTF-8 (`x-max-bytes`). Beyond any of these, 400 naming it. */
        SourceMetadata: {
            [key: string]: unknown;
        } | null;
        /** @description Request model for creating or updating a lead. */
        LeadRequest: {
            contact?: components["schemas"]["Contact"];
            metadata?: components["schemas"]["LeadMetadata"];
        };
        /**
         * @description The lead's newest disposition (its current lead status) by `(timestamp, id)`, or null
         *     when it has none. Leadping's `CurrentDispositionSummary`, which its lead-status
         *     generation calls `CurrentLeadStatusSummary`.
         */
        CurrentDisposition: {
            /** @description The ID of the disposition. */
            id: components["schemas"]["Id"];
            /** @description Its outcome. */
            outcome: components["schemas"]["ShortText"];
            /** @description The outcome as shown to people (the outcome text itself). */
            displayName: components["schemas"]["ShortText"];
            /**
             * @description Its category, or null.
             * @enum {string|null}
             */
            category: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
            /** @description Who or what made it (its `changeSource`). */
            source: components["schemas"]["ChangeSource"];
            /** @description When the lead's current disposition last changed. */
            changedAt: components["schemas"]["DateTime"];
            /** @description The user who recorded it. */
            changedByUserId: components["schemas"]["NullableShortText"];
            /** @description The automation that made it. */
            changedByAutomationId: components["schemas"]["NullableShortText"];
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
            /** @description The lead's current disposition (Leadping SDK 1.0.29 and earlier read this one). */
            currentDisposition: components["schemas"]["CurrentDisposition"];
            /** @description The same summary under the name of Leadping SDK 1.0.30 and later. */
            currentLeadStatus: components["schemas"]["CurrentDisposition"];
        };
        /**
         * @description A lead field that pages can be ordered by.
         * @enum {string}
         */
        LeadOrderField: "createdAt" | "modifiedAt" | "contact.firstName" | "contact.lastName" | "contact.email" | "currentDisposition.outcome" | "currentDisposition.changedAt" | "currentLeadStatus.outcome" | "currentLeadStatus.changedAt";
        /**
         * @description A lead field that can be matched exactly.
         * @enum {string}
         */
        LeadFilterField: "contact.firstName" | "contact.lastName" | "contact.email" | "contact.phone.number" | "metadata.externalId" | "metadata.sellerLeadId" | "metadata.utmSource" | "metadata.utmMedium" | "metadata.utmCampaign" | "metadata.product" | "metadata.vertical" | "currentDisposition.outcome" | "currentDisposition.category" | "currentLeadStatus.outcome" | "currentLeadStatus.category";
        /**
         * @description A lead date field that can be filtered by range.
         * @enum {string}
         */
        LeadRangeField: "createdAt" | "modifiedAt" | "currentDisposition.changedAt" | "currentLeadStatus.changedAt";
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
            /** @description The leads of this page: `pageSize` of them, or fewer when they would pass 4 MiB (4,194,304 bytes) as JSON, the most one page holds; the `continuationToken` then continues after the last one. */
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
        /**
         * @description A lead status of the business's catalog (Leadping's `LeadStatusRequest`). On create
         *     `name` is required, `category` defaults to `Open`, `sortOrder` to 0 and `color` to
         *     null; on update fields left out keep their value. A null (or `"null"`) category
         *     counts as left out.
         */
        LeadStatusRequest: {
            /** @description The status's name, unique (ignoring case) among the business's active statuses. */
            name?: components["schemas"]["ShortText"];
            /** @description A display colour, e.g. `#22c55e`. */
            color?: components["schemas"]["NullableShortText"];
            /** @description The reporting category that changes naming this status take. */
            category?: components["schemas"]["CategoryInput"];
            /**
             * Format: double
             * @description The relative display order; lower first.
             */
            sortOrder?: number;
        };
        /** @description A new lead status; `name` is required. */
        CreateLeadStatusRequest: WithRequired<components["schemas"]["LeadStatusRequest"], "name">;
        /**
         * @description A lead status (Leadping's `LeadStatusResponse`): `organizationId` for SDK 1.0.30 and
         *     later, `businessId` (the same value) for earlier ones.
         */
        LeadStatusResponse: {
            /** @description The unique ID for this lead status. */
            id: components["schemas"]["Id"];
            /** @description The business (organization) the status belongs to. */
            organizationId: components["schemas"]["Id"];
            /** @description The same as `organizationId`, under the name of SDK 1.0.29 and earlier. */
            businessId: components["schemas"]["Id"];
            /** @description The status's name. */
            name: components["schemas"]["ShortText"];
            /** @description The display colour, or null. */
            color: components["schemas"]["NullableShortText"];
            category: components["schemas"]["Category"];
            /**
             * Format: double
             * @description The relative display order; lower first.
             */
            sortOrder: number;
            /** @description Whether the status is archived, unavailable for new changes. */
            isArchived: boolean;
            /** @description When the status was last changed. */
            modifiedAt: components["schemas"]["DateTime"];
        };
        /** @description Lead statuses ordered by `sortOrder`, then name. */
        LeadStatusList: components["schemas"]["LeadStatusResponse"][];
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
        /** @description One exact-match filter. */
        DispositionFilter: {
            field: components["schemas"]["DispositionFilterField"];
            value: components["schemas"]["FilterValue"];
        };
        /** @description One range filter; every bound given must hold. */
        DispositionRangeFilter: {
            field: components["schemas"]["DispositionRangeField"];
            greaterThan?: components["schemas"]["RangeBound"];
            greaterThanOrEqual?: components["schemas"]["RangeBound"];
            lessThan?: components["schemas"]["RangeBound"];
            lessThanOrEqual?: components["schemas"]["RangeBound"];
        };
        /**
         * @description An IANA time zone name, e.g. `America/New_York` or `UTC`; an unknown name is a 400.
         * @default UTC
         * @example Europe/Berlin
         */
        TimeZone: string;
        /**
         * Format: int64
         * @description A number of records.
         */
        Count: number;
        /**
         * @description What an outcome report counts by: a field of the disposition (`previousOutcome` is the
         *     outcome it replaced, its `oldDispositionOutcome`), or the calendar `day`, ISO `week`
         *     (from Monday) or `month` of its `timestamp` in the report's time zone.
         * @enum {string}
         */
        OutcomeReportDimension: "outcome" | "category" | "type" | "changeSource" | "assignedToUserId" | "changedByUserId" | "previousOutcome" | "day" | "week" | "month";
        /** @description An outcome report's period, dimensions and filters (`filters`, `rangeFilters`, `search`, `searchFields` as in `POST /dispositions/all/my`). */
        OutcomeReportRequest: {
            /** @description The start of the period (included). */
            from: components["schemas"]["DateTime"];
            /** @description The end of the period (excluded); after `from`, at most 400 days later. */
            to: components["schemas"]["DateTime"];
            /** @description The time zone of `day`, `week` and `month`; `UTC` when left out. */
            timeZone?: components["schemas"]["TimeZone"];
            /** @description Exact-match filters; all must match. */
            filters?: components["schemas"]["DispositionFilter"][];
            /** @description Range filters; all must match. */
            rangeFilters?: components["schemas"]["DispositionRangeFilter"][];
            search?: components["schemas"]["SearchText"];
            /** @description The fields `search` looks in; all searchable fields when left out. */
            searchFields?: components["schemas"]["DispositionSearchField"][];
            /** @description Up to three dimensions, in the order of the keys and the sort; none counts the whole period in one row. */
            groupBy?: components["schemas"]["OutcomeReportDimension"][];
        };
        /** @description A dimension's value; a date for `day` and `week` (`YYYY-MM-DD`), `YYYY-MM` for `month`. */
        ReportKeyValue: string | null;
        /** @description The row's value of each `groupBy` dimension. */
        OutcomeReportKey: {
            outcome?: components["schemas"]["ReportKeyValue"];
            category?: components["schemas"]["ReportKeyValue"];
            type?: components["schemas"]["ReportKeyValue"];
            changeSource?: components["schemas"]["ReportKeyValue"];
            assignedToUserId?: components["schemas"]["ReportKeyValue"];
            changedByUserId?: components["schemas"]["ReportKeyValue"];
            previousOutcome?: components["schemas"]["ReportKeyValue"];
            day?: components["schemas"]["ReportKeyValue"];
            week?: components["schemas"]["ReportKeyValue"];
            month?: components["schemas"]["ReportKeyValue"];
        };
        /** @description One combination of the dimensions' values that has dispositions. */
        OutcomeReportRow: {
            key: components["schemas"]["OutcomeReportKey"];
            /** @description The dispositions of this row. */
            count: components["schemas"]["Count"];
            /** @description The distinct leads of those dispositions. */
            leads: components["schemas"]["Count"];
            /** @description The body for `POST /dispositions/all/my` that lists this row's dispositions. */
            query: components["schemas"]["DispositionQueryOptions"];
        };
        /** @description An outcome report. */
        OutcomeReport: {
            /** @description The rows, sorted by their keys in `groupBy` order, nulls last. */
            rows: components["schemas"]["OutcomeReportRow"][];
            /** @description Every disposition of the report, and the distinct leads among them, each counted once. */
            totals: {
                count: components["schemas"]["Count"];
                leads: components["schemas"]["Count"];
            };
            /** @description The dimensions, as asked. */
            groupBy: components["schemas"]["OutcomeReportDimension"][];
            timeZone: components["schemas"]["TimeZone"];
            from: components["schemas"]["DateTime"];
            to: components["schemas"]["DateTime"];
        };
        /**
         * @description A follow-up's kind, by its time field (`callbackAt`, `taskDueAt`, `appointmentStartAt`).
         * @enum {string}
         */
        FollowUpKind: "callback" | "task" | "appointment";
        /**
         * @description Before today, today, or from tomorrow on, in the time zone asked for.
         * @default today
         * @enum {string}
         */
        FollowUpView: "overdue" | "today" | "upcoming";
        /** @description An open follow-up. */
        FollowUp: {
            kind: components["schemas"]["FollowUpKind"];
            /** @description When it is due (`callbackAt`, `taskDueAt` or `appointmentStartAt`). */
            at: components["schemas"]["DateTime"];
            /** @description An appointment's `appointmentEndAt`; null for the other kinds. */
            endAt: components["schemas"]["NullableDateTime"];
            leadId: components["schemas"]["Id"];
            /** @description The lead's first and last name. */
            leadName: components["schemas"]["NullableShortText"];
            dispositionId: components["schemas"]["Id"];
            outcome: components["schemas"]["ShortText"];
            /**
             * @description The disposition's category.
             * @enum {string|null}
             */
            category: "Open" | "Qualified" | "Converted" | "Lost" | "Invalid" | "Duplicate" | null;
            followUpStatus: components["schemas"]["NullableShortText"];
            assignedToUserId: components["schemas"]["NullableShortText"];
            /** @description The disposition's notes (an appointment's `appointmentNotes` when it has no notes). */
            notes: components["schemas"]["NullableLongText"];
        };
        /** @description One page of open follow-ups. */
        FollowUpPage: {
            /** @description The follow-ups, by `at`, then `kind`, then `dispositionId`. */
            items: components["schemas"]["FollowUp"][];
            /**
             * Format: int32
             * @description The page size used.
             */
            pageSize: number;
            /** @description The token for the next page; null on the last page. */
            continuationToken: string | null;
            /** @description The open follow-ups in each view; null unless `includeCount` was set. */
            counts: {
                overdue: components["schemas"]["Count"];
                today: components["schemas"]["Count"];
                upcoming: components["schemas"]["Count"];
            } | null;
            view: components["schemas"]["FollowUpView"];
            timeZone: components["schemas"]["TimeZone"];
        };
        /**
         * @description What a follow-up report counts by; `day`, `week` and `month` are of the follow-up's time.
         * @enum {string}
         */
        FollowUpReportDimension: "kind" | "assignedToUserId" | "day" | "week" | "month";
        /**
         * @description The window around a follow-up's time within which a later disposition of the lead
         *     keeps it: from `minutesBefore` before to `minutesAfter` after.
         */
        KeptWindow: {
            /**
             * Format: int32
             * @description Minutes before the follow-up's time (at most a day); 15 when left out.
             */
            minutesBefore?: number;
            /**
             * Format: int32
             * @description Minutes after the follow-up's time (at most a week); 60 when left out.
             */
            minutesAfter?: number;
        };
        /** @description A follow-up report's period, dimensions, kinds, window and filters (`filters`, `rangeFilters`, `search`, `searchFields` as in `POST /dispositions/all/my`). */
        FollowUpReportRequest: {
            /** @description The start of the period (included). */
            from: components["schemas"]["DateTime"];
            /** @description The end of the period (excluded); after `from`, at most 400 days later. */
            to: components["schemas"]["DateTime"];
            /** @description The time zone of `day`, `week` and `month`; `UTC` when left out. */
            timeZone?: components["schemas"]["TimeZone"];
            /** @description Exact-match filters; all must match. */
            filters?: components["schemas"]["DispositionFilter"][];
            /** @description Range filters; all must match. */
            rangeFilters?: components["schemas"]["DispositionRangeFilter"][];
            search?: components["schemas"]["SearchText"];
            /** @description The fields `search` looks in; all searchable fields when left out. */
            searchFields?: components["schemas"]["DispositionSearchField"][];
            /** @description Up to three dimensions, in the order of the keys and the sort; none counts the whole period in one row. */
            groupBy?: components["schemas"]["FollowUpReportDimension"][];
            /** @description The kinds to count; all three when left out. */
            kinds?: components["schemas"]["FollowUpKind"][];
            keptWindow?: components["schemas"]["KeptWindow"];
        };
        /** @description Follow-ups scheduled, and what happened to each (see `POST /reports/follow-ups`); `scheduled` is the sum of the others. */
        FollowUpCounts: {
            scheduled: components["schemas"]["Count"];
            kept: components["schemas"]["Count"];
            late: components["schemas"]["Count"];
            missed: components["schemas"]["Count"];
            closed: components["schemas"]["Count"];
            open: components["schemas"]["Count"];
        };
        /** @description The row's value of each `groupBy` dimension. */
        FollowUpReportKey: {
            kind?: components["schemas"]["ReportKeyValue"];
            assignedToUserId?: components["schemas"]["ReportKeyValue"];
            day?: components["schemas"]["ReportKeyValue"];
            week?: components["schemas"]["ReportKeyValue"];
            month?: components["schemas"]["ReportKeyValue"];
        };
        /** @description One combination of the dimensions' values that has follow-ups; `scheduled` is the sum of the other counts. */
        FollowUpReportRow: {
            key: components["schemas"]["FollowUpReportKey"];
            scheduled: components["schemas"]["Count"];
            kept: components["schemas"]["Count"];
            late: components["schemas"]["Count"];
            missed: components["schemas"]["Count"];
            closed: components["schemas"]["Count"];
            open: components["schemas"]["Count"];
            /** @description Per kind of the row, the body for `POST /dispositions/all/my` that lists the dispositions behind `scheduled`. */
            queries: {
                callback?: components["schemas"]["DispositionQueryOptions"];
                task?: components["schemas"]["DispositionQueryOptions"];
                appointment?: components["schemas"]["DispositionQueryOptions"];
            };
        };
        /** @description A follow-up report. */
        FollowUpReport: {
            /** @description The rows, sorted by their keys in `groupBy` order, nulls last. */
            rows: components["schemas"]["FollowUpReportRow"][];
            totals: components["schemas"]["FollowUpCounts"];
            /** @description The dimensions, as asked. */
            groupBy: components["schemas"]["FollowUpReportDimension"][];
            /** @description The window used. */
            keptWindow: {
                /**
                 * Format: int32
                 * @description Minutes before the follow-up's time.
                 */
                minutesBefore: number;
                /**
                 * Format: int32
                 * @description Minutes after the follow-up's time.
                 */
                minutesAfter: number;
            };
            timeZone: components["schemas"]["TimeZone"];
            from: components["schemas"]["DateTime"];
            to: components["schemas"]["DateTime"];
        };
        /** @description A new calendar feed. */
        CalendarFeedRequest: {
            /** @description The user whose follow-ups the feed shows. */
            assignedToUserId: components["schemas"]["ShortText"];
            /** @description The kinds to show; all three when left out. */
            kinds?: components["schemas"]["FollowUpKind"][];
            /** @description Whether events carry the dispositions' notes (personal data); false when left out. */
            includeNotes?: boolean;
        };
        /** @description A calendar feed, without its URL. */
        CalendarFeed: {
            id: components["schemas"]["Id"];
            assignedToUserId: components["schemas"]["ShortText"];
            /** @description The kinds it shows. */
            kinds: components["schemas"]["FollowUpKind"][];
            /** @description Whether events carry notes. */
            includeNotes: boolean;
            createdAt: components["schemas"]["DateTime"];
            /** @description When its URL last changed; null if never. */
            rotatedAt: components["schemas"]["NullableDateTime"];
        };
        /** @description A calendar feed with its URL, shown only when it is created or rotated. */
        CalendarFeedWithUrl: {
            id: components["schemas"]["Id"];
            assignedToUserId: components["schemas"]["ShortText"];
            /** @description The kinds it shows. */
            kinds: components["schemas"]["FollowUpKind"][];
            /** @description Whether events carry notes. */
            includeNotes: boolean;
            createdAt: components["schemas"]["DateTime"];
            /** @description When its URL last changed; null if never. */
            rotatedAt: components["schemas"]["NullableDateTime"];
            /**
             * Format: uri
             * @description The feed's URL (https or http, as the request came in); it holds the token, so keep it secret.
             */
            url: string;
            /**
             * Format: uri
             * @description The same URL with the `webcal` scheme, which opens a subscription in most calendar apps.
             */
            webcalUrl: string;
        };
        /** @description A business's calendar feeds. */
        CalendarFeedList: {
            /** @description The feeds, oldest first. */
            items: components["schemas"]["CalendarFeed"][];
        };
        /**
         * @description An event's id; the same in the feed and on every delivery of it (`webhook-id`).
         * @example evt_2b7c5f0e9d4a4c1b8e3f6a7d9c0b1e2f
         */
        EventId: string;
        /**
         * @description An event type.
         * @enum {string}
         */
        ChangeEventType: "disposition.created" | "disposition.updated" | "disposition.deleted" | "lead.created" | "lead.updated" | "lead.deleted" | "lead.current_disposition_changed" | "lead_status.created" | "lead_status.updated" | "lead_status.archived" | "follow_up.due" | "follow_up.missed" | "webhook_endpoint.disabled" | "webhook.test";
        /**
         * @description An event type (`disposition.updated`), a family of them (`disposition.*`), or every type (`*`).
         * @example disposition.*
         */
        EventTypeSelector: string;
        /** @description A disposition was created, updated or deleted (through either vocabulary, since a lead status change is a disposition). */
        DispositionEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "disposition.created" | "disposition.updated" | "disposition.deleted";
            /** @description When the change was written; the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["DispositionResponse"];
                /** @description For `disposition.updated`, the previous values of the fields that changed; null otherwise. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; the disposition's lead (after a move, the lead it moved to).
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /** @description A lead was created, updated or deleted, or its current disposition changed (which one it is, or its content). */
        LeadEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "lead.created" | "lead.updated" | "lead.deleted" | "lead.current_disposition_changed";
            /** @description When the change was written; the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["LeadResponse"];
                /** @description For `lead.updated` and `lead.current_disposition_changed`, the previous values of the fields that changed; null otherwise. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; the disposition's lead (after a move, the lead it moved to).
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /** @description A lead status of the catalog was created, updated or archived. */
        LeadStatusEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "lead_status.created" | "lead_status.updated" | "lead_status.archived";
            /** @description When the change was written; the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["LeadStatusResponse"];
                /** @description For `lead_status.updated` and `lead_status.archived`, the previous values of the fields that changed; null otherwise. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; null for events of no lead.
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /**
         * @description A follow-up's time arrived while it was open (`follow_up.due`), or its window passed
         *     while it was still open (`follow_up.missed`). Recorded by the server's clock, a few
         *     seconds after the moment, once per follow-up (disposition, kind and time) and type.
         */
        FollowUpEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "follow_up.due" | "follow_up.missed";
            /** @description When the event was recorded (shortly after the follow-up's time, or its window's end); the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["FollowUp"];
                /** @description Always null. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; the follow-up's lead.
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /** @description One of the business's webhook endpoints was disabled (sent to its other endpoints). */
        WebhookEndpointDisabledEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "webhook_endpoint.disabled";
            /** @description When the change was written; the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["WebhookEndpoint"];
                /** @description Always null. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; null for events of no lead.
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /** @description A test event, sent to one endpoint when asked. */
        WebhookTestEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "webhook.test";
            /** @description When the change was written; the same on every delivery. */
            timestamp: components["schemas"]["DateTime"];
            /** @description The event's content. */
            data: {
                object: components["schemas"]["WebhookTestObject"];
                /** @description Always null. */
                previous: {
                    [key: string]: unknown;
                } | null;
                /**
                 * Format: uuid
                 * @description The lead the event is about; null for events of no lead.
                 */
                leadId: string | null;
                /**
                 * Format: int64
                 * @description Grows by one with each event of the lead, so a receiver can drop a stale event; a gap is an event the receiver did not get. Null for events of no lead.
                 */
                sequence: number | null;
            };
        };
        /** @description What a test event carries. */
        WebhookTestObject: {
            endpointId: components["schemas"]["Id"];
            /** @description A fixed sentence. */
            message: string;
        };
        /** @description An event, of one of the types; `type` tells which. */
        ChangeEvent: components["schemas"]["DispositionEvent"] | components["schemas"]["LeadEvent"] | components["schemas"]["LeadStatusEvent"] | components["schemas"]["FollowUpEvent"] | components["schemas"]["WebhookEndpointDisabledEvent"] | components["schemas"]["WebhookTestEvent"];
        /** @description One page of events, oldest first. */
        ChangeEventPage: {
            /** @description The events, in commit order. */
            items: components["schemas"]["ChangeEvent"][];
            /**
             * Format: int32
             * @description The page size used.
             */
            pageSize: number;
            /** @description The token for the next page; null when there are no more events now (poll again later with `after`). */
            continuationToken: string | null;
        };
        /**
         * Format: uri
         * @description An `https` URL, not of a private, loopback, link-local or metadata address.
         * @example https://crm.example.com/hooks/dispositions
         */
        WebhookUrl: string;
        /** @description The events the endpoint wants; every one (`["*"]`) when left out. */
        EventTypeSelectors: components["schemas"]["EventTypeSelector"][];
        /** @description A new webhook endpoint. */
        WebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            description?: components["schemas"]["NullableShortText"];
            eventTypes?: components["schemas"]["EventTypeSelectors"];
            /** @description Whether events are sent to it; true when left out. */
            enabled?: boolean;
        };
        /** @description The fields of a webhook endpoint to change; the others stay. */
        WebhookEndpointUpdate: {
            url?: components["schemas"]["WebhookUrl"];
            description?: components["schemas"]["NullableShortText"];
            eventTypes?: components["schemas"]["EventTypeSelectors"];
            /** @description Whether events are sent to it; true re-enables a disabled endpoint. */
            enabled?: boolean;
        };
        /**
         * @description `enabled` and delivering; `failing`: its last attempt failed and none succeeded since; `disabled`: nothing is sent (by a PATCH, a 410 answer, or failing for too long).
         * @enum {string}
         */
        WebhookEndpointStatus: "enabled" | "failing" | "disabled";
        /** @description A webhook endpoint, without its secret. */
        WebhookEndpoint: {
            id: components["schemas"]["Id"];
            url: components["schemas"]["WebhookUrl"];
            description: components["schemas"]["NullableShortText"];
            eventTypes: components["schemas"]["EventTypeSelectors"];
            /** @description Whether events are sent to it. */
            enabled: boolean;
            status: components["schemas"]["WebhookEndpointStatus"];
            /** @description Why it was disabled, when it was not by a PATCH; null otherwise. */
            disabledReason: string | null;
            createdAt: components["schemas"]["DateTime"];
            updatedAt: components["schemas"]["DateTime"];
        };
        /** @description A signing secret, shown once. */
        WebhookSecret: {
            secret: components["schemas"]["WebhookSecretValue"];
        };
        /** @description `whsec_` and the base64 of at least 24 random bytes, as Standard Webhooks libraries take it. */
        WebhookSecretValue: string;
        /** @description A new webhook endpoint, with its signing secret (shown only here and on rotation). */
        WebhookEndpointWithSecret: {
            id: components["schemas"]["Id"];
            url: components["schemas"]["WebhookUrl"];
            description: components["schemas"]["NullableShortText"];
            eventTypes: components["schemas"]["EventTypeSelectors"];
            /** @description Whether events are sent to it. */
            enabled: boolean;
            status: components["schemas"]["WebhookEndpointStatus"];
            /** @description Why it was disabled, when it was not by a PATCH; null otherwise. */
            disabledReason: string | null;
            createdAt: components["schemas"]["DateTime"];
            updatedAt: components["schemas"]["DateTime"];
            secret: components["schemas"]["WebhookSecretValue"];
        };
        /** @description A business's webhook endpoints. */
        WebhookEndpointList: {
            /** @description The endpoints, oldest first. */
            items: components["schemas"]["WebhookEndpoint"][];
        };
        /** @description How to rotate. */
        RotateWebhookSecretRequest: {
            /**
             * Format: int32
             * @description How long the previous secret still signs, in seconds (a day, 86400, when left out; a week at most).
             */
            overlapSeconds?: number;
        };
        /**
         * @description `pending`: to be sent (again); `delivered`: a 2xx answer; `failed`: its retries are used up (send it again with retry).
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /** @description One attempt to deliver. */
        WebhookAttempt: {
            at: components["schemas"]["DateTime"];
            /**
             * Format: int32
             * @description The receiver's status code; null when it did not answer.
             */
            statusCode: number | null;
            /**
             * Format: int32
             * @description How long the attempt took.
             */
            durationMs: number;
            /** @description Why it failed without an answer (a timeout, a refused address), or null. */
            error: string | null;
            /** @description The first 2 KB of the receiver's answer. */
            responseExcerpt: string | null;
        };
        /** @description An event's delivery to an endpoint. */
        WebhookDelivery: {
            id: components["schemas"]["Id"];
            eventId: components["schemas"]["EventId"];
            eventType: components["schemas"]["ChangeEventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttempt"][];
            /** @description When it is sent next, while pending; null otherwise. */
            nextAttemptAt: components["schemas"]["NullableDateTime"];
            createdAt: components["schemas"]["DateTime"];
        };
        /** @description One page of deliveries, newest first. */
        WebhookDeliveryPage: {
            /** @description The deliveries. */
            items: components["schemas"]["WebhookDelivery"][];
            /**
             * Format: int32
             * @description The page size used.
             */
            pageSize: number;
            /** @description The token for the next page; null on the last page. */
            continuationToken: string | null;
        };
        /** @description Which events to send again. */
        WebhookReplayRequest: {
            /** @description From this time on (inclusive). */
            since: components["schemas"]["DateTime"];
            /** @description Up to this time (exclusive); now when left out. */
            until?: components["schemas"]["DateTime"];
            eventTypes?: components["schemas"]["EventTypeSelectors"];
        };
        /** @description What a replay queued. */
        WebhookReplayQueued: {
            /**
             * Format: int32
             * @description How many deliveries it queued.
             */
            queued: number;
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
                 *       "detail": "/body/outcome: must be string",
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
        /** @description The status change was recorded (or, with `Idempotency-Replayed`, had been by an earlier request with the same key). */
        LeadStatusChangeRecorded: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Idempotency-Replayed": components["headers"]["IdempotencyReplayed"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusChangeResponse"];
            };
        };
        /** @description The lead status change. */
        LeadStatusChange: {
            headers: {
                ETag: components["headers"]["ETag"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusChangeResponse"];
            };
        };
        /** @description The lead's status changes, newest first. */
        LeadStatusHistory: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusChangeResponse"][];
            };
        };
        /** @description The export of the lead's status history. */
        LeadStatusHistoryExport: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusChangeExport"];
                /** @example leadStatusChangeId,leadId,type,outcome,category,changeSource,reason,changedByAutomationId,changedAt,changedByUserId,notes,createdAt,updatedAt,followUpStatus,callbackAt,taskDueAt,appointmentStartAt,appointmentEndAt,assignedToUserId,relatedCallEventId,isMissedCallFollowUp,sourceId,oldLeadStatusChangeId,oldLeadStatusChangeOutcome,oldLeadStatusChangeType,newLeadStatusChangeId */
                "text/csv": string;
            };
        };
        /** @description One page of lead status changes. */
        LeadStatusChangePage: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusChangePage"];
            };
        };
        /** @description The record was deleted; there is no body. */
        Deleted: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The lead status. */
        LeadStatus: {
            headers: {
                ETag: components["headers"]["ETag"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusResponse"];
            };
        };
        /** @description The lead status was created. */
        LeadStatusCreated: {
            headers: {
                ETag: components["headers"]["ETag"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusResponse"];
            };
        };
        /** @description The business's lead statuses, ordered by `sortOrder`, then name. */
        LeadStatusList: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LeadStatusList"];
            };
        };
        /** @description The status is archived. */
        LeadStatusArchived: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /** @example true */
                "application/json": true;
            };
        };
        /** @description The history is longer than one answer holds (1,000 status changes). */
        LeadStatusHistoryTooLarge: {
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
                 *       "detail": "This lead has more than 1000 status changes, the most one answer holds. Page through them with POST /lead-status-changes/all/my filtered by leadId, or stream them as CSV from the export.",
                 *       "instance": "/leads/3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10/status-history"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The history is longer than the export holds: 1,000 status changes as JSON (ask
         *     for `text/csv`), 100,000 as CSV (page through it with `POST /lead-status-changes/all/my`).
         */
        LeadStatusExportTooLarge: {
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
                 *       "detail": "This lead has more than 1000 status changes, the most a JSON export holds. Send `Accept: text/csv` to stream them all.",
                 *       "instance": "/leads/3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10/status-history/export"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Nothing was recorded: either the `Idempotency-Key` was already used, within the
         *     last 24 hours, with a different request (`idempotency-key-reused`: send a new key for
         *     a new request), or the `outcome` names an archived lead status of the business, which
         *     is unavailable for new changes (`lead-status-unavailable`).
         */
        CreateRefused: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/lead-status-unavailable",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "The lead status \"Do Not Call\" is archived, unavailable for new changes.",
                 *       "instance": "/leads/3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10/status"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The new `outcome` names an archived lead status of the business, which is
         *     unavailable for new changes. Nothing was changed.
         */
        LeadStatusUnavailable: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/lead-status-unavailable",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "The lead status \"Do Not Call\" is archived, unavailable for new changes.",
                 *       "instance": "/dispositions/9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Another active lead status of the business has this name (ignoring case). Nothing
         *     was changed.
         */
        LeadStatusNameTaken: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/lead-status-name-taken",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "An active lead status named \"Appointment Set\" already exists.",
                 *       "instance": "/lead-statuses"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The business already has 1,000 lead statuses (archived ones included), the most it
         *     holds. Nothing was created; rename or reuse one instead.
         */
        LeadStatusCatalogFull: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/lead-status-catalog-full",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "This business already has 1000 lead statuses, the most it holds.",
                 *       "instance": "/lead-statuses"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The report would have more than 10,000 rows, the most one answer holds. Narrow it: a
         *     shorter period, fewer or coarser `groupBy` dimensions (`week` or `month` for `day`),
         *     or filters.
         */
        ReportTooLarge: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/report-too-large",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "This report has more than 10000 rows, the most one answer holds. Narrow it: a shorter period, fewer or coarser groupBy dimensions (week or month rather than day), or filters.",
                 *       "instance": "/reports/outcomes"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The business already has 1,000 calendar feeds, the most it holds. Nothing was created; delete one first. */
        CalendarFeedsFull: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/calendar-feeds-full",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "This business already has 1000 calendar feeds, the most it holds.",
                 *       "instance": "/calendar-feeds"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The business already has 50 webhook endpoints, the most it holds. Nothing was created; delete one first. */
        WebhookEndpointsFull: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/webhook-endpoints-full",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "This business already has 50 webhook endpoints, the most it holds.",
                 *       "instance": "/webhook-endpoints"
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
        /** @description The ID of the lead status change (the disposition of the same id). */
        LeadStatusChangeId: components["schemas"]["Id"];
        /** @description The ID of the lead status. */
        LeadStatusId: components["schemas"]["Id"];
        /** @description The ID of the calendar feed. */
        CalendarFeedId: components["schemas"]["Id"];
        /** @description The ID of the webhook endpoint. */
        WebhookEndpointId: components["schemas"]["Id"];
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
            422: components["responses"]["CreateRefused"];
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
            422: components["responses"]["LeadStatusUnavailable"];
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
                     * @example dispositionId,leadId,type,outcome,category,changeSource,reason,changedByAutomationId,changedAt,changedByUserId,notes,createdAt,updatedAt,followUpStatus,callbackAt,taskDueAt,appointmentStartAt,appointmentEndAt,assignedToUserId,relatedCallEventId,isMissedCallFollowUp,sourceId,oldDispositionId,oldDispositionOutcome,oldDispositionType,newDispositionId
                     *     9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d,3f0e2a55-8a0c-4b44-9d8e-6c1f2a7b9d10,Call,Appointment Set,Qualified,User,,,2026-11-24T15:04:05.000Z,,Wants a quote.,2026-11-24T15:04:06.123Z,2026-11-24T15:04:06.123Z,Pending,,,,,user-42,,false,,,,,9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
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
    recordLeadStatusChange: {
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
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        /** @description The status change to record. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appointmentEndAt": "2026-11-30T15:00:00.000Z",
                 *       "appointmentNotes": "Bring samples.",
                 *       "appointmentStartAt": "2026-11-30T14:00:00.000Z",
                 *       "category": "Qualified",
                 *       "followUpStatus": "Pending",
                 *       "notes": "Wants a quote for the whole house.",
                 *       "outcome": "Appointment Set",
                 *       "reason": "Asked for a quote.",
                 *       "type": "Call"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLeadStatusChangeRequest"];
            };
        };
        responses: {
            201: components["responses"]["LeadStatusChangeRecorded"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["CreateRefused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLeadStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatusHistory"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["LeadStatusHistoryTooLarge"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportLeadStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the lead. */
                id: components["parameters"]["LeadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatusHistoryExport"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["LeadStatusExportTooLarge"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLeadStatusChange: {
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
                /** @description The ID of the lead status change (the disposition of the same id). */
                id: components["parameters"]["LeadStatusChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatusChange"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLeadStatusChange: {
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
                /** @description The ID of the lead status change (the disposition of the same id). */
                id: components["parameters"]["LeadStatusChangeId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "category": "Converted",
                 *       "outcome": "Sold"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLeadStatusChangeRequest"];
            };
        };
        responses: {
            200: components["responses"]["LeadStatusChange"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LeadStatusUnavailable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLeadStatusChange: {
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
                /** @description The ID of the lead status change (the disposition of the same id). */
                id: components["parameters"]["LeadStatusChangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["Deleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    queryLeadStatusChanges: {
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
                 *       "filters": [
                 *         {
                 *           "field": "category",
                 *           "value": "Qualified"
                 *         }
                 *       ],
                 *       "orderBy": [
                 *         {
                 *           "field": "changedAt",
                 *           "direction": "desc"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DispositionQueryOptions"];
            };
        };
        responses: {
            200: components["responses"]["LeadStatusChangePage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLeadStatuses: {
        parameters: {
            query?: {
                /** @description Whether to list archived statuses too. */
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatusList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLeadStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The status. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Appointment Set",
                 *       "color": "#22c55e",
                 *       "category": "Qualified",
                 *       "sortOrder": 2
                 *     }
                 */
                "application/json": components["schemas"]["CreateLeadStatusRequest"];
            };
        };
        responses: {
            201: components["responses"]["LeadStatusCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["LeadStatusNameTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LeadStatusCatalogFull"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLeadStatus: {
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
                /** @description The ID of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatus"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLeadStatus: {
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
                /** @description The ID of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "#16a34a",
                 *       "sortOrder": 3
                 *     }
                 */
                "application/json": components["schemas"]["LeadStatusRequest"];
            };
        };
        responses: {
            200: components["responses"]["LeadStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["LeadStatusNameTaken"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    archiveLeadStatus: {
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
                /** @description The ID of the lead status. */
                id: components["parameters"]["LeadStatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LeadStatusArchived"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The period, the dimensions and the filters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-11-01T00:00:00-04:00",
                 *       "to": "2026-12-01T00:00:00-05:00",
                 *       "timeZone": "America/New_York",
                 *       "groupBy": [
                 *         "week",
                 *         "category"
                 *       ],
                 *       "filters": [
                 *         {
                 *           "field": "assignedToUserId",
                 *           "value": "user-42"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OutcomeReportRequest"];
            };
        };
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeReport"];
                    /**
                     * @example week,category,count,leads
                     *     2026-11-02,Qualified,12,9
                     *     2026-11-02,,3,3
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ReportTooLarge"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The period, the dimensions and the filters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2026-11-01T00:00:00Z",
                 *       "to": "2026-12-01T00:00:00Z",
                 *       "groupBy": [
                 *         "assignedToUserId",
                 *         "kind"
                 *       ],
                 *       "keptWindow": {
                 *         "minutesBefore": 15,
                 *         "minutesAfter": 60
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["FollowUpReportRequest"];
            };
        };
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ReportTooLarge"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFollowUps: {
        parameters: {
            query?: {
                /**
                 * @description Only this user's follow-ups; everyone's when left out.
                 * @example user-42
                 */
                assignedToUserId?: string;
                /** @description Which part of the agenda. */
                view?: components["schemas"]["FollowUpView"];
                /** @description The kinds to list, comma-separated; all three when left out. */
                kinds?: components["schemas"]["FollowUpKind"][];
                /** @description The IANA time zone whose calendar day is `today`. */
                timeZone?: components["schemas"]["TimeZone"];
                /** @description How many items a page holds at most. */
                pageSize?: components["schemas"]["PageSize"];
                /** @description Whether to answer `counts`, the number of open follow-ups in each view. */
                includeCount?: boolean;
                /** @description The `continuationToken` of the previous page. */
                continuationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of open follow-ups. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCalendarFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feeds. */
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
                     *       "items": [
                     *         {
                     *           "id": "5b6f2d1e-8c3a-4f7b-9e0d-1a2b3c4d5e6f",
                     *           "assignedToUserId": "user-42",
                     *           "kinds": [
                     *             "callback",
                     *             "task",
                     *             "appointment"
                     *           ],
                     *           "includeNotes": false,
                     *           "createdAt": "2026-11-24T15:04:05.000Z",
                     *           "rotatedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarFeedList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Whose follow-ups, which kinds, and whether to show notes. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignedToUserId": "user-42",
                 *       "kinds": [
                 *         "callback",
                 *         "appointment"
                 *       ],
                 *       "includeNotes": false
                 *     }
                 */
                "application/json": components["schemas"]["CalendarFeedRequest"];
            };
        };
        responses: {
            /** @description The feed, with its URL. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedWithUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["CalendarFeedsFull"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the calendar feed. */
                id: components["parameters"]["CalendarFeedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the calendar feed. */
                id: components["parameters"]["CalendarFeedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed, with its new URL. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedWithUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCalendar: {
        parameters: {
            query: {
                /**
                 * @description The feed's token, as in its URL.
                 * @example dspcal_3q2-7wEvWxz0m1R4n5b6c7d8e9f0g1h2i3j4k5l6m7n
                 */
                token: string;
            };
            header?: {
                /**
                 * @description Makes the read conditional: when the record's current `ETag` is one of these
                 *     entity tags (or this is `*`), the answer is 304 with no body.
                 * @example "1c4-9xQm2ZkQnJ3v0oWfW1p2bq7Ykx8"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Dispositions API//Follow-ups//EN
                     *     BEGIN:VEVENT
                     *     UID:9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d-callback@dispositions-api
                     *     SEQUENCE:30000000
                     *     DTSTAMP:20261124T150405Z
                     *     DTSTART:20261125T150000Z
                     *     DTEND:20261125T151500Z
                     *     SUMMARY:Callback: Ada Lovelace (No Answer)
                     *     END:VEVENT
                     *     END:VCALENDAR
                     */
                    "text/calendar": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            /** @description No calendar feed has this token (it is wrong, rotated or deleted). */
            404: {
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
                     *       "detail": "No calendar feed has this token; it may have been rotated or deleted.",
                     *       "instance": "/calendar.ics",
                     *       "errors": [
                     *         {
                     *           "path": "/query/token",
                     *           "message": "is not the token of a calendar feed",
                     *           "errorCode": "unknown.token"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChangeEvents: {
        parameters: {
            query?: {
                /** @description Only these event types, comma-separated; each exact (`disposition.updated`) or a family (`disposition.*`). */
                types?: components["schemas"]["EventTypeSelector"][];
                /** @description Only the events of this lead. */
                leadId?: components["schemas"]["Id"];
                /** @description An event id; only the events after it. 404 when no event of the business has this id (any more). */
                after?: components["schemas"]["EventId"];
                /** @description How many events a page holds at most. */
                pageSize?: components["schemas"]["PageSize"];
                /** @description The `continuationToken` of the previous page. */
                continuationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChangeEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the event. */
                id: components["schemas"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The URL and the events it wants. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://crm.example.com/hooks/dispositions",
                 *       "description": "CRM sync",
                 *       "eventTypes": [
                 *         "disposition.*",
                 *         "lead.current_disposition_changed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret. */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["WebhookEndpointsFull"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
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
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description How long the previous secret still signs. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "overlapSeconds": 86400
                 *     }
                 */
                "application/json": components["schemas"]["RotateWebhookSecretRequest"];
            };
        };
        responses: {
            /** @description The new secret. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery and its attempt. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only the deliveries in this state. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only the deliveries of this event type. */
                eventType?: components["schemas"]["ChangeEventType"];
                /** @description How many deliveries a page holds at most. */
                pageSize?: components["schemas"]["PageSize"];
                /** @description The `continuationToken` of the previous page. */
                continuationToken?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
                /** @description The ID of the delivery. */
                deliveryId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued. */
            202: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the webhook endpoint. */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description The period and the event types. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2026-11-24T00:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookReplayRequest"];
            };
        };
        responses: {
            /** @description How many deliveries were queued. */
            202: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayQueued"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
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
            /** @description The metrics are served on a port of their own (`METRICS_PORT`), not on this one. */
            404: {
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
                     *       "detail": "The metrics are served on a port of their own (METRICS_PORT), not on this one.",
                     *       "instance": "/metrics"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    onDispositionCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispositionEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onDispositionUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispositionEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onDispositionDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispositionEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadCurrentDispositionChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadStatusCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadStatusUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadStatusArchived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onFollowUpDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onFollowUpMissed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointDisabled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointDisabledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer is a success; anything else, or no answer within 15 seconds, is retried. 410 disables the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
