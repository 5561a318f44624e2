// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/generate.ts from openapi/provisioning.yaml; run `npm run generate` after changing the spec.

export interface paths {
    "/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all webhooks in project
         * @description Lists the project's provisioning webhooks page by page; with no page token, all of them (at most 15) are returned in alphabetical order.
         */
        get: operations["WebhookWebhookController_listWebhooks_v1"];
        put?: never;
        /**
         * Register a webhook for project
         * @description Registers a provisioning webhook that receives pushed resource updates; a project can have no more than 15.
         */
        post: operations["WebhookWebhookController_createWebhook_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get webhook
         * @description Returns a single registered webhook.
         */
        get: operations["WebhookWebhookController_getWebhook_v1"];
        /**
         * Replace webhook
         * @description Replaces a webhook with a complete definition; the body matches create and every field is required.
         */
        put: operations["WebhookWebhookController_replaceWebhook_v1"];
        post?: never;
        /**
         * Delete webhook
         * @description Deletes a registered webhook.
         */
        delete: operations["WebhookWebhookController_deleteWebhook_v1"];
        options?: never;
        head?: never;
        /**
         * Update webhook
         * @description Updates only some fields of a webhook: any of target, secret or triggers.
         */
        patch: operations["WebhookWebhookController_updateWebhook_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bundles by projectId
         * @description Lists a project's bundles page by page, optionally filtered by Conversation app IDs, SMS app IDs or state; with no token the first 10 are returned.
         */
        get: operations["BundlesBundlesController_list_v1"];
        put?: never;
        /**
         * Create bundle for project
         * @description Launches an asynchronous work order that creates a subproject, an SMS app and/or a Conversation app, plus webhooks; the BUNDLE_DONE event signals completion.
         */
        post: operations["BundlesBundlesController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/bundles/{bundleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bundle by projectId and bundleId
         * @description Returns one bundle together with the resources it created; it may still be in progress.
         */
        get: operations["BundlesBundlesController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/instagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Instagram channel information
         * @description Returns profile data for the Instagram channel of a Conversation API app.
         */
        get: operations["ConversationInstagramController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/messenger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Facebook Messenger channel information
         * @description Returns page data for the Messenger channel of a Conversation API app.
         */
        get: operations["ConversationMessengerController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/telegram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Telegram Bot channel information
         * @description Returns bot data for the Telegram channel of a Conversation API app.
         */
        get: operations["ConversationTelegramController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/viber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Viber Bot channel information
         * @description Returns account data for the Viber Bot channel of a Conversation API app.
         */
        get: operations["ConversationViberController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account for project
         * @description Returns the project's one and only WhatsApp account.
         */
        get: operations["WhatsappAccountsController_getAccount_v1"];
        put?: never;
        /**
         * Create account for project
         * @description Creates the WhatsApp account for the project; a project can have only one account.
         */
        post: operations["WhatsappAccountsController_createAccount_v1"];
        /**
         * Delete account for project
         * @description Deletes the project's account; refused as long as any sender is still attached.
         */
        delete: operations["WhatsappAccountsController_deleteAccount_v1"];
        options?: never;
        head?: never;
        /**
         * Update account for project
         * @description Edits the account, which is only possible while it is REJECTED; its change status then moves to IN_PROGRESS.
         */
        patch: operations["WhatsappAccountsController_updateAccount_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists activities on account
         * @description Lists the account's activity trail page by page, most recent entry first.
         */
        get: operations["WhatsappAccountsController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a comment for an account
         * @description Posts a comment on the account's activity trail.
         */
        post: operations["WhatsappAccountsController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/enableTemplateAnalytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enable Meta template analytics
         * @description Enables Meta template analytics (insights) on the project's WhatsApp Business Account.
         */
        put: operations["WhatsappTemplateAnalyticsHelpersController_enableTemplateAnalytics_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/longLivedAccessToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a long lived access token
         * @deprecated
         * @description Trades the Facebook token or code obtained from Embedded Signup for a long-lived token, valid for roughly 60 days.
         */
        post: operations["WhatsappEmbeddedSignupHelperController_createLongLivedAccessToken_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/wabaDetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List WhatsApp Business Accounts details
         * @deprecated
         * @description Lists all WABAs the given Facebook token can reach, each with the phone numbers shared to it.
         */
        post: operations["WhatsappEmbeddedSignupHelperController_listWabaDetailsForToken_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get flows in the WABA associated to the project
         * @description Lists, page by page, the Flows in the WABA linked to the project.
         */
        get: operations["WhatsappFlowsController_listFlows_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/flows/{flowId}/screens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get screens of a flow
         * @description Returns the screens that a single Flow consists of.
         */
        get: operations["WhatsappFlowsController_listFlowScreens_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all solutions in project
         * @description Returns every Multi-Partner Solution known for the project in one unpaginated response.
         */
        get: operations["WhatsappSolutionsController_listSolutions_v1"];
        put?: never;
        /**
         * Create solution for project
         * @description Registers a Multi-Partner Solution using the token from Meta's embedded creation flow; the response lists both the created and the failed solutions.
         */
        post: operations["WhatsappSolutionsController_createSolution_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/solutions/{solutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get solution for project
         * @description Returns one solution, including whether the project is assigned to it.
         */
        get: operations["WhatsappSolutionsController_getSolution_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/solutions/{solutionId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign solution to project
         * @description Assigns the project to a solution so that Embedded Signup onboarding can use it.
         */
        post: operations["WhatsappSolutionsController_assignSolution_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List senders
         * @description Lists the project's WhatsApp senders page by page; with no token you get the first page of 50.
         */
        get: operations["WhatsappSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender
         * @description Creates a sender via Embedded Signup, on a new Sinch-provisioned number, or partner-initiated; the outcome is asynchronous and is followed through state/changes and webhooks. Allowed region x businessManager x hosting combinations, identical for Embedded Signup and partner-initiated: BR with SINCH_BR or SINCH_MX (not SINCH_UK); EU with SINCH_UK only; US with SINCH_BR, SINCH_MX or SINCH_UK. The invalid_business_manager_for_environment example states that the business managers allowed in that environment are SINCH_AMERICA and SINCH_UK.
         */
        post: operations["WhatsappSendersController_createSender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sender
         * @description Returns a single sender of the project.
         */
        get: operations["WhatsappSendersController_get_v1"];
        put?: never;
        post?: never;
        /**
         * Delete sender
         * @description Marks the sender for deletion: it stays usable for 30 days and is removed afterwards.
         */
        delete: operations["WhatsappSendersController_delete_v1"];
        options?: never;
        head?: never;
        /**
         * Update sender
         * @description Updates part of a sender; pending edits appear under `changes`, except displayName, which is tracked in `metadata.displayName`. Only ACTIVE senders can be updated (sender_not_updatable); pending changes are editable only while their status is DRAFT or REJECTED (sender_changes_not_updatable); the display name is locked during review (sender_display_name_update_not_allowed); the username can change only on ACTIVE senders (sender_username_update_not_available).
         */
        patch: operations["WhatsappSendersController_update_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sender activities
         * @description Activity log of a sender, paginated, most recent first.
         */
        get: operations["WhatsappSendersController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete pending sender changes
         * @description Drops a sender's pending or rejected changes; only changes with status DRAFT, REJECTED or ERROR can be discarded, otherwise the call fails with sender_changes_not_deletable.
         */
        delete: operations["WhatsappSendersController_deleteChanges_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on sender
         * @description Posts a comment on a sender.
         */
        post: operations["WhatsappSendersController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register sender
         * @description Begins number registration: an OTP arrives by SMS or voice call and must then be sent to the verify endpoint. Registration is allowed only for senders in state PENDING_VERIFICATION (not_allowed_register).
         */
        post: operations["WhatsappSendersController_register_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/suggestedUsernames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get suggested usernames
         * @description Returns suggested usernames for a sender.
         */
        get: operations["WhatsappSendersController_getSuggestedUsernames_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify sender
         * @description Finishes registration using the OTP received after calling register. Verification is allowed only for senders in state PENDING_VERIFICATION (not_allowed_verify).
         */
        post: operations["WhatsappSendersController_verify_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/senders/{senderId}/verification-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sender verification status
         * @description Tells whether ownership of the sender's phone number has been verified.
         */
        get: operations["WhatsappSendersController_getVerificationStatus_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Lists the project's templates page by page in alphabetical order; with no token the first page contains 50.
         */
        get: operations["WhatsappTemplatesController_listTemplates_v1"];
        put?: never;
        /**
         * Create template
         * @description Creates a template: with status SUBMIT (default) it goes to review immediately, with DRAFT it is only stored. Name plus language must be unique within the project (template_exists). A name deleted within the last 30 days cannot be reused (template_name_recently_used), and a deleted language cannot be created again for 4 weeks (template_language_recently_deleted). Adding a language to an existing template requires the category the other languages already use (template_incorrect_category). URL buttons cannot target wa.me or whatsapp.com (template_restricted_Domain_for_button_url). Only dynamic URL buttons can include an example (template_invalid_button_example). Media samples must be image/jpeg, image/png, application/pdf, video/3gp or video/mp4 (file_invalid_mime_type). Optimization (dynamic pricing) requires the WABA prerequisites to be enabled (template_dynamic_pricing_not_available). template_submit_error can include additionalInformation.metaError {code, subcode, message, description, reason} passed on from Meta. Several 4xx/5xx resolutions refer to saveDraftOnFailure: if true, the template is kept as a draft when submission fails.
         */
        post: operations["WhatsappTemplatesController_createTemplate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/{templateName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates by name
         * @description Lists, page by page, every language variant that shares one template name.
         */
        get: operations["WhatsappTemplatesController_listTemplatesByName_v1"];
        put?: never;
        post?: never;
        /**
         * Delete templates by name
         * @description Deletes all language variants with this name; the name cannot be reused for 30 days, and messages not yet delivered keep being retried for 30 days.
         */
        delete: operations["WhatsappTemplatesController_deleteTemplatesByName_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get template
         * @description Returns one template, identified by name and language.
         */
        get: operations["WhatsappTemplatesController_getTemplate_v1"];
        put?: never;
        post?: never;
        /**
         * Delete template by name and language
         * @description Deletes one language variant: by default only its draft, and with deleteSubmitted=true also the version submitted to Meta. Once an approved template is deleted, the same name+language is blocked for 30 days, so updating is recommended over deleting and re-creating.
         */
        delete: operations["WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1"];
        options?: never;
        head?: never;
        /**
         * Update template
         * @description Edits a draft, or a template in state APPROVED, REJECTED, PAUSED or DISABLED (a rejected one goes back to draft); fields that cannot be updated require deleting and re-creating. The template state must be APPROVED, DISABLED, PAUSED or REJECTED (template_not_updatable), and pending changes must have status DRAFT or REJECTED (template_changes_not_updatable). category and allowCategoryChange can change only while DRAFT, or when REJECTED with rejectionCode INCORRECT_CATEGORY. Templates created by Meta (isMetaGenerated) cannot be updated (template_source_not_updatable).
         */
        patch: operations["WhatsappTemplatesController_updateTemplate_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List template activities
         * @description Activity log of a single template language variant, paginated, most recent first.
         */
        get: operations["WhatsappTemplatesController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on template
         * @description Posts a comment on a single template language variant.
         */
        post: operations["WhatsappTemplatesController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare templates
         * @description Compares block statistics of the template in the path against one other template over a look-back window. `templates` must hold exactly one other template (minItems 1, maxItems 1). Each template needs at least 1,000 sends in the window (templates_not_eligible_for_comparison), and a template cannot be compared to itself (templates_compare_not_unique).
         */
        post: operations["WhatsappTemplatesController_compareTemplates_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/whatsapp/templates/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Synchronize templates
         * @description Starts a re-synchronisation of the project's templates; the page describes it only by its title.
         */
        post: operations["WhatsappTemplatesController_syncTemplates_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all senders in project
         * @description Lists the project's KakaoTalk senders page by page; with no token the first page contains 50.
         */
        get: operations["KakaotalkSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender for project
         * @description Creates a KakaoTalk sender, either stored as a draft or submitted for review.
         */
        post: operations["KakaotalkSendersController_createSender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sender for project
         * @description Returns one sender, looked up by plusFriendId.
         */
        get: operations["KakaotalkSendersController_getSender_v1"];
        put?: never;
        post?: never;
        /**
         * Delete sender for project
         * @description Marks the sender for deletion: it keeps delivering for 60 days and is removed afterwards.
         */
        delete: operations["KakaotalkSendersController_deleteSender_v1"];
        options?: never;
        head?: never;
        /**
         * Update (draft) sender
         * @description Updates a sender's details; the change stays a draft unless status SUBMIT is sent.
         */
        patch: operations["KakaotalkSendersController_updateSender_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sender activities
         * @description Activity and notification trail of a sender, paginated, most recent first.
         */
        get: operations["KakaotalkSendersController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete pending or rejected sender changes
         * @description Drops the sender's pending (draft) or rejected change set.
         */
        delete: operations["KakaotalkSendersController_deleteChanges_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add comment to sender
         * @description Posts a comment on the activity trail of a sender.
         */
        post: operations["KakaotalkSendersController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register sender
         * @description Begins sender registration, which triggers the OTP needed by verify; takes no request body.
         */
        post: operations["KakaotalkSendersController_registerSender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify sender
         * @description Finishes registration using the numeric OTP received after register.
         */
        post: operations["KakaotalkSendersController_verifySender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all templates of a sender
         * @description Lists a sender's templates page by page; with no token the first 50 are returned, sorted by name.
         */
        get: operations["KakaotalkTemplatesController_listTemplates_v1"];
        put?: never;
        /**
         * Create a template
         * @description Creates a template for the sender; it is submitted by default or can be kept as a draft.
         */
        post: operations["KakaotalkTemplatesController_createTemplate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get template
         * @description Returns one template, looked up by its code.
         */
        get: operations["KakaotalkTemplatesController_get_v1"];
        put?: never;
        post?: never;
        /**
         * Delete template
         * @description Deletes the template that has the given code.
         */
        delete: operations["KakaotalkTemplatesController_deleteTemplate_v1"];
        options?: never;
        head?: never;
        /**
         * Update template
         * @description Updates an existing template; the change stays a draft unless status SUBMIT is sent. The language cannot be changed.
         */
        patch: operations["KakaotalkTemplatesController_updateTemplate_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List template activities
         * @description Activity trail of a single template, paginated, most recent first.
         */
        get: operations["KakaotalkTemplatesController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete template draft
         * @description Deletes a template draft; allowed only for templates that were never submitted to KakaoTalk.
         */
        delete: operations["KakaotalkTemplatesController_deleteTemplateDraft_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add comment to template
         * @description Posts a comment on the activity trail of a template.
         */
        post: operations["KakaotalkTemplatesController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/categories/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all sender categories
         * @description Returns the 3-level tree of sender (business) categories in one unpaginated response.
         */
        get: operations["KakaotalkCategoriesController_listSenderCategories_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all template categories
         * @description Lists, page by page, template category groups and their subcategory codes, which are the values to use as template categoryCode.
         */
        get: operations["KakaotalkCategoriesController_getTemplateCategories_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists activities on account
         * @description Activity trail of the project's RCS account, paginated, most recent first.
         */
        get: operations["RcsAccountsController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a comment for an account
         * @description Posts a free-text comment on the project's RCS account trail.
         */
        post: operations["RcsAccountsController_createComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/questionnaire/{useCase}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get questionnaire questions for project and use case
         * @description Returns the launch questions, with suggested answers, for a use case; the country-specific parts can change over time.
         */
        get: operations["RcsQuestionnaireController_getQuestions_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all senders in project
         * @description Lists the project's RCS senders page by page; with no page token the first 50 are returned.
         */
        get: operations["RcsSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender for project
         * @description Creates and returns an RCS sender, including its brand profile, test numbers, countries and launch questionnaire.
         */
        post: operations["RcsSendersController_createSender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sender for project
         * @description Returns a single sender of the project.
         */
        get: operations["RcsSendersController_getSender_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update sender for project
         * @description Updates part of a sender (brand, test numbers, countries, questionnaire answers); null deletes a value. The fields_not_updatable text refers to details.launch, which RcsUpdateSenderDetailsInputDto, as read, does not contain.
         */
        patch: operations["RcsSendersController_updateSender_v1"];
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists activities on sender
         * @description Activity trail of a single sender, paginated, most recent first.
         */
        get: operations["RcsSendersController_listActivities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a comment for a sender in project
         * @description Posts a free-text comment on the activity trail of a single sender.
         */
        post: operations["RcsSendersController_createSenderComment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin launch process for sender
         * @description Begins launching the sender beyond test devices and returns it. Before launch: every required questionnaire answer must be filled in; details.countries must contain at least one entry; the brand needs at least one phone or one email (both recommended); details.brand.bannerUrl, logoUrl, privacyPolicyUrl and termsOfServiceUrl must be set.
         */
        post: operations["RcsSendersController_launchSender_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add test numbers to sender for project
         * @description Adds tester phone numbers and returns the state of every test number; adding a verified number again makes it unverified and sends a new invite.
         */
        post: operations["RcsSendersController_addTestNumbers_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets test number state of the sender for the project
         * @description Returns the invitation and verification state of a single test number.
         */
        get: operations["RcsSendersController_getTestNumberState_v1"];
        put?: never;
        post?: never;
        /**
         * Deletes a test number for the sender
         * @description Removes a single test number from the sender.
         */
        delete: operations["RcsSendersController_deleteTestNumber_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get test number capabilities of sender for project
         * @description Lists the RBM features supported by the test device.
         */
        get: operations["RcsSendersController_getTestNumberCapabilities_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resend an invite to test number of sender for project (deprecated)
         * @deprecated
         * @description Sends the tester invite again and returns the test number's state; re-inviting a verified number makes it unverified.
         */
        get: operations["RcsSendersController_retryTestNumber_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/sms/smsApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all sms apps
         * @description Lists the project's SMS apps page by page; with no page token you get the first page of 50.
         */
        get: operations["SmsSmsAppsController_listSmsApps_v1"];
        put?: never;
        /**
         * Create an sms app
         * @description Creates an SMS app in the project, optionally also creating a new Conversation API app or linking an existing one. Create documents no 404 or 409, and it succeeds with 201, not 200.
         */
        post: operations["SmsSmsAppsController_createSmsApp_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/sms/smsApps/{smsAppId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get SMS app by ID
         * @description Returns one SMS app of the project by ID. Get documents no 400, unlike delete, which documents invalid_id_format.
         */
        get: operations["SmsSmsAppsController_getSmsApp_v1"];
        put?: never;
        post?: never;
        /** Delete sms app */
        delete: operations["SmsSmsAppsController_deleteSmsApp_v1"];
        options?: never;
        head?: never;
        /**
         * Update an sms app
         * @description Renames an existing SMS app; the name is the only updatable field.
         */
        patch: operations["SmsSmsAppsController_updateSmsApp_v1"];
        trace?: never;
    };
}
export interface webhooks {
    BUNDLE_DONE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * BUNDLE_DONE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BundleDoneEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_SENDER_ACTIVE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_SENDER_ACTIVE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderActiveEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_SENDER_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_SENDER_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderCommentAddedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_SENDER_INACTIVE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_SENDER_INACTIVE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderInactiveEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_SENDER_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_SENDER_REJECTED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderRejectedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_TEMPLATE_APPROVED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_TEMPLATE_APPROVED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateApprovedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_TEMPLATE_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_TEMPLATE_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateCommentAddedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    KAKAOTALK_TEMPLATE_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KAKAOTALK_TEMPLATE_REJECTED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateRejectedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RcsBrandRegistrationProcessStatusUpdatedCallback"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RCS_SENDER_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RCS_SENDER_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RcsSenderCommentAddedCallback"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RCS_SENDER_OPERATOR_STATUS_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RCS_SENDER_OPERATOR_STATUS_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RcsSenderOperatorStatusUpdatedCallback"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RCS_SENDER_STATUS_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RCS_SENDER_STATUS_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RcsSenderStatusUpdatedCallback"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RCS_ACCOUNT_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RCS_ACCOUNT_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RcsAccountCommentCallback"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_ACCOUNT_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_ACCOUNT_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountCommentAddedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDailyLimitChangedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_ACCOUNT_ONBOARDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_ACCOUNT_ONBOARDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountOnboardedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_ACCOUNT_PENDING_VERIFICATION: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_ACCOUNT_PENDING_VERIFICATION event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountPendingVerificationEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_ACCOUNT_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_ACCOUNT_REJECTED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountRejectedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_WABA_ACCOUNT_CHANGED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_WABA_ACCOUNT_CHANGED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappWabaAccountChangedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_ACTIVE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_ACTIVE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderActiveEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderCommentAddedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_DAILY_LIMIT_CHANGED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_DAILY_LIMIT_CHANGED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDailyLimitChangedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_DELETED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_DELETED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDeletedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_DISPLAY_NAME_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_DISPLAY_NAME_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDisplayNameUpdatedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_ERROR: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_ERROR event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderErrorEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_INACTIVE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_INACTIVE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderInactiveEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_PENDING_VERIFICATION: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_PENDING_VERIFICATION event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderPendingVerificationEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_QUALITY_RATING_CHANGED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_QUALITY_RATING_CHANGED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderQualityRatingChangedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_REJECTED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderRejectedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_SENDER_USERNAME_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_SENDER_USERNAME_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderUsernameUpdatedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_APPROVED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_APPROVED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateApprovedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateCategoryFutureUpdateEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_CATEGORY_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_CATEGORY_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateCategoryUpdatedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_COMMENT_ADDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_COMMENT_ADDED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateCommentAddedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_DELETED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_DELETED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateDeletedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateQualityScoreUpdatedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_REJECTED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateRejectedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    WHATSAPP_TEMPLATE_STATUS_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WHATSAPP_TEMPLATE_STATUS_UPDATED event
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Your response is ignored; a delivery that does not succeed is retried.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /**
                     * @description HMAC-SHA256 signature of the event, Base64-encoded.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature"?: components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm"?: components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description Nonce in a ULID-like format.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce"?: components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Timestamp in Unix epoch seconds, sent as a string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp"?: components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateStatusUpdatedEvent"];
                };
            };
            responses: {
                /** @description Event received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        WebhookPapiErrorDto: {
            /** @description Error code for programs, in snake_case, e.g. invalid_input. */
            errorCode: string;
            /** @description Error text for humans. */
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        BundlesPapiErrorDto: {
            /** @description Error code for programs, in snake_case, e.g. invalid_input. */
            errorCode: string;
            /** @description Error text for humans. */
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        ConversationPapiErrorDto: {
            /** @description Error code for programs, in snake_case, e.g. invalid_input. */
            errorCode: string;
            /** @description Error text for humans. */
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        WebhookWebhookInputDto: {
            /**
             * Format: url
             * @description URL the events are sent to; it must be unique within the project.
             */
            target: string;
            /** @description Key used to sign outgoing callbacks; choose a high-entropy value. */
            secret: string;
            /** @description ALL subscribes to every event. */
            triggers: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        WebhookUpdateWebhookInputDto: {
            /** Format: url */
            target?: string;
            secret?: string;
            triggers?: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        /** @description The secret is never included. */
        WebhookWebhookDto: {
            id: string;
            target: string;
            projectId: string;
            triggers: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        WebhookWebhookListDto: {
            /** @description Total number of matching entries. */
            totalSize: number;
            /** @description Page size that was requested. */
            pageSize: number;
            webhooks: components["schemas"]["WebhookWebhookDto"][];
            previousPageToken?: string;
            nextPageToken?: string;
        };
        /** @enum {string} */
        WebhookWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
        ProvisioningWebhookEvent: {
            /** @description Trigger value of the event, e.g. BUNDLE_DONE or WHATSAPP_ACCOUNT_ONBOARDED. */
            type: string;
            /** @description Snapshot of the resource: BundlesBundlesDto for BUNDLE_DONE, WhatsappAccountDto for WHATSAPP_ACCOUNT_*. */
            payload: Record<string, never>;
            /** @description Included on *_COMMENT_ADDED events; required for WHATSAPP_ACCOUNT_COMMENT_ADDED. */
            comment?: string;
        };
        /**
         * @example {
         *       "type": "BUNDLE_DONE",
         *       "payload": {
         *         "id": "62a02dd40000000000000000",
         *         "projectId": "ea026751-3edf-40a9-ad93-1b382bd60a78",
         *         "name": "Sample response",
         *         "region": "US",
         *         "subproject": {
         *           "id": "ea026751-...",
         *           "name": "Sample response",
         *           "parentProjectId": "18bbdcc8-117d-42f0-85cc-e30462c49404",
         *           "status": "READY"
         *         },
         *         "smsApp": {
         *           "id": "54e5eb6cae6242c88c132c8da8bb1072",
         *           "smsServiceId": "d84b09da00fb4b76ff63f2fcea8d46c7",
         *           "name": "Sample response",
         *           "status": "ACTIVE",
         *           "regions": [
         *             "US"
         *           ],
         *           "test": false
         *         },
         *         "convApp": {
         *           "id": "31c12b1042d14b37ae96df96bb13575b",
         *           "name": "Sample response",
         *           "processingMode": "CONVERSATION",
         *           "smsChannelStatus": "PENDING"
         *         },
         *         "webhooks": [
         *           {
         *             "id": "7c60ce550f1d40198d5ffb113d58591b",
         *             "projectId": "ea026751-...",
         *             "target": "https://webhook.site/...",
         *             "triggers": [
         *               "BUNDLE_DONE"
         *             ]
         *           }
         *         ],
         *         "state": "DONE",
         *         "webhookDeliveryStatuses": [
         *           {
         *             "webhookId": "7c60ce550f1d40198d5ffb113d58591b",
         *             "date": "2025-02-14T10:54:15.676Z",
         *             "httpStatusCode": 200
         *           }
         *         ]
         *       }
         *     }
         */
        BundleDoneEvent: {
            /** @constant */
            type: "BUNDLE_DONE";
            /** @description The finished bundle, in state DONE or FAILED. */
            payload: components["schemas"]["BundlesBundlesDto"];
        };
        /** @description Every block needs a name, either its own or the root one, otherwise the request fails with missing_name. At least one service must be requested (no_services_to_create). */
        BundlesInputBundlesDto: {
            /**
             * @description In staging only EU or US is accepted.
             * @example US
             */
            region: components["schemas"]["BundlesBundlesInputRegionEnum"];
            /**
             * @description Name used by resource blocks that do not set their own.
             * @example Sample bundle
             */
            name?: string;
            /**
             * @description True creates a subproject with default settings; false or omitted creates everything in projectId.
             * @example true
             */
            subproject?: components["schemas"]["BundlesSubprojectInputDto"] | boolean;
            /**
             * @description True creates an SMS app with default settings; false or omitted creates none.
             * @example true
             */
            smsApp?: components["schemas"]["BundlesInputBundlesSmsAppDto"] | boolean;
            /**
             * @description True creates a Conversation app with default settings, and the other resources are linked to it.
             * @example true
             */
            convApp?: components["schemas"]["BundlesConversationAppInputDto"] | boolean;
            /** @description Provisioning API webhooks to register; each target must be different. */
            webhooks?: components["schemas"]["BundlesWebhookInputDto"][];
        };
        BundlesSubprojectInputDto: {
            /** @description Falls back to the root name. */
            name?: string;
            /** @description Map of string keys to string values. */
            labels?: {
                [key: string]: string;
            };
        };
        BundlesInputBundlesSmsAppDto: {
            /**
             * @deprecated
             * @description Not used; scheduled for removal.
             * @default false
             */
            test?: boolean;
            /** @description Falls back to the root name. */
            name?: string;
        };
        BundlesConversationAppInputDto: {
            /** @description Falls back to the root name. */
            name?: string;
            /** @description Conversation API webhooks to create for the new app. */
            webhooks?: components["schemas"]["BundlesConversationAppWebhooksInputDto"][];
            /**
             * @description Can be changed afterwards through the Conversation API.
             * @default DISPATCH
             */
            processingMode?: components["schemas"]["BundlesInputConversationAppProcessingModesEnum"];
            /** @description Use the first variant for CONVERSATION mode and the second for DISPATCH mode; no discriminator is declared. */
            retentionPolicy?: components["schemas"]["BundlesConversationAppConversationRetentionPolicyInputDto"] | components["schemas"]["BundlesConversationAppDispatchRetentionPolicyInputDto"];
            consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettingsInputDto"];
        };
        BundlesConversationAppWebhooksInputDto: {
            /** @description Hosts matching conversation-api.*.sinch.com are rejected. */
            target: string;
            /** @description Conversation API triggers for this webhook; no more than 20. */
            triggers: components["schemas"]["BundlesWebhooksInputWebhookTriggerEnum"][];
            /** @description Key used to sign Conversation API callbacks. */
            secret?: string;
            /** @default HTTP */
            targetType?: components["schemas"]["BundlesInputWebhookTargetTypesEnum"];
        };
        BundlesConversationAppConversationRetentionPolicyInputDto: {
            /** @default MESSAGE_EXPIRE_POLICY */
            retentionPolicyType?: components["schemas"]["BundlesInputConversationAppConversationRetentionPolicyTypesEnum"];
            /**
             * @description Number of days.
             * @default 180
             */
            ttl?: number;
        };
        BundlesConversationAppDispatchRetentionPolicyInputDto: {
            /**
             * @default MESSAGE_EXPIRE_POLICY
             * @constant
             */
            retentionPolicyType?: "MESSAGE_EXPIRE_POLICY";
            /**
             * @description Number of days.
             * @default 7
             */
            ttl?: number;
        };
        BundlesConversationAppConsentManagerSettingsInputDto: {
            mode: components["schemas"]["BundlesInputConversationAppConsentManagerSettingsModesEnum"];
        };
        BundlesWebhookInputDto: {
            /** Format: url */
            target: string;
            secret: string;
            triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
        };
        /** @enum {string} */
        BundlesWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
        BundlesBundlesDto: {
            /** @example 62a02dd40000000000000000 */
            id: string;
            /** @description The project, or the created subproject, that contains the resources. */
            projectId: string;
            state: components["schemas"]["BundlesBundleServicesStateEnum"];
            region: components["schemas"]["BundlesBundlesRegionEnum"];
            name?: string;
            /** @description One entry for each BUNDLE_DONE delivery. */
            webhookDeliveryStatuses?: components["schemas"]["BundlesWebhookDeliveryStatusDto"][];
            subproject?: components["schemas"]["BundlesSubprojectDto"];
            smsApp?: components["schemas"]["BundlesBundlesSmsAppDto"];
            convApp?: components["schemas"]["BundlesConversationAppDto"];
            webhooks?: components["schemas"]["BundlesWebhookDto"][];
        };
        BundlesWebhookDeliveryStatusDto: {
            webhookId: string;
            httpStatusCode: components["schemas"]["BundlesHttpStatusCodeEnum"];
            /**
             * @description ISO 8601 date-time; no format is declared.
             * @example 2025-02-14T10:54:15.676Z
             */
            date: string;
            errorMessage?: string;
        };
        BundlesSubprojectDto: {
            id: string;
            name: string;
            parentProjectId: string;
            status: components["schemas"]["BundlesSubprojectStatusEnum"];
            labels?: {
                [key: string]: string;
            };
        };
        BundlesBundlesSmsAppDto: {
            /** @example 54e5eb6cae6242c88c132c8da8bb1072 */
            id: string;
            /** @example d84b09da00fb4b76ff63f2fcea8d46c7 */
            smsServiceId: string;
            name: string;
            status: components["schemas"]["BundlesProvisioningStatesEnum"];
            regions: components["schemas"]["BundlesSmsAppRegionsEnum"][];
            test: boolean;
            /** @description Whether the SMS app's number has been verified; absent from every official response example. */
            numberVerified?: boolean;
        };
        BundlesConversationAppDto: {
            id: string;
            name: string;
            processingMode: components["schemas"]["BundlesConversationAppProcessingModesEnum"];
            webhooks?: components["schemas"]["BundlesConversationAppWebhooksDto"][];
            retentionPolicy?: components["schemas"]["BundlesConversationAppRetentionPolicyDto"];
            consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettingsDto"];
            smsChannelStatus?: components["schemas"]["BundlesConversationAppChannelIntegrationStatusEnum"];
        };
        BundlesConversationAppWebhooksDto: {
            id: string;
            target: string;
            triggers: components["schemas"]["BundlesWebhooksWebhookTriggerEnum"][];
            secret?: string;
        };
        BundlesConversationAppRetentionPolicyDto: {
            retentionPolicyType: components["schemas"]["BundlesConversationAppRetentionPolicyTypesEnum"];
            /** @description Number of days. */
            ttl?: number;
        };
        BundlesConversationAppConsentManagerSettingsDto: {
            mode: components["schemas"]["BundlesConversationAppConsentManagerSettingsModesEnum"];
        };
        /** @description The secret is never included. */
        BundlesWebhookDto: {
            id: string;
            target: string;
            projectId: string;
            triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
        };
        BundlesListBundlesDto: {
            totalSize: number;
            pageSize: number;
            bundles: components["schemas"]["BundlesBundlesDto"][];
            previousPageToken?: string;
            nextPageToken?: string;
        };
        /** @enum {string} */
        BundlesBundleServicesStateEnum: "DONE" | "FAILED" | "IN_PROGRESS";
        /**
         * @description In staging only EU or US.
         * @enum {string}
         */
        BundlesBundlesInputRegionEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        BundlesBundlesRegionEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        BundlesSubprojectStatusEnum: "PENDING" | "READY";
        /**
         * @description Status of the SMS app.
         * @enum {string}
         */
        BundlesProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
        /** @enum {string} */
        BundlesSmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
        /** @enum {string} */
        BundlesInputConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH";
        /** @enum {string} */
        BundlesConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @enum {string} */
        BundlesInputConversationAppConversationRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY";
        /** @constant */
        BundlesInputConversationAppDispatchRetentionPolicyTypesEnum: "MESSAGE_EXPIRE_POLICY";
        /** @enum {string} */
        BundlesConversationAppRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY" | "UNRECOGNIZED";
        /** @enum {string} */
        BundlesInputConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY";
        /** @enum {string} */
        BundlesConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY" | "UNRECOGNIZED";
        /** @enum {string} */
        BundlesConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @enum {string} */
        BundlesInputWebhookTargetTypesEnum: "DISMISS" | "GRPC" | "HTTP";
        /**
         * @description Conversation API triggers allowed when a bundle creates Conversation app webhooks.
         * @enum {string}
         */
        BundlesWebhooksInputWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNSUPPORTED";
        /**
         * @description Output variant, which additionally includes UNRECOGNIZED and UNSPECIFIED_TRIGGER.
         * @enum {string}
         */
        BundlesWebhooksWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNRECOGNIZED" | "UNSPECIFIED_TRIGGER" | "UNSUPPORTED";
        /** @enum {number} */
        BundlesHttpStatusCodeEnum: 100 | 101 | 102 | 103 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;
        /** @enum {string} */
        ConversationChannelStatusEnum: "ACTIVE" | "ERROR" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        ConversationInstagramInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            /** @description Set when status is ERROR or FAILED. */
            statusDescription?: string;
            /** @description Instagram ID. */
            id?: string;
            name?: string;
            username?: string;
            biography?: string;
            followersCount?: number;
            followsCount?: number;
            mediaCount?: number;
            profilePictureUrl?: string;
            website?: string;
        };
        ConversationMessengerInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            /** @description ID of the Facebook page. */
            id?: string;
            /** @description Name of the page. */
            name?: string;
            /** @description Global Page name including country codes; only the page admin can see it. */
            globalBrandPageName?: string;
        };
        ConversationTelegramBotInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            name?: string;
            username?: string;
            canJoinGroups?: boolean;
            /** @description True when Telegram privacy mode is disabled. */
            canReadAllGroupMessages?: boolean;
            supportsInlineQueries?: boolean;
        };
        ConversationViberBotInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            id?: string;
            name?: string;
            uri?: string;
            /** @description URI of the icon. */
            icon?: string;
            category?: string;
            subcategory?: string;
            location?: components["schemas"]["ConversationAccountLocationDto"];
            /** @description Full country name. */
            country?: string;
            subscribersCount?: number;
        };
        ConversationAccountLocationDto: {
            lon: number;
            lat: number;
        };
        /** @description Error body of the Provisioning API (PAPI error). */
        WhatsappPapiErrorDto: {
            /** @description Error code for programs, e.g. project_not_initialized. */
            errorCode: string;
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            /** @description Declared as a map of string arrays, yet examples also place a comma-separated string (supportedCodes) or an object (metaError) here; type it loosely. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        WhatsappAccountDto: {
            /** @description Missing while the account is still being created. */
            state?: components["schemas"]["WhatsappAccountStateEnum"];
            /** @description True if the account was created via Embedded Signup. */
            isEmbeddedSignup: boolean;
            businessManager: components["schemas"]["WhatsappBusinessManagersEnum"];
            /**
             * @description ID of the WhatsApp Business Account at Meta.
             * @example 1234567890
             */
            wabaId?: string;
            /** @description Changes that are still pending. */
            changes?: components["schemas"]["WhatsappAccountChangesDto"];
            details?: components["schemas"]["WhatsappAccountDetailsDto"];
            wabaBanState?: components["schemas"]["WhatsappWabaBanStatesEnum"];
            wabaBanDate?: string;
            /** @description Whether template analytics is enabled. */
            wabaEnabledForInsights?: boolean;
            /** @description Whether the Direct Send API is enabled. */
            wabaEnabledForDirectSend?: boolean;
            /** @description Whether the maximum price feature is enabled. */
            wabaMaxPriceOnboarded: boolean;
            /** @description Regions of Conversation API apps that can be used with this account. */
            compatibleRegions: components["schemas"]["WhatsappConversationAppRegionsEnum"][];
            /** @description Country where the business is based, as an ISO 3166 alpha-2 code. */
            primaryBusinessLocation?: components["schemas"]["WhatsappCountryCodesEnum"];
            /**
             * @deprecated
             * @description Always undefined; kept only for compatibility.
             */
            partnerInitiatedRequestId?: string;
            /** @description The account's current daily messaging limit. */
            businessDailyLimit?: components["schemas"]["WhatsappDailyLimitEnum"];
            /** @example EUR */
            currency?: string;
        };
        WhatsappAccountChangesDto: {
            status: components["schemas"]["WhatsappAccountChangeStateEnum"];
            details?: components["schemas"]["WhatsappAccountDetailsDto"] | components["schemas"]["WhatsappAccountChangesDetailsDto"];
        };
        WhatsappAccountDetailsDto: {
            clientBusinessManagerId: string;
            /** @deprecated */
            companyLegalName?: string;
            /** @description Brand name as registered. */
            wabaName: string;
            /** @description Details of the first sender created together with the account. */
            senderDetails?: components["schemas"]["WhatsappAccountSenderRelatedDetailsDto"];
        };
        WhatsappAccountChangesDetailsDto: {
            clientBusinessManagerId?: string;
            /** @deprecated */
            companyLegalName?: string;
            wabaName?: string;
            senderDetails?: components["schemas"]["WhatsappAccountSenderRelatedChangesDetailsDto"];
        };
        WhatsappAccountSenderRelatedDetailsDto: {
            /** @description Display name of the WABA, also used at Meta as the default display name of the new phone. */
            displayName: string;
            businessCategory: components["schemas"]["WhatsappSenderWhatsAppVerticalEnum"];
            region: components["schemas"]["WhatsappSenderBotRegionEnum"];
            metaLocalStorage: components["schemas"]["WhatsappSenderMetaLocalStoragesEnum"];
        };
        WhatsappAccountSenderRelatedChangesDetailsDto: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsappSenderWhatsAppVerticalEnum"];
            region: components["schemas"]["WhatsappSenderBotRegionEnum"];
            metaLocalStorage: components["schemas"]["WhatsappSenderMetaLocalStoragesEnum"];
        };
        WhatsappAccountNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsappAccountNotificationDto"][];
        };
        WhatsappAccountNotificationDto: {
            type: components["schemas"]["WhatsappAccountNotificationTypeEnum"];
            /** @example 2023-01-19T13:11:08.204Z */
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            comment?: string;
        };
        WhatsappCommentDto: {
            type: components["schemas"]["WhatsappCommentTypeEnum"];
            comment: string;
            /**
             * @description Timestamp in ISO 8601.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
        };
        /** @description Any of the 6 events of this family; each event has its own schema (and required fields). */
        WhatsappAccountWebhookEvent: components["schemas"]["WhatsappAccountCommentAddedEvent"] | components["schemas"]["WhatsappAccountOnboardedEvent"] | components["schemas"]["WhatsappAccountRejectedEvent"] | components["schemas"]["WhatsappAccountPendingVerificationEvent"] | components["schemas"]["WhatsappAccountDailyLimitChangedEvent"] | components["schemas"]["WhatsappWabaAccountChangedEvent"];
        /** @description Body Sinch POSTs for WHATSAPP_ACCOUNT_COMMENT_ADDED, declared inline in a callback of the create-account operation. */
        WhatsappAccountCommentAddedEvent: {
            /** @constant */
            type: "WHATSAPP_ACCOUNT_COMMENT_ADDED";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_ACCOUNT_ONBOARDED, declared inline in a callback of the create-account operation. */
        WhatsappAccountOnboardedEvent: {
            /** @constant */
            type: "WHATSAPP_ACCOUNT_ONBOARDED";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_ACCOUNT_REJECTED, declared inline in a callback of the create-account operation. */
        WhatsappAccountRejectedEvent: {
            /** @constant */
            type: "WHATSAPP_ACCOUNT_REJECTED";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_ACCOUNT_PENDING_VERIFICATION, declared inline in a callback of the create-account operation. */
        WhatsappAccountPendingVerificationEvent: {
            /** @constant */
            type: "WHATSAPP_ACCOUNT_PENDING_VERIFICATION";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED, declared inline in a callback of the create-account operation. */
        WhatsappAccountDailyLimitChangedEvent: {
            /** @constant */
            type: "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_WABA_ACCOUNT_CHANGED, declared inline in a callback of the create-account operation. */
        WhatsappWabaAccountChangedEvent: {
            /** @constant */
            type: "WHATSAPP_WABA_ACCOUNT_CHANGED";
            /** @description The account as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        WhatsappInputAccountPartnerInitiatedDto: {
            /** @description Must match exactly the name associated with the Meta Business Manager ID. */
            wabaName: string;
            /**
             * @description The client's Meta Business Manager ID, found under Business Settings > Business Info.
             * @example 1234567890
             */
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersEnum"];
            /** @description The first sender to be created. */
            senderDetails: components["schemas"]["WhatsappInputAccountSenderRelatedDetailsDto"];
        };
        /**
         * @deprecated
         * @description Deprecated since Meta ended On-Behalf-Of (OBO) on 30 Sept 2025.
         */
        WhatsappInputAccountDtoDeprecated: {
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersEnum"];
            /** @description Must match exactly the name associated with the Meta Business Manager ID. */
            companyLegalName: string;
        };
        WhatsappInputAccountSenderRelatedDetailsDto: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsappInputAccountWhatsAppVerticalsEnum"];
            /** @description If not set, the region matching the billing account's country is used. */
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            /** @description If not set, the value configured for the selected region is used. */
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
        };
        /** @description Every field is optional, but at least one must be provided. */
        WhatsappInputUpdateAccountDto: {
            /** @deprecated */
            companyLegalName?: string;
            wabaName?: string;
            clientBusinessManagerId?: string;
            senderDetails?: components["schemas"]["WhatsappInputAccountSenderRelatedUpdateDetailsDto"];
        };
        WhatsappInputAccountSenderRelatedUpdateDetailsDto: {
            displayName?: string;
            businessCategory?: components["schemas"]["WhatsappInputAccountWhatsAppVerticalsEnum"];
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
        };
        WhatsappCommentInputDto: {
            /** @example Example comment. */
            comment: string;
        };
        /** @enum {string} */
        WhatsappAccountStateEnum: "ONBOARDED" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @enum {string} */
        WhatsappAccountChangeStateEnum: "DRAFT" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @enum {string} */
        WhatsappAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @constant */
        WhatsappCommentTypeEnum: "CREATED";
        /**
         * @description Output variant.
         * @enum {string}
         */
        WhatsappBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK" | "UNRECOGNIZED";
        /**
         * @description Input variant.
         * @enum {string}
         */
        WhatsappInputBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK";
        /**
         * @deprecated
         * @enum {string}
         */
        WhatsappWabaBanStatesEnum: "DISABLE" | "REINSTATE" | "SCHEDULE_FOR_DISABLE" | "UNRECOGNIZED";
        /**
         * @description Values are lower case.
         * @enum {string}
         */
        WhatsappConversationAppRegionsEnum: "br" | "eu" | "us";
        /**
         * @deprecated
         * @description Each tier caps business-initiated conversations per rolling 24 h; TIER_UNLIMITED means no cap.
         * @enum {string}
         */
        WhatsappDailyLimitEnum: "NOT_SET" | "TIER_100K" | "TIER_10K" | "TIER_1K" | "TIER_250" | "TIER_2K" | "TIER_50" | "TIER_UNLIMITED" | "UNRECOGNIZED";
        /**
         * @description Output variant, which additionally includes NOT_SET, ONLINE_GAMBLING and UNRECOGNIZED.
         * @enum {string}
         */
        WhatsappSenderWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "NOT_SET" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION" | "UNRECOGNIZED";
        /**
         * @description Input variant.
         * @enum {string}
         */
        WhatsappInputAccountWhatsAppVerticalsEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
        /**
         * @description Output variant.
         * @enum {string}
         */
        WhatsappSenderBotRegionEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description Input variant; when omitted for partner-initiated accounts, the account's region applies.
         * @enum {string}
         */
        WhatsappSenderInputRegionEnum: "BR" | "EU" | "US";
        /**
         * @description Output variant.
         * @enum {string}
         */
        WhatsappSenderMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA" | "UNRECOGNIZED" | "UNSPECIFIED";
        /**
         * @description Input variant.
         * @enum {string}
         */
        WhatsappSenderInputMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA";
        /**
         * @description ISO 3166-1 alpha-2 codes plus UNRECOGNIZED (237 + 1 values).
         * @enum {string}
         */
        WhatsappCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /** @description Provide facebookToken, facebookCode, or both. */
        WhatsappLongLivedAccessTokenInputDto: {
            facebookToken?: string;
            facebookCode?: string;
            /** @enum {string} */
            businessManager?: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK";
        };
        WhatsappLongLivedAccessTokenDto: {
            longLivedAccessToken: string;
        };
        WhatsappWabaDetailsListInputDto: {
            facebookToken: string;
            /** @enum {string} */
            businessManager?: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK";
        };
        WhatsappWabaDetailsListDto: {
            wabas: components["schemas"]["WhatsappWabaDetails"][];
        };
        WhatsappWabaDetails: {
            /**
             * @description ID of the WABA.
             * @example 100000000000000
             */
            id: string;
            /** @description Phone numbers shared to the WABA. */
            numbers: components["schemas"]["WhatsappWabaNumber"][];
        };
        WhatsappWabaNumber: {
            /** @example 222222222222222 */
            id: string;
            /**
             * @description The docs describe it as E.164, although the example contains spaces.
             * @example +48 777 777777
             */
            displayPhoneNumber: string;
            /** @description True if the number is usable. */
            provisioned: boolean;
        };
        WhatsappFlowListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            flows: components["schemas"]["WhatsappFlowDto"][];
        };
        WhatsappFlowDto: {
            /** @example 12345678765432 */
            id: string;
            /** @example flow1 */
            name: string;
            status: components["schemas"]["WhatsappWhatsAppFlowStatusesEnum"];
        };
        /** @enum {string} */
        WhatsappWhatsAppFlowStatusesEnum: "FLOW_STATUS_DEPRECATED" | "FLOW_STATUS_DRAFT" | "FLOW_STATUS_PUBLISHED" | "UNRECOGNIZED";
        WhatsappFlowScreenListDto: {
            screens: components["schemas"]["WhatsappFlowScreenDto"][];
        };
        WhatsappFlowScreenDto: {
            /**
             * @description Screen ID, which works like a page URL.
             * @example MY_FIRST_SCREEN
             */
            id: string;
        };
        WhatsappSolutionInputDto: {
            details: components["schemas"]["WhatsappSolutionDetailsInputDto"];
            /** @description The AuthResponse.accessToken returned by Meta's embedded solution-creation flow. */
            accessToken: string;
            businessManager: components["schemas"]["WhatsappInputBusinessManagersPublicDocumentationEnum"];
        };
        WhatsappSolutionDetailsInputDto: {
            /** @example Test name */
            name: string;
        };
        WhatsappSolutionListDto: {
            solutions: components["schemas"]["WhatsappSolutionDto"][];
        };
        WhatsappCreateSolutionListDto: {
            solutions: components["schemas"]["WhatsappSolutionDto"][];
            failedSolutions: components["schemas"]["WhatsappFailedSolutionDto"][];
        };
        WhatsappSolutionDto: {
            /** @example 123 */
            readonly id: string;
            details: components["schemas"]["WhatsappSolutionDetailsDto"];
            /**
             * @description Meta app of the Tech Provider.
             * @example {
             *       "id": 789,
             *       "name": "Test partner app name"
             *     }
             */
            readonly partnerApp?: components["schemas"]["WhatsappSolutionMetaAppDto"];
            /**
             * @description Meta app of the Solution Partner (Sinch).
             * @example {
             *       "id": 456,
             *       "name": "Test owner app name"
             *     }
             */
            readonly ownerApp?: components["schemas"]["WhatsappSolutionMetaAppDto"];
            /** @description Whether the project is assigned to this solution. */
            readonly assigned: boolean;
        };
        WhatsappSolutionDetailsDto: {
            name: string;
        };
        WhatsappSolutionMetaAppDto: {
            readonly id: number;
            readonly name: string;
        };
        WhatsappFailedSolutionDto: {
            /** @description ID of the Tech Provider's Meta app. */
            readonly partnerAppId: string;
            readonly errorCode: components["schemas"]["WhatsappFailedSolutionErrorsEnum"];
            readonly errorMessage?: string;
        };
        /** @enum {string} */
        WhatsappFailedSolutionErrorsEnum: "ACTIVATION_FAILED" | "CREATION_FAILED" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappInputBusinessManagersPublicDocumentationEnum: "SINCH_BR" | "SINCH_MX" | "SINCH_UK";
        /**
         * @description The default depends on the DTO: SUBMIT for create inputs, DRAFT for update inputs.
         * @enum {string}
         */
        WhatsappActionsEnum: "DRAFT" | "SUBMIT";
        WhatsappSenderListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["WhatsappSenderDto"][];
        };
        WhatsappSenderDto: {
            /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
            id: string;
            state?: components["schemas"]["WhatsappSenderStatesEnum"];
            /** @description Changes still pending, if there are any. */
            changes?: components["schemas"]["WhatsappSenderChangesDto"];
            details?: components["schemas"]["WhatsappSenderDetailsDto"];
            /** @description Approval state of individual fields (display name, username). */
            metadata?: components["schemas"]["WhatsappSenderMetadataDto"];
            /** @example EU */
            region: components["schemas"]["WhatsappSenderBotRegionEnum"];
            /** @example DE */
            metaLocalStorage: components["schemas"]["WhatsappSenderMetaLocalStoragesEnum"];
            /**
             * @deprecated
             * @description ID of the connected Conversation API app; use conversationApiAppDetails instead.
             * @example 4CF9CE97504C4A468F4610919D17ECC1
             */
            conversationApiApp?: string;
            conversationApiAppDetails?: components["schemas"]["WhatsappConversationApiAppDto"];
            /** @example 10 */
            maxTps?: number;
            qualityRating?: components["schemas"]["WhatsappQualityRatingEnum"];
            /**
             * @deprecated
             * @description Use businessDailyLimit on the account instead.
             */
            dailyLimit?: components["schemas"]["WhatsappDailyLimitEnum"];
            /**
             * @description Required for attaching the sender to a Conversation API app.
             * @example aaaaAAAA.bbbbBBBB.ccccCCCC
             */
            bearerToken?: string;
            /** @deprecated */
            cloudApi: boolean;
            /**
             * @description UTC timestamp in ISO 8601.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
            /** @description UTC timestamp in ISO 8601. */
            modified?: string;
            /** @example 48 */
            countryCode?: string;
            /**
             * @description Number without the country code.
             * @example 777777777
             */
            phoneNumber?: string;
            numberProvider?: components["schemas"]["WhatsappSenderNumberProviderTypeEnum"];
            /** @example SINCH_UK */
            businessManager: components["schemas"]["WhatsappBusinessManagersEnum"];
            /**
             * @deprecated
             * @description Get this from the account endpoint instead.
             */
            wabaBanState?: components["schemas"]["WhatsappWabaBanStatesEnum"];
            /**
             * @deprecated
             * @description Get this from the account endpoint instead.
             */
            wabaBanDate?: string;
            /**
             * @description Regions of Conversation API apps that can be used with this sender (lower case).
             * @example [
             *       "eu",
             *       "us"
             *     ]
             */
            compatibleRegions: components["schemas"]["WhatsappConversationAppRegionsEnum"][];
        };
        WhatsappSenderChangesDto: {
            status: components["schemas"]["WhatsappSenderStatusesEnum"];
            /** @description The first variant applies to a newly created sender, the second to an update. */
            details?: components["schemas"]["WhatsappSenderDetailsDto"] | components["schemas"]["WhatsappSenderChangesDetailsDto"];
            /**
             * @description Filled in when in ERROR.
             * @example Reach out to support at support@sinch.com
             */
            errorReason?: string;
            /** @description Filled in when in ERROR. */
            errorCode?: components["schemas"]["WhatsappSenderErrorCodeEnum"];
        };
        WhatsappSenderDetailsDto: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsappSenderWhatsAppVerticalEnum"];
            email?: string;
            address?: string;
            websiteOne?: string;
            websiteTwo?: string;
            about?: string;
            /** @description JPEG, PNG or WebP up to 5MB, between 192x192 and 640x640 px; images are cropped to the maximum size, and transparent PNG backgrounds become black. */
            photoUrl?: string;
            /** @description Username of the WhatsApp Business profile. */
            username?: string;
        };
        /** @description Has the fields of WhatsappSenderDetailsDto, all of them optional. */
        WhatsappSenderChangesDetailsDto: {
            displayName?: string;
            description?: string;
            vertical?: components["schemas"]["WhatsappSenderWhatsAppVerticalEnum"];
            email?: string;
            address?: string;
            websiteOne?: string;
            websiteTwo?: string;
            about?: string;
            photoUrl?: string;
            username?: string;
        };
        WhatsappSenderMetadataDto: {
            displayName?: components["schemas"]["WhatsappSenderMetadataFieldDto"];
            username?: components["schemas"]["WhatsappSenderMetadataFieldDto"];
        };
        WhatsappSenderMetadataFieldDto: {
            /**
             * @description The value that was requested.
             * @example New Display Name
             */
            value?: string;
            /** @example PENDING */
            status: components["schemas"]["WhatsappWhatsAppSenderFieldUpdateStatusEnum"];
            rejectionReason?: string;
        };
        WhatsappConversationApiAppDto: {
            /** @example 4CF9CE97504C4A468F4610919D17ECC1 */
            id: string;
            /** @example ea026751-3edf-40a9-ad93-1b382bd60a78 */
            projectId: string;
            region: components["schemas"]["WhatsappConversationApiAppRegionsEnum"];
            channelStatus?: components["schemas"]["WhatsappConversationAppChannelIntegrationStatusEnum"];
        };
        WhatsappSenderRegisterDto: {
            id: string;
            method: components["schemas"]["WhatsappSenderRegistrationMethodEnum"];
            /** @description Acceptance time, ISO 8601 in UTC. */
            accepted: string;
            verificationCodeSent: boolean;
        };
        WhatsappSuggestedUsernamesDto: {
            usernames: string[];
        };
        WhatsappSenderNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsappSenderNotificationDto"][];
        };
        WhatsappSenderNotificationDto: {
            type: components["schemas"]["WhatsappSenderNotificationTypeEnum"];
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            comment?: string;
        };
        WhatsappSenderVerificationStatusDto: {
            /**
             * @description Verification status of the phone number's ownership.
             * @enum {string}
             */
            status: "EXPIRED" | "NOT_VERIFIED" | "UNKNOWN" | "VERIFIED";
        };
        /** @description Sender created through Embedded Signup. */
        WhatsappSenderInputEsDto: {
            /** @description If not set, derived from the billing account's country. */
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            /** @description If not set, the region's default is used. */
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            /**
             * @description Per the description, when left empty the API finds the WABA from the project.
             * @example 11111111111111
             */
            wabaId: string;
            /** @example 222222222222222 */
            phoneNumberId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersPublicDocumentationEnum"];
            /**
             * @description One-time code obtained from Embedded Signup.
             * @example 123asdf123
             */
            authenticationCode?: string;
        };
        /** @description Sender on a new phone number provisioned by Sinch. */
        WhatsappInputSenderPhoneProvisioningDto: {
            region?: components["schemas"]["WhatsappSenderInputBotRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            details: components["schemas"]["WhatsappInputSenderPhoneProvisioningDetailsDto"];
        };
        WhatsappInputSenderPhoneProvisioningDetailsDto: {
            /**
             * Format: country code
             * @example 49
             */
            countryCode: string;
            /**
             * Format: numeric phone number
             * @description Number without the country code.
             * @example 1701234567
             */
            phoneNumber: string;
            /** @example Demo sender */
            displayName: string;
        };
        /** @description Sender created through the partner-initiated flow. */
        WhatsappInputSenderPartnerInitiatedDto: {
            /** @default SUBMIT */
            status?: components["schemas"]["WhatsappActionsEnum"];
            /** @description If not set, derived from the billing country; for partner-initiated accounts the WhatsApp account's region applies. */
            region?: components["schemas"]["WhatsappSenderInputBotRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            /** @example CUSTOMER */
            phoneNumberProvider: components["schemas"]["WhatsappSenderInputNumberProviderTypeEnum"];
            /**
             * @description If submission fails, keep the sender as a draft.
             * @default false
             */
            saveDraftOnFailure?: boolean;
            details: components["schemas"]["WhatsappInputSenderPartnerInitiatedDetailsDto"];
        };
        WhatsappInputSenderPartnerInitiatedDetailsDto: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsappSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string;
            address?: string;
            /** Format: url */
            websiteOne?: string;
            /** Format: url */
            websiteTwo?: string;
            about?: string;
            /**
             * Format: url
             * @description JPEG, PNG or WebP up to 5MB, between 192x192 and 640x640 px; images are cropped to the maximum size, and transparent PNG backgrounds become black.
             */
            photoUrl?: string;
            /**
             * Format: country code
             * @description Numeric country calling code, e.g. 48 for PL or 44 for UK.
             * @example 48
             */
            countryCode: string;
            /**
             * Format: numeric phone number
             * @description Number without the country code, not yet used by any sender; the description links it to numbers provided by Sinch.
             * @example 444555666
             */
            phoneNumber?: string;
        };
        /**
         * @deprecated
         * @description Legacy body for creating a sender; use WhatsappSenderInputEsDto instead.
         */
        WhatsappSenderInputDtoDeprecated: {
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersPublicDocumentationEnum"];
            wabaId?: string;
            phoneNumberId?: string;
            /** @description Long-lived user token; required if facebookCode is not given. */
            facebookAccessToken?: string;
            /** @description One-time code; required if facebookAccessToken is not given. */
            facebookCode?: string;
            name: string;
            details: components["schemas"]["WhatsappSenderInputDetailsDto"];
        };
        WhatsappSenderInputDetailsDto: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsappSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string;
            address?: string;
            /** Format: url */
            websiteOne?: string;
            /** Format: url */
            websiteTwo?: string;
            about?: string;
            /**
             * Format: url
             * @description JPEG, PNG or WebP up to 5MB, between 192x192 and 640x640 px; images are cropped to the maximum size, and transparent PNG backgrounds become black.
             */
            photoUrl?: string;
        };
        WhatsappUpdateSenderInputDto: {
            /** @default DRAFT */
            status?: components["schemas"]["WhatsappActionsEnum"];
            details?: components["schemas"]["WhatsappUpdateSenderInputDetailsDto"];
        };
        /** @description Sending null for a nullable field deletes the stored value. */
        WhatsappUpdateSenderInputDetailsDto: {
            displayName?: string;
            description?: string | null;
            vertical?: components["schemas"]["WhatsappSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string | null;
            address?: string | null;
            /** Format: url */
            websiteOne?: string | null;
            /** Format: url */
            websiteTwo?: string | null;
            about?: string | null;
            /**
             * Format: url
             * @description JPEG, PNG or WebP up to 5MB, between 192x192 and 640x640 px; images are cropped to the maximum size, and transparent PNG backgrounds become black.
             */
            photoUrl?: string | null;
            username?: string | null;
        };
        WhatsappSenderInputRegisterDto: {
            /** @example SMS */
            method: components["schemas"]["WhatsappSenderInputRegistrationMethodEnum"];
        };
        WhatsappSenderInputVerifyDto: {
            /**
             * Format: otp
             * @description Exactly 6 characters without spaces (given in the description and validation message, not as schema limits); can be left out if Meta has already verified the number.
             * @example 123456
             */
            code?: string;
        };
        /** @enum {string} */
        WhatsappSenderStatesEnum: "ACTIVE" | "IN_PROGRESS" | "INACTIVE" | "PENDING_VERIFICATION" | "SUSPENDED" | "ERROR";
        /**
         * @description MULTIPLE_WABA_ERROR exists only for backward compatibility.
         * @enum {string}
         */
        WhatsappSenderStatusesEnum: "DRAFT" | "ERROR" | "IN_PROGRESS" | "MULTIPLE_WABA_ERROR" | "REJECTED";
        /** @enum {string} */
        WhatsappSenderInputBotRegionEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        WhatsappSenderNumberProviderTypeEnum: "CUSTOMER" | "SINCH" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappSenderInputNumberProviderTypeEnum: "CUSTOMER" | "SINCH";
        /** @enum {string} */
        WhatsappSenderInputWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
        /** @enum {string} */
        WhatsappWhatsAppSenderFieldUpdateStatusEnum: "APPROVED" | "DEFERRED" | "DELETED" | "EXPIRED" | "PENDING" | "REJECTED" | "RESERVED" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @enum {string} */
        WhatsappSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "ERROR" | "IN_PROGRESS" | "INACTIVE" | "REGISTERED" | "REJECTED" | "VERIFIED";
        /** @enum {string} */
        WhatsappSenderRegistrationMethodEnum: "SMS" | "VOICE" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappSenderInputRegistrationMethodEnum: "SMS" | "VOICE";
        /** @enum {string} */
        WhatsappSenderErrorCodeEnum: "CANNOT_ASSIGN_CREDIT_LINE" | "CANNOT_ASSIGN_SYSTEM_USER" | "CANNOT_CREATE_NEW_WHATSAPP_SENDER" | "CANNOT_CREATE_WABA_FOR_BUSINESS" | "CANNOT_GET_DETAILS_FOR_CLOUD_API" | "CANNOT_GET_WABA_DETAILS" | "CANNOT_REGISTER_NEW_WHATSAPP_SENDER" | "CANNOT_REGISTER_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_WEBHOOK" | "DUPLICATES_ON_SENDER_PHONE_NUMBER" | "FAILED_TO_FETCH_APPROVED_MESSAGE_TEMPLATES" | "MULTIPLE_WABA_FOR_PROJECT_ID" | "NO_CERTIFICATE_AVAILABLE" | "NO_NOVA_ACCOUNT_ID" | "NO_PRICING_PLAN" | "NO_PROJECT_ID" | "NO_VERIFIED_PHONE_NUMBER" | "NOT_VERIFIED_REQUESTED_PHONE_NUMBER" | "NOT_VERIFY_BUSINESS_VIA_WHATSAPP" | "NOVA_ACCOUNT_ID_CONFLICT" | "PROJECT_ID_CONFLICT" | "REQUESTED_PHONE_NUMBER_OR_COUNTRY_CODE_CONFLICT" | "SENDER_HAS_BEEN_DELETED" | "WABA_CONNECTED_TO_ANOTHER_PROJECT" | "UNKNOWN_ERROR" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappQualityRatingEnum: "GREEN" | "RED" | "YELLOW" | "UNKNOWN" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        WhatsappTemplateListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["WhatsappTemplateDto"][];
        };
        WhatsappPartialTemplateListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["WhatsappPartialTemplateDto"][];
        };
        WhatsappTemplateDto: {
            /**
             * @description ID of the template at Meta; missing until the template is submitted.
             * @example 123456
             */
            whatsappId?: string;
            state?: components["schemas"]["WhatsappTemplateStatesEnum"];
            /** @example my_template */
            name: string;
            /** @example EN_US */
            language: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            category: components["schemas"]["WhatsappTemplateCategoryEnum"];
            /** @description Filled in when REJECTED. */
            rejectionCode?: components["schemas"]["WhatsappTemplateRejectionCodeEnum"];
            qualityScore?: components["schemas"]["WhatsappTemplateQualityScoreEnum"];
            /** @description Empty after the changes have been approved and applied. */
            changes?: components["schemas"]["WhatsappTemplateChangesDto"];
            details?: components["schemas"]["WhatsappTemplateDetailsDto"];
            analytics: components["schemas"]["WhatsappTemplateAnalyticsDto"][];
            /** @description True if the template was created by Meta. */
            isMetaGenerated: boolean;
        };
        /** @description WhatsappTemplateDto variant returned with a field mask; no field is required. */
        WhatsappPartialTemplateDto: {
            whatsappId?: string;
            state?: components["schemas"]["WhatsappTemplateStatesEnum"];
            name?: string;
            language?: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            category?: components["schemas"]["WhatsappTemplateCategoryEnum"];
            rejectionCode?: components["schemas"]["WhatsappTemplateRejectionCodeEnum"];
            qualityScore?: components["schemas"]["WhatsappTemplateQualityScoreEnum"];
            isMetaGenerated?: boolean;
            changes?: components["schemas"]["WhatsappPartialTemplateChangesDto"];
            details?: components["schemas"]["WhatsappPartialTemplateDetailsDto"];
            analytics?: components["schemas"]["WhatsappPartialTemplateAnalyticsDto"][];
        };
        WhatsappTemplateChangesDto: {
            status: components["schemas"]["WhatsappTemplateStatusesEnum"];
            allowCategoryChange?: boolean;
            /** @description The first variant applies to a new template, the second to an update. */
            details?: components["schemas"]["WhatsappTemplateDetailsDto"] | components["schemas"]["WhatsappTemplateChangesDetailsDto"];
        };
        WhatsappPartialTemplateChangesDto: {
            status?: components["schemas"]["WhatsappTemplateStatusesEnum"];
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsappPartialTemplateDetailsDto"] | components["schemas"]["WhatsappTemplateChangesDetailsDto"];
        };
        WhatsappTemplateDetailsDto: {
            /** @description Tell components apart by type (and by format for HEADER). */
            components: (components["schemas"]["WhatsappTextHeaderComponentDto"] | components["schemas"]["WhatsappMediaHeaderComponentDto"] | components["schemas"]["WhatsappBodyComponentDto"] | components["schemas"]["WhatsappFooterComponentDto"] | components["schemas"]["WhatsappButtonsComponentDto"] | components["schemas"]["WhatsappLocationHeaderComponentDto"] | components["schemas"]["WhatsappCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentDto"])[];
            /** @description How long, in seconds, delivery is retried. Defaults: AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d. Allowed ranges: AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200. Authentication templates created before 2024-10-23 default to 30 d. */
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsappTemplateDetailsOptimizationDto"];
        };
        WhatsappTemplateChangesDetailsDto: {
            components?: (components["schemas"]["WhatsappTextHeaderComponentDto"] | components["schemas"]["WhatsappMediaHeaderComponentDto"] | components["schemas"]["WhatsappLocationHeaderComponentDto"] | components["schemas"]["WhatsappBodyComponentDto"] | components["schemas"]["WhatsappFooterComponentDto"] | components["schemas"]["WhatsappButtonsComponentDto"] | components["schemas"]["WhatsappCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentDto"])[];
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsappTemplateDetailsOptimizationDto"];
        };
        WhatsappPartialTemplateDetailsDto: {
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsappTemplateDetailsOptimizationDto"];
            components?: (components["schemas"]["WhatsappPartialTextHeaderComponentDto"] | components["schemas"]["WhatsappPartialMediaHeaderComponentDto"] | components["schemas"]["WhatsappPartialBodyComponentDto"] | components["schemas"]["WhatsappPartialFooterComponentDto"] | components["schemas"]["WhatsappPartialButtonsComponentDto"] | components["schemas"]["WhatsappPartialLocationHeaderComponentDto"] | components["schemas"]["WhatsappPartialCarouselComponentDto"] | components["schemas"]["WhatsappPartialLimitedTimeOfferComponentDto"])[];
        };
        /** @description Dynamic-pricing settings, as returned by the API. */
        WhatsappTemplateDetailsOptimizationDto: {
            /**
             * @description Highest price per 1,000 deliveries, in the smallest unit of the WABA currency (5000 = USD 0.05 per delivery).
             * @example 500
             */
            bidAmount: number;
            /** @example BID_STRATEGY_LOWEST_COST_WITH_BID_CAP */
            bidStrategy: components["schemas"]["WhatsappBidStrategiesEnum"];
            /**
             * @description Keys are ISO 3166-1 alpha-2 codes; values are decimal strings from 0.0 to 10.0, 1.0 by default.
             * @example {
             *       "US": "1.2",
             *       "GB": "1.1"
             *     }
             */
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            };
        };
        WhatsappTemplateAnalyticsDto: {
            sent: number;
            delivered: number;
            read: number;
            /** @description Start of the window, ISO 8601 in UTC. */
            start: string;
            /** @description End of the window, ISO 8601 in UTC. */
            end: string;
            buttons: components["schemas"]["WhatsappTemplateAnalyticsButtonsDto"][];
        };
        WhatsappTemplateAnalyticsButtonsDto: {
            type: components["schemas"]["WhatsappTemplateAnalyticsButtonTypesEnum"];
            content: string;
            clicks: number;
        };
        WhatsappPartialTemplateAnalyticsDto: {
            sent?: number;
            delivered?: number;
            read?: number;
            start?: string;
            end?: string;
            buttons?: components["schemas"]["WhatsappPartialTemplateAnalyticsButtonsDto"][];
        };
        WhatsappPartialTemplateAnalyticsButtonsDto: {
            type?: components["schemas"]["WhatsappTemplateAnalyticsButtonTypesEnum"];
            content?: string;
            clicks?: number;
        };
        WhatsappTextHeaderComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format: components["schemas"]["WhatsappTextHeaderComponentFormatEnum"];
            text?: string;
            /** @description Sample for the header variable. */
            example?: string;
        };
        WhatsappMediaHeaderComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsappMediaHeaderComponentFormatEnum"];
            example?: components["schemas"]["WhatsappMediaHeaderExampleDto"];
        };
        WhatsappMediaHeaderExampleDto: {
            /** Format: url */
            url?: string;
        };
        WhatsappLocationHeaderComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format: components["schemas"]["WhatsappLocationHeaderComponentFormatEnum"];
        };
        WhatsappBodyComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            text?: string;
            /** @description One sample per body variable. */
            examples?: string[];
            addSecurityRecommendation?: boolean;
        };
        WhatsappFooterComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeFooterEnum"];
            text?: string;
            codeExpirationMinutes?: number;
        };
        WhatsappButtonsComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            /** @description Tell buttons apart by type. */
            buttons: (components["schemas"]["WhatsappPhoneNumberButtonDto"] | components["schemas"]["WhatsappUrlButtonDto"] | components["schemas"]["WhatsappQuickReplyButtonDto"] | components["schemas"]["WhatsappOtpButtonDto"] | components["schemas"]["WhatsappFlowButtonDto"] | components["schemas"]["WhatsappRequestContactInfoButtonDto"] | components["schemas"]["WhatsappOrderDetailsButtonDto"] | components["schemas"]["WhatsappCopyCodeButtonDto"])[];
        };
        WhatsappCarouselComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeCarouselEnum"];
            cards: components["schemas"]["WhatsappCardDto"][];
        };
        WhatsappCardDto: {
            components: (components["schemas"]["WhatsappCardHeaderComponentDto"] | components["schemas"]["WhatsappCardBodyComponentDto"] | components["schemas"]["WhatsappCardButtonsComponentDto"])[];
        };
        WhatsappCardHeaderComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsappCardHeaderComponentFormatsEnum"];
            /** @description Uploaded media asset. */
            example?: components["schemas"]["WhatsappMediaHeaderExampleDto"];
        };
        WhatsappCardBodyComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            examples?: string[];
            text?: string;
        };
        WhatsappCardButtonsComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            buttons: (components["schemas"]["WhatsappUrlButtonDto"] | components["schemas"]["WhatsappQuickReplyButtonDto"] | components["schemas"]["WhatsappPhoneNumberButtonDto"])[];
        };
        WhatsappLimitedTimeOfferComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeLimitedTimeOfferEnum"];
            /** @description Text of the offer. */
            text?: string;
            /** @description Whether the delivered message shows the offer's expiration details. */
            hasExpiration: boolean;
        };
        WhatsappPhoneNumberButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypePhoneNumberEnum"];
            text?: string;
            /**
             * Format: phone number
             * @example +48 777 777777
             */
            phoneNumber?: string;
        };
        WhatsappUrlButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeUrlEnum"];
            text?: string;
            /** Format: url */
            url?: string;
            /** Format: url */
            example?: string;
        };
        WhatsappQuickReplyButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeQuickReplyEnum"];
            text?: string;
        };
        WhatsappOtpButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeOtpEnum"];
            otpType: components["schemas"]["WhatsappOtpTypeEnum"];
            text?: string;
            autofillText?: string;
            /** @deprecated */
            packageName?: string;
            /** @deprecated */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsappSupportedAppDto"][];
            zeroTapTermsAccepted?: boolean;
        };
        WhatsappSupportedAppDto: {
            packageName: string;
            signatureHash: string;
        };
        WhatsappFlowButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeEnum"];
            text?: string;
            flowId?: string;
            flowAction?: components["schemas"]["WhatsappFlowActionEnum"];
            /** @description ID of the first screen; required for NAVIGATE. */
            navigateScreen?: string;
        };
        WhatsappRequestContactInfoButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeRequestContactInfoEnum"];
            /** @example Share Contact Info */
            text?: string;
        };
        WhatsappOrderDetailsButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeOrderDetailsEnum"];
            /** @example Copy Pix code */
            text?: string;
        };
        WhatsappCopyCodeButtonDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeCopyCodeEnum"];
            /** @example Copy offer code */
            text?: string;
            /** @example WINTER27 */
            example?: string;
        };
        WhatsappPartialTextHeaderComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format?: components["schemas"]["WhatsappTextHeaderComponentFormatEnum"];
            text?: string;
            example?: string;
        };
        WhatsappPartialMediaHeaderComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsappMediaHeaderComponentFormatEnum"];
            example?: components["schemas"]["WhatsappPartialMediaHeaderExampleDto"];
        };
        WhatsappPartialMediaHeaderExampleDto: {
            /** Format: url */
            url?: string;
        };
        WhatsappPartialLocationHeaderComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format?: components["schemas"]["WhatsappLocationHeaderComponentFormatEnum"];
        };
        WhatsappPartialBodyComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            text?: string;
            examples?: string[];
            addSecurityRecommendation?: boolean;
        };
        WhatsappPartialFooterComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeFooterEnum"];
            text?: string;
            codeExpirationMinutes?: number;
        };
        WhatsappPartialButtonsComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            buttons?: (components["schemas"]["WhatsappPartialPhoneNumberButtonDto"] | components["schemas"]["WhatsappPartialUrlButtonDto"] | components["schemas"]["WhatsappPartialQuickReplyButtonDto"] | components["schemas"]["WhatsappPartialOtpButtonDto"] | components["schemas"]["WhatsappPartialFlowButtonDto"])[];
        };
        WhatsappPartialCarouselComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeCarouselEnum"];
            cards?: components["schemas"]["WhatsappPartialCardDto"][];
        };
        WhatsappPartialCardDto: {
            components?: (components["schemas"]["WhatsappPartialCardHeaderComponentDto"] | components["schemas"]["WhatsappPartialCardBodyComponentDto"] | components["schemas"]["WhatsappPartialCardButtonsComponentDto"])[];
        };
        WhatsappPartialCardHeaderComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsappCardHeaderComponentFormatsEnum"];
            example?: components["schemas"]["WhatsappPartialMediaHeaderExampleDto"];
        };
        WhatsappPartialCardBodyComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            examples?: string[];
            text?: string;
        };
        WhatsappPartialCardButtonsComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            buttons?: (components["schemas"]["WhatsappPartialUrlButtonDto"] | components["schemas"]["WhatsappPartialQuickReplyButtonDto"] | components["schemas"]["WhatsappPartialPhoneNumberButtonDto"])[];
        };
        WhatsappPartialLimitedTimeOfferComponentDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappComponentTypeLimitedTimeOfferEnum"];
            text?: string;
            hasExpiration?: boolean;
        };
        WhatsappPartialPhoneNumberButtonDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappButtonTypePhoneNumberEnum"];
            text?: string;
            /** Format: phone number */
            phoneNumber?: string;
        };
        WhatsappPartialUrlButtonDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappButtonTypeUrlEnum"];
            text?: string;
            /** Format: url */
            url?: string;
            /** Format: url */
            example?: string;
        };
        WhatsappPartialQuickReplyButtonDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappButtonTypeQuickReplyEnum"];
            text?: string;
        };
        WhatsappPartialOtpButtonDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappButtonTypeOtpEnum"];
            otpType?: components["schemas"]["WhatsappOtpTypeEnum"];
            text?: string;
            autofillText?: string;
            /** @deprecated */
            packageName?: string;
            /** @deprecated */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsappSupportedAppDto"][];
            zeroTapTermsAccepted?: boolean;
        };
        WhatsappPartialFlowButtonDto: {
            /** @constant */
            type?: components["schemas"]["WhatsappButtonTypeEnum"];
            text?: string;
            flowId?: string;
            flowAction?: components["schemas"]["WhatsappFlowActionEnum"];
            navigateScreen?: string;
        };
        WhatsappTemplateInputDto: {
            /** @default SUBMIT */
            status?: components["schemas"]["WhatsappActionsEnum"];
            /** @example my_template */
            name: string;
            /** @example EN */
            language: components["schemas"]["WhatsappInputTemplateLanguagesEnum"];
            /** @example MARKETING */
            category: components["schemas"]["WhatsappTemplateInputCategoryEnum"];
            /**
             * @description If submission fails, keep the sender as a draft.
             * @default false
             */
            saveDraftOnFailure?: boolean;
            /**
             * @description Allow Meta to change the category rather than reject the template.
             * @default false
             */
            allowCategoryChange?: boolean;
            /** @description Required to submit the template (status SUBMIT, the default); a draft may omit it. */
            details?: components["schemas"]["WhatsappTemplateDetailsInputDto"];
        };
        /** @description No field is required. */
        WhatsappUpdateTemplateInputDto: {
            /** @default DRAFT */
            status?: components["schemas"]["WhatsappActionsEnum"];
            /** @description Applied only for DRAFT, or for REJECTED with INCORRECT_CATEGORY. */
            category?: components["schemas"]["WhatsappTemplateInputCategoryEnum"];
            /** @description Same condition as for category. */
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsappUpdateTemplateDetailsInputDto"];
        };
        WhatsappTemplateDetailsInputDto: {
            /** @description Must contain a BODY, and each component type may appear only once (type unique); optional for drafts. */
            components?: (components["schemas"]["WhatsappLocationHeaderComponentInputDto"] | components["schemas"]["WhatsappTextHeaderComponentInputDto"] | components["schemas"]["WhatsappMediaHeaderComponentInputDto"] | components["schemas"]["WhatsappBodyComponentInputDto"] | components["schemas"]["WhatsappFooterComponentInputDto"] | components["schemas"]["WhatsappButtonsComponentInputDto"] | components["schemas"]["WhatsappInputCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentInputDto"])[];
            /** @description How long, in seconds, delivery is retried. Defaults: AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d. Allowed ranges: AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200. Authentication templates created before 2024-10-23 default to 30 d. */
            messageSendTtlSeconds?: number;
            /** @description Dynamic pricing, for MARKETING templates. */
            optimization?: components["schemas"]["WhatsappInputTemplateDetailsOptimization"];
        };
        WhatsappUpdateTemplateDetailsInputDto: {
            /** @description Must contain a BODY, and each component type may appear only once (type unique); optional for drafts. */
            components?: (components["schemas"]["WhatsappLocationHeaderComponentInputDto"] | components["schemas"]["WhatsappTextHeaderComponentInputDto"] | components["schemas"]["WhatsappMediaHeaderComponentInputDto"] | components["schemas"]["WhatsappBodyComponentInputDto"] | components["schemas"]["WhatsappFooterComponentInputDto"] | components["schemas"]["WhatsappButtonsComponentInputDto"] | components["schemas"]["WhatsappInputCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentInputDto"])[];
            /** @description How long, in seconds, delivery is retried. Defaults: AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d. Allowed ranges: AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200. Authentication templates created before 2024-10-23 default to 30 d. */
            messageSendTtlSeconds?: number;
            /** @description Omitted keeps the current value; null removes it. */
            optimization?: components["schemas"]["WhatsappInputUpdateTemplateDetailsOptimization"] | null;
        };
        WhatsappInputTemplateDetailsOptimization: {
            /** @description Highest bid per 1,000 deliveries, in the smallest unit of the WABA currency. */
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsappInputBidStrategiesEnum"];
            /**
             * @description Keys are ISO 3166-1 alpha-2 codes; values are decimal strings from 0.0 to 10.0, 1.0 by default.
             * @example {
             *       "US": "1.2",
             *       "GB": "1.1"
             *     }
             */
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            };
        };
        WhatsappInputUpdateTemplateDetailsOptimization: {
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsappInputBidStrategiesEnum"];
            /** @description Null removes the existing overrides. */
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            } | null;
        };
        WhatsappLocationHeaderComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format: components["schemas"]["WhatsappLocationHeaderComponentFormatEnum"];
        };
        WhatsappTextHeaderComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            /** @constant */
            format: components["schemas"]["WhatsappTextHeaderComponentFormatEnum"];
            /** @description Can contain at most one variable; optional for drafts. */
            text: string;
            /**
             * @description Needed when text has a variable.
             * @example 20
             */
            example?: string;
        };
        WhatsappMediaHeaderComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsappMediaHeaderComponentFormatEnum"];
            /** @description Optional for drafts. */
            example: components["schemas"]["WhatsappMediaHeaderExampleInputDto"];
        };
        WhatsappMediaHeaderExampleInputDto: {
            /**
             * Format: url
             * @description Image: jpeg or png, 8-bit RGB/RGBA, up to 5MB. Video: 3gp or mp4, H.264 with AAC (one or no audio stream), up to 16MB. Document: pdf, up to 100MB. Optional for drafts.
             * @example https://example.com/photos/1.png
             */
            url: string;
            /** @description Set only if the type cannot be detected from the content. */
            mimeType?: components["schemas"]["WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        WhatsappBodyComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            /** @description Variables are written {{1}}, {{2}} and so on; leave empty for AUTHENTICATION. */
            text?: string;
            /** @description One sample per variable; optional without variables. */
            examples?: string[];
            /**
             * @description Only for AUTHENTICATION.
             * @default false
             */
            addSecurityRecommendation?: boolean;
        };
        WhatsappFooterComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeFooterEnum"];
            text?: string;
            /** @description Only for AUTHENTICATION; appends a sentence about when the code expires. */
            codeExpirationMinutes?: number;
        };
        WhatsappButtonsComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            /** @description Each button must have a different value/text; optional for drafts. */
            buttons: (components["schemas"]["WhatsappFlowButtonInputDto"] | components["schemas"]["WhatsappOtpButtonInputDto"] | components["schemas"]["WhatsappPhoneNumberButtonInputDto"] | components["schemas"]["WhatsappQuickReplyButtonInputDto"] | components["schemas"]["WhatsappRequestContactInfoButtonInputDto"] | components["schemas"]["WhatsappOrderDetailsButtonInputDto"] | components["schemas"]["WhatsappUrlButtonInputDto"] | components["schemas"]["WhatsappCopyCodeButtonInputDto"])[];
        };
        WhatsappInputCarouselComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeCarouselEnum"];
            /** @description Every card has the same components; two cards are enough at creation, and an approved two-card template can send up to 10; optional for drafts. */
            cards: components["schemas"]["WhatsappInputCardDto"][];
        };
        WhatsappInputCardDto: {
            /** @description An image or video header, a body and up to 2 buttons; type unique; optional for drafts. */
            components: (components["schemas"]["WhatsappInputCardHeaderComponentDto"] | components["schemas"]["WhatsappInputCardBodyComponentDto"] | components["schemas"]["WhatsappInputCardButtonsComponentDto"])[];
        };
        WhatsappInputCardHeaderComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsappCardHeaderComponentFormatsEnum"];
            /** @description Auto-cropped to a wide ratio on the device; optional for drafts. */
            example: components["schemas"]["WhatsappInputCardMediaHeaderExampleDto"];
        };
        WhatsappInputCardMediaHeaderExampleDto: {
            /**
             * Format: url
             * @description Image: jpeg or png, 8-bit RGB/RGBA, up to 5MB. Video: 3gp or mp4, H.264 with AAC, up to 16MB. Optional for drafts.
             */
            url: string;
            mimeType?: components["schemas"]["WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        WhatsappInputCardBodyComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            /** @description One per variable. */
            examples?: string[];
            /** @description Variables are supported; optional for drafts. */
            text: string;
        };
        WhatsappInputCardButtonsComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            /** @description Any combination of quick reply, phone and URL buttons; buttons may not be identical in both type and text; optional for drafts. */
            buttons: (components["schemas"]["WhatsappUrlButtonInputDto"] | components["schemas"]["WhatsappQuickReplyButtonInputDto"] | components["schemas"]["WhatsappPhoneNumberButtonInputDto"])[];
        };
        WhatsappLimitedTimeOfferComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeLimitedTimeOfferEnum"];
            text: string;
            /** @default false */
            hasExpiration?: boolean;
        };
        WhatsappFlowButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeFlowEnum"];
            /** @description Optional for drafts. */
            text: string;
            /**
             * Format: digits
             * @description Optional for drafts.
             */
            flowId: string;
            /** @description Optional for drafts. */
            flowAction: components["schemas"]["WhatsappInputFlowActionEnum"];
            /**
             * @description ID of the first screen; required for NAVIGATE.
             * @example QUESTION_ONE
             */
            navigateScreen?: string;
        };
        WhatsappOtpButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeOtpEnum"];
            otpType: components["schemas"]["WhatsappInputOtpTypeEnum"];
            /** @description Optional for drafts. */
            text: string;
            /** @description Text of the one-tap autofill button. */
            autofillText?: string;
            /**
             * @deprecated
             * @description Android package name; use supportedApps instead.
             */
            packageName?: string;
            /**
             * @deprecated
             * @description Hash of the app signing key; use supportedApps instead.
             */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsappSupportedAppInputDto"][];
            /** @description Confirms acceptance of the WhatsApp Business terms for zero-tap codes. */
            zeroTapTermsAccepted?: boolean;
        };
        WhatsappSupportedAppInputDto: {
            /** @example com.android.chrome */
            packageName: string;
            /** @example sample+hash */
            signatureHash: string;
        };
        WhatsappPhoneNumberButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypePhoneNumberEnum"];
            /** @description Optional for drafts. */
            text: string;
            /**
             * Format: phone number
             * @description Optional for drafts.
             * @example +48 777 777777
             */
            phoneNumber: string;
        };
        WhatsappQuickReplyButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeQuickReplyEnum"];
            /** @description Optional for drafts. */
            text: string;
        };
        WhatsappRequestContactInfoButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeRequestContactInfoEnum"];
        };
        WhatsappOrderDetailsButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeOrderDetailsEnum"];
        };
        WhatsappUrlButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeUrlEnum"];
            /** @description Optional for drafts. */
            text: string;
            /**
             * @description The dynamic part {{1}} may appear only at the end and never in the domain; wa.me and whatsapp.com are rejected; optional for drafts.
             * @example https://www.my-website.com/?name={{1}}
             */
            url: string;
            /**
             * Format: url
             * @description Full URL with the variable filled; needed when url has {{1}}.
             * @example https://www.my-website.com/?name=john
             */
            example?: string;
        };
        WhatsappCopyCodeButtonInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappButtonTypeCopyCodeEnum"];
            /**
             * @description Sample code.
             * @example WINTER27
             */
            example: string;
        };
        WhatsappInputTemplateCompareDto: {
            templates: components["schemas"]["WhatsappInputTemplateCompareIdentifierDto"][];
            /** @default 7 */
            timeframe?: components["schemas"]["WhatsappInputTemplateCompareTimeframesEnum"];
            /**
             * Format: timestamp
             * @description End of the window in epoch milliseconds; defaults to now.
             * @example 1694612898734
             */
            endTimestamp?: number;
        };
        WhatsappInputTemplateCompareIdentifierDto: {
            templateName: string;
            templateLanguage: components["schemas"]["WhatsappTemplateLanguagesEnum"];
        };
        WhatsappTemplateCompareDto: {
            templates: components["schemas"]["WhatsappTemplateCompareIdentifierDto"][];
        };
        WhatsappTemplateCompareIdentifierDto: {
            name: string;
            language: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            /** @description Position when ranked by block rate. */
            blockOrder: number;
            messageSends: number;
            topBlockReason: components["schemas"]["WhatsappTemplateCompareBlockReasonsEnum"];
        };
        WhatsappTemplateNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsappTemplateNotificationDto"][];
        };
        WhatsappTemplateNotificationDto: {
            type: components["schemas"]["WhatsappTemplateNotificationTypeEnum"];
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            comment?: string;
        };
        /** @description Any of the 11 events of this family; each event has its own schema (and required fields). */
        WhatsappSenderWebhookEvent: components["schemas"]["WhatsappSenderCommentAddedEvent"] | components["schemas"]["WhatsappSenderActiveEvent"] | components["schemas"]["WhatsappSenderInactiveEvent"] | components["schemas"]["WhatsappSenderPendingVerificationEvent"] | components["schemas"]["WhatsappSenderRejectedEvent"] | components["schemas"]["WhatsappSenderErrorEvent"] | components["schemas"]["WhatsappSenderDailyLimitChangedEvent"] | components["schemas"]["WhatsappSenderQualityRatingChangedEvent"] | components["schemas"]["WhatsappSenderDeletedEvent"] | components["schemas"]["WhatsappSenderDisplayNameUpdatedEvent"] | components["schemas"]["WhatsappSenderUsernameUpdatedEvent"];
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_COMMENT_ADDED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderCommentAddedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_COMMENT_ADDED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_ACTIVE, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderActiveEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_ACTIVE";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_INACTIVE, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderInactiveEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_INACTIVE";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_PENDING_VERIFICATION, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderPendingVerificationEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_PENDING_VERIFICATION";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_REJECTED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderRejectedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_REJECTED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_ERROR, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderErrorEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_ERROR";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_DAILY_LIMIT_CHANGED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderDailyLimitChangedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_QUALITY_RATING_CHANGED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderQualityRatingChangedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_QUALITY_RATING_CHANGED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_DELETED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderDeletedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_DELETED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_DISPLAY_NAME_UPDATED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderDisplayNameUpdatedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for WHATSAPP_SENDER_USERNAME_UPDATED, declared inline in a callback of the create- and update-sender operations. */
        WhatsappSenderUsernameUpdatedEvent: {
            /** @constant */
            type: "WHATSAPP_SENDER_USERNAME_UPDATED";
            /** @description The sender at the time of the event; in the DELETED example it contains only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager and compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Any of the 8 events of this family; each event has its own schema (and required fields). */
        WhatsappTemplateWebhookEvent: components["schemas"]["WhatsappTemplateCommentAddedEvent"] | components["schemas"]["WhatsappTemplateApprovedEvent"] | components["schemas"]["WhatsappTemplateRejectedEvent"] | components["schemas"]["WhatsappTemplateStatusUpdatedEvent"] | components["schemas"]["WhatsappTemplateDeletedEvent"] | components["schemas"]["WhatsappTemplateQualityScoreUpdatedEvent"] | components["schemas"]["WhatsappTemplateCategoryUpdatedEvent"] | components["schemas"]["WhatsappTemplateCategoryFutureUpdateEvent"];
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_COMMENT_ADDED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateCommentAddedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_COMMENT_ADDED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_APPROVED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateApprovedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_APPROVED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_REJECTED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateRejectedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_REJECTED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_STATUS_UPDATED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateStatusUpdatedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_STATUS_UPDATED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_DELETED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateDeletedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_DELETED";
            /** @description The template as it was at the moment the event fired. */
            payload?: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateQualityScoreUpdatedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_CATEGORY_UPDATED, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateCategoryUpdatedEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_CATEGORY_UPDATED";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @description Body Sinch POSTs for WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE, declared inline in a callback of the create- and update-template operations. */
        WhatsappTemplateCategoryFutureUpdateEvent: {
            /** @constant */
            type: "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE";
            /** @description The template as it was at the moment the event fired. */
            payload: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description The state the template moved to.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description The category the template will move to.
             * @enum {string}
             */
            futureCategory: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @enum {string} */
        WhatsappTemplateStatesEnum: "APPROVED" | "DISABLED" | "PAUSED" | "PENDING" | "REJECTED";
        /**
         * @description DRAFT means not yet submitted; IN_PROGRESS means submitted.
         * @enum {string}
         */
        WhatsappTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @enum {string} */
        WhatsappTemplateCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappTemplateInputCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY";
        /** @enum {string} */
        WhatsappTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
        /** @enum {string} */
        WhatsappTemplateRejectionCodeEnum: "ABUSIVE_CONTENT" | "INCORRECT_CATEGORY" | "INVALID_FORMAT" | "NONE" | "SCAM" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappTemplateQualityScoreEnum: "QUALITY_SCORE_GREEN" | "QUALITY_SCORE_RED" | "QUALITY_SCORE_YELLOW" | "QUALITY_SCORE_UNKNOWN" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappTemplateAnalyticsDateRangesEnum: "DAY" | "MONTH" | "QUARTER" | "WEEK";
        /** @enum {string} */
        WhatsappTemplateAnalyticsButtonTypesEnum: "QUICK_REPLY" | "UNIQUE_URL" | "URL" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
        /**
         * @description Paths use dot notation, where .0. represents any array index.
         * @enum {string}
         */
        WhatsappTemplateDtoFieldMaskPathsEnum: "whatsappId" | "state" | "name" | "language" | "category" | "rejectionCode" | "qualityScore" | "changes" | "changes.status" | "changes.allowCategoryChange" | "changes.details" | "changes.details.components" | "changes.details.components.0.type" | "changes.details.components.0.format" | "changes.details.components.0.text" | "changes.details.components.0.example" | "changes.details.components.0.example.url" | "changes.details.components.0.examples" | "changes.details.components.0.addSecurityRecommendation" | "changes.details.components.0.codeExpirationMinutes" | "changes.details.components.0.buttons" | "changes.details.components.0.buttons.0.type" | "changes.details.components.0.buttons.0.text" | "changes.details.components.0.buttons.0.phoneNumber" | "changes.details.components.0.buttons.0.url" | "changes.details.components.0.buttons.0.example" | "changes.details.components.0.buttons.0.otpType" | "changes.details.components.0.buttons.0.autofillText" | "changes.details.components.0.buttons.0.packageName" | "changes.details.components.0.buttons.0.signatureHash" | "changes.details.components.0.buttons.0.supportedApps" | "changes.details.components.0.buttons.0.supportedApps.0.packageName" | "changes.details.components.0.buttons.0.supportedApps.0.signatureHash" | "changes.details.components.0.buttons.0.zeroTapTermsAccepted" | "changes.details.components.0.buttons.0.flowId" | "changes.details.components.0.buttons.0.flowAction" | "changes.details.components.0.buttons.0.navigateScreen" | "changes.details.components.0.hasExpiration" | "changes.details.messageSendTtlSeconds" | "changes.details.optimization" | "details" | "details.components" | "details.components.0.type" | "details.components.0.format" | "details.components.0.text" | "details.components.0.example" | "details.components.0.example.url" | "details.components.0.examples" | "details.components.0.addSecurityRecommendation" | "details.components.0.codeExpirationMinutes" | "details.components.0.buttons" | "details.components.0.buttons.0.type" | "details.components.0.buttons.0.text" | "details.components.0.buttons.0.phoneNumber" | "details.components.0.buttons.0.url" | "details.components.0.buttons.0.example" | "details.components.0.buttons.0.otpType" | "details.components.0.buttons.0.autofillText" | "details.components.0.buttons.0.packageName" | "details.components.0.buttons.0.signatureHash" | "details.components.0.buttons.0.supportedApps" | "details.components.0.buttons.0.supportedApps.0.packageName" | "details.components.0.buttons.0.supportedApps.0.signatureHash" | "details.components.0.buttons.0.zeroTapTermsAccepted" | "details.components.0.buttons.0.flowId" | "details.components.0.buttons.0.flowAction" | "details.components.0.buttons.0.navigateScreen" | "details.components.0.hasExpiration" | "details.messageSendTtlSeconds" | "details.optimization" | "analytics" | "analytics.0.sent" | "analytics.0.delivered" | "analytics.0.read" | "analytics.0.start" | "analytics.0.end" | "analytics.0.buttons" | "analytics.0.buttons.0.type" | "analytics.0.buttons.0.content" | "analytics.0.buttons.0.clicks" | "isMetaGenerated";
        /** @enum {string} */
        WhatsappTemplateCompareBlockReasonsEnum: "NO_LONGER_NEEDED" | "NO_REASON" | "NO_REASON_GIVEN" | "NO_SIGN_UP" | "OFFENSIVE_MESSAGES" | "OTHER" | "OTP_DID_NOT_REQUEST" | "SPAM" | "UNKNOWN_BLOCK_REASON" | "UNRECOGNIZED";
        /**
         * @description Look-back period in days, given as string values.
         * @enum {string}
         */
        WhatsappInputTemplateCompareTimeframesEnum: "30" | "60" | "7" | "90";
        /**
         * @description Spelling used in responses; requests use LOWEST_COST_WITH_BID_CAP.
         * @enum {string}
         */
        WhatsappBidStrategiesEnum: "BID_STRATEGY_LOWEST_COST_WITH_BID_CAP" | "BID_STRATEGY_UNSPECIFIED" | "UNRECOGNIZED";
        /** @constant */
        WhatsappInputBidStrategiesEnum: "LOWEST_COST_WITH_BID_CAP";
        /** @enum {string} */
        WhatsappOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappInputOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP";
        /** @enum {string} */
        WhatsappFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE" | "UNKNOWN" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappInputFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE";
        /** @enum {string} */
        WhatsappMediaHeaderComponentFormatEnum: "DOCUMENT" | "IMAGE" | "VIDEO";
        /** @enum {string} */
        WhatsappCardHeaderComponentFormatsEnum: "IMAGE" | "VIDEO";
        /** @enum {string} */
        WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "APPLICATION/PDF" | "VIDEO/3GP" | "VIDEO/MP4";
        /** @enum {string} */
        WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "VIDEO/3GP" | "VIDEO/MP4";
        /** @constant */
        WhatsappComponentTypeHeaderEnum: "HEADER";
        /** @constant */
        WhatsappComponentTypeBodyEnum: "BODY";
        /** @constant */
        WhatsappComponentTypeFooterEnum: "FOOTER";
        /** @constant */
        WhatsappComponentTypeButtonsEnum: "BUTTONS";
        /** @constant */
        WhatsappComponentTypeCarouselEnum: "CAROUSEL";
        /** @constant */
        WhatsappComponentTypeLimitedTimeOfferEnum: "LIMITED_TIME_OFFER";
        /** @constant */
        WhatsappTextHeaderComponentFormatEnum: "TEXT";
        /** @constant */
        WhatsappLocationHeaderComponentFormatEnum: "LOCATION";
        /** @constant */
        WhatsappButtonTypePhoneNumberEnum: "PHONE_NUMBER";
        /** @constant */
        WhatsappButtonTypeUrlEnum: "URL";
        /** @constant */
        WhatsappButtonTypeQuickReplyEnum: "QUICK_REPLY";
        /** @constant */
        WhatsappButtonTypeOtpEnum: "OTP";
        /** @constant */
        WhatsappButtonTypeFlowEnum: "FLOW";
        /**
         * @description Used by the output and partial FLOW button DTOs; the input DTO uses WhatsappButtonTypeFlowEnum instead.
         * @constant
         */
        WhatsappButtonTypeEnum: "FLOW";
        /** @constant */
        WhatsappButtonTypeRequestContactInfoEnum: "REQUEST_CONTACT_INFO";
        /** @constant */
        WhatsappButtonTypeOrderDetailsEnum: "ORDER_DETAILS";
        /** @constant */
        WhatsappButtonTypeCopyCodeEnum: "COPY_CODE";
        /** @description Error body that every KakaoTalk endpoint returns on failure. */
        KakaotalkPapiErrorDto: {
            /** @description Error code for programs, e.g. sender_not_found. */
            errorCode: string;
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            /** @description The schema types the values as string arrays (e.g. validationErrors), but examples also contain plain strings (supportedCodes: 'ACTIVE, BLOCKED, ...', templateCode: 'AX5N...'); type the values loosely. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description Store as a draft, or submit for review.
         * @enum {string}
         */
        KakaotalkActionsEnum: "DRAFT" | "SUBMIT";
        KakaotalkCommentInputDto: {
            /** @example Example comment. */
            comment: string;
        };
        KakaotalkCommentDto: {
            type: components["schemas"]["KakaotalkCommentTypeEnum"];
            comment: string;
            /**
             * @description Date-time in ISO 8601.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
        };
        /** @enum {string} */
        KakaotalkCommentTypeEnum: "CREATED";
        /** @description Request body for creating a sender. */
        KakaotalkInputSenderDto: {
            /** @description ID of the KakaoTalk channel (PlusFriend). */
            plusFriendId: string;
            /** @description Required to submit the sender (status SUBMIT, the default); a draft may omit it. */
            details?: components["schemas"]["KakaotalkInputSenderDetailsDto"];
            /** @default SUBMIT */
            status?: components["schemas"]["KakaotalkActionsEnum"];
            /**
             * @description If submission fails, keep the sender as a draft.
             * @default false
             */
            saveDraftOnFailure?: boolean;
        };
        KakaotalkInputSenderDetailsDto: {
            /**
             * Format: phone number
             * @description Not required for a draft.
             * @example +48777777777
             */
            adminPhoneNo?: string;
            /**
             * @description Not required for a draft.
             * @example Test Name
             */
            name?: string;
            /**
             * Format: url
             * @description JPEG or PNG, no larger than 5MB.
             */
            logoImage?: string;
            /**
             * @description Not required for a draft; a depth 1 code from the sender category list.
             * @example 019
             */
            topLevelCategoryCode?: string;
            /**
             * @description Not required for a draft; a depth 2 code.
             * @example 0006
             */
            midLevelCategoryCode?: string;
            /**
             * @description Not required for a draft; a depth 3 code.
             * @example 0001
             */
            subLevelCategoryCode?: string;
        };
        /** @description Request body for updating a sender; every field is optional. */
        KakaotalkInputUpdateSenderDto: {
            /** @default DRAFT */
            status?: components["schemas"]["KakaotalkActionsEnum"];
            details?: components["schemas"]["KakaotalkInputUpdateSenderDetailsDto"];
        };
        KakaotalkInputUpdateSenderDetailsDto: {
            /** Format: phone number */
            adminPhoneNo?: string;
            name?: string;
            /**
             * Format: url
             * @description Can be null (type [string, null]).
             */
            logoImage?: string | null;
            topLevelCategoryCode?: string;
            midLevelCategoryCode?: string;
            subLevelCategoryCode?: string;
        };
        KakaotalkInputVerifySenderDto: {
            /**
             * @description OTP made of digits.
             * @example 123456
             */
            code: number;
        };
        /** @description KakaoTalk sender. */
        KakaotalkSenderDto: {
            /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
            id?: string;
            /** @example 5WY5zKfY3pB56EmDVUPQ */
            plusFriendId: string;
            /** @description Missing on senders that are drafts or were never approved. */
            state?: components["schemas"]["KakaotalkSenderStatesEnum"];
            /** @description Change set that is still pending. */
            changes?: components["schemas"]["KakaotalkSenderChangesDto"];
            /** @description Details currently in effect. */
            details?: components["schemas"]["KakaotalkSenderDetailsDto"];
            /**
             * @description When the sender was created, ISO 8601 in UTC.
             * @example 2023-02-23T11:28:51.194Z
             */
            created?: string;
            /** @description When the sender was last changed, ISO 8601 in UTC. */
            modified?: string;
        };
        KakaotalkSenderDetailsDto: {
            adminPhoneNo: string;
            name: string;
            /** @example https://example-logo-image.com */
            logoImage?: string;
            topLevelCategoryCode: string;
            midLevelCategoryCode: string;
            subLevelCategoryCode: string;
        };
        /** @description Has the fields of KakaotalkSenderDetailsDto, all of them optional; used for an update change set. */
        KakaotalkSenderChangesDetailsDto: {
            adminPhoneNo?: string;
            name?: string;
            logoImage?: string;
            topLevelCategoryCode?: string;
            midLevelCategoryCode?: string;
            subLevelCategoryCode?: string;
        };
        KakaotalkSenderChangesDto: {
            status: components["schemas"]["KakaotalkSenderStatusesEnum"];
            details: components["schemas"]["KakaotalkSenderDetailsDto"] | components["schemas"]["KakaotalkSenderChangesDetailsDto"];
        };
        KakaotalkSenderListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["KakaotalkSenderDto"][];
        };
        KakaotalkSenderNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["KakaotalkSenderNotificationDto"][];
        };
        KakaotalkSenderNotificationDto: {
            type: components["schemas"]["KakaotalkSenderNotificationTypeEnum"];
            /** @example 2023-12-20T15:00:11.310Z */
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            /** @description Included for COMMENT_ADDED. */
            comment?: string;
        };
        /** @enum {string} */
        KakaotalkSenderStatesEnum: "ACTIVE" | "BLOCKED" | "INACTIVE" | "SUSPENDED" | "VERIFYING";
        /**
         * @description Status of the change set that is pending.
         * @enum {string}
         */
        KakaotalkSenderStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @enum {string} */
        KakaotalkSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "INACTIVE" | "REJECTED";
        /** @description Any of the 4 events of this family; each event has its own schema (and required fields). */
        KakaotalkSenderWebhookEvent: components["schemas"]["KakaotalkSenderActiveEvent"] | components["schemas"]["KakaotalkSenderInactiveEvent"] | components["schemas"]["KakaotalkSenderRejectedEvent"] | components["schemas"]["KakaotalkSenderCommentAddedEvent"];
        /** @description Body Sinch POSTs for KAKAOTALK_SENDER_ACTIVE, declared inline in a callback of the create-sender operation. */
        KakaotalkSenderActiveEvent: {
            /** @constant */
            type: "KAKAOTALK_SENDER_ACTIVE";
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["KakaotalkSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for KAKAOTALK_SENDER_INACTIVE, declared inline in a callback of the create-sender operation. */
        KakaotalkSenderInactiveEvent: {
            /** @constant */
            type: "KAKAOTALK_SENDER_INACTIVE";
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["KakaotalkSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for KAKAOTALK_SENDER_REJECTED, declared inline in a callback of the create-sender operation. */
        KakaotalkSenderRejectedEvent: {
            /** @constant */
            type: "KAKAOTALK_SENDER_REJECTED";
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["KakaotalkSenderDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for KAKAOTALK_SENDER_COMMENT_ADDED, declared inline in a callback of the create-sender operation. */
        KakaotalkSenderCommentAddedEvent: {
            /** @constant */
            type: "KAKAOTALK_SENDER_COMMENT_ADDED";
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["KakaotalkSenderDto"];
            /** @description The comment that was added. */
            comment: string;
        };
        /** @description Request body for creating a template. */
        KakaotalkInputTemplateDto: {
            /** @default SUBMIT */
            status?: components["schemas"]["KakaotalkActionsEnum"];
            details: components["schemas"]["KakaotalkInputTemplateDetailsDto"];
            /** @default false */
            saveDraftOnFailure?: boolean;
        };
        KakaotalkInputTemplateDetailsDto: {
            name: string;
            /** @example EN */
            language: components["schemas"]["KakaotalkInputTemplateLanguagesEnum"];
            /** @description Body text of the template; not required for a draft. */
            content?: string;
            /** @default BASIC */
            messageType?: components["schemas"]["KakaotalkInputKakaoTalkTemplateMessageTypeEnum"];
            /** @default EMPHASIZE_TYPE_NONE */
            emphasizeType?: components["schemas"]["KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
            /**
             * @description Code of the template subcategory, taken from the template category list.
             * @default 999999
             * @example 001001
             */
            categoryCode?: string;
            /**
             * @description Security message, such as an OTP: when sent, its text is displayed only on the main device.
             * @default false
             */
            securityFlag?: boolean;
            /** @description Block of additional information. */
            extra?: string;
            /** @description Truncated by clients beyond 2 lines of 23 characters on Android and 2 lines of 27 characters on iOS. */
            title?: string;
            /** @description Truncated by clients beyond 18 characters on Android and 21 characters on iOS. */
            subtitle?: string;
            /** @description Name of the uploaded file. */
            imageName?: string;
            /**
             * Format: url
             * @description JPEG or PNG, 500KB at most, at least 500x250 px, in a 2:1 aspect ratio.
             */
            imageUrl?: string;
            /** @description No two items may share the same button 'type'. */
            buttons?: components["schemas"]["KakaotalkInputButtonDto"][];
        };
        KakaotalkInputButtonDto: {
            /** @description Position of the button. */
            ordering: number;
            type: components["schemas"]["KakaotalkInputKakaoTalkButtonTypeEnum"];
            /** @description Not required for a draft. */
            name?: string;
            /**
             * Format: url
             * @description Link for mobile web.
             */
            linkMo?: string;
            /**
             * Format: url
             * @description Link for desktop web.
             */
            linkPc?: string;
            /**
             * Format: url
             * @description Link into the iOS app.
             */
            schemeIos?: string;
            /**
             * Format: url
             * @description Link into the Android app.
             */
            schemeAndroid?: string;
        };
        /** @description Request body for updating a template; every field is optional, so {} is a valid minimal body. */
        KakaotalkInputUpdateTemplateDto: {
            /** @default DRAFT */
            status?: components["schemas"]["KakaotalkActionsEnum"];
            details?: components["schemas"]["KakaotalkInputUpdateTemplateDetailsDto"];
        };
        /** @description Same as KakaotalkInputTemplateDetailsDto except that every field is optional, there is no language and there are no defaults; some fields can be set to null to clear them. */
        KakaotalkInputUpdateTemplateDetailsDto: {
            name?: string;
            content?: string;
            messageType?: components["schemas"]["KakaotalkInputKakaoTalkTemplateMessageTypeEnum"];
            emphasizeType?: components["schemas"]["KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode?: string;
            securityFlag?: boolean;
            extra?: string | null;
            title?: string | null;
            subtitle?: string | null;
            imageName?: string | null;
            /**
             * Format: url
             * @description JPEG or PNG, 500KB at most, at least 500x250 px, 2:1.
             */
            imageUrl?: string | null;
            buttons?: components["schemas"]["KakaotalkInputButtonDto"][] | null;
        };
        /** @description KakaoTalk template. */
        KakaotalkTemplateDto: {
            /** @example 1a76b24e-bead-4c72-b468-6c3bdfff0ee6 */
            id?: string;
            /**
             * @description Code of the registered delivery template; this is the {templateCode} path value.
             * @example S7yFqaKqJ8tsnBZH2CEd
             */
            code: string;
            state?: components["schemas"]["KakaotalkTemplateStatesEnum"];
            changes?: components["schemas"]["KakaotalkTemplateChangesDto"];
            details?: components["schemas"]["KakaotalkTemplateDetailsDto"];
            /**
             * @description ISO 8601 in UTC.
             * @example 2023-02-24T10:19:31.372Z
             */
            created?: string;
            /** @description ISO 8601 in UTC. */
            modified?: string;
        };
        KakaotalkTemplateDetailsDto: {
            language: components["schemas"]["KakaotalkTemplateLanguagesEnum"];
            messageType: components["schemas"]["KakaotalkKakaoTalkTemplateMessageTypeEnum"];
            emphasizeType: components["schemas"]["KakaotalkKakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode: string;
            securityFlag: boolean;
            name: string;
            content?: string;
            extra?: string;
            /**
             * @description Request for opt-in or a short advertising phrase; appears only in responses.
             * @example Example ad
             */
            ad?: string;
            title?: string;
            subtitle?: string;
            imageName?: string;
            /** Format: url */
            imageUrl?: string;
            buttons: components["schemas"]["KakaotalkButtonDto"][];
        };
        /** @description Has the fields of KakaotalkTemplateDetailsDto, none of them required; used for an update change set. */
        KakaotalkTemplateChangesDetailsDto: {
            language?: components["schemas"]["KakaotalkTemplateLanguagesEnum"];
            messageType?: components["schemas"]["KakaotalkKakaoTalkTemplateMessageTypeEnum"];
            emphasizeType?: components["schemas"]["KakaotalkKakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode?: string;
            securityFlag?: boolean;
            name?: string;
            content?: string;
            extra?: string;
            ad?: string;
            title?: string;
            subtitle?: string;
            imageName?: string;
            /** Format: url */
            imageUrl?: string;
            buttons?: components["schemas"]["KakaotalkButtonDto"][];
        };
        KakaotalkTemplateChangesDto: {
            status: components["schemas"]["KakaotalkTemplateStatusesEnum"];
            /** @description The first variant applies to a new template, the second to an update; there is no discriminator. */
            details: components["schemas"]["KakaotalkTemplateDetailsDto"] | components["schemas"]["KakaotalkTemplateChangesDetailsDto"];
        };
        /** @description Button as returned by the API; no constraints and no required fields. */
        KakaotalkButtonDto: {
            ordering?: number;
            type?: components["schemas"]["KakaotalkKakaoTalkButtonTypeEnum"];
            name?: string;
            /** Format: url */
            linkMo?: string;
            /** Format: url */
            linkPc?: string;
            schemeIos?: string;
            schemeAndroid?: string;
        };
        KakaotalkTemplateListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["KakaotalkTemplateDto"][];
        };
        KakaotalkTemplateNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["KakaotalkTemplateNotificationDto"][];
        };
        KakaotalkTemplateNotificationDto: {
            type: components["schemas"]["KakaotalkTemplateNotificationTypeEnum"];
            /** @example 2023-01-19T13:11:08.204Z */
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            comment?: string;
        };
        /** @enum {string} */
        KakaotalkTemplateStatesEnum: "APPROVED" | "REJECTED";
        /** @enum {string} */
        KakaotalkTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /**
         * @description Has no ACTIVE/INACTIVE values, unlike the sender equivalent.
         * @enum {string}
         */
        KakaotalkTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
        /** @enum {string} */
        KakaotalkInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
        /**
         * @description Response-side list: the input values plus UNRECOGNIZED, used when upstream returns a value this API version does not know.
         * @enum {string}
         */
        KakaotalkTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkInputKakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED";
        /** @enum {string} */
        KakaotalkKakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED" | "TEMPLATE_MESSAGE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT";
        /** @enum {string} */
        KakaotalkKakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT" | "EMPHASIZE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkInputKakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK";
        /** @enum {string} */
        KakaotalkKakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "BUTTON_TYPE_UNSPECIFIED" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK" | "UNRECOGNIZED";
        /** @description Any of the 3 events of this family; each event has its own schema (and required fields). */
        KakaotalkTemplateWebhookEvent: components["schemas"]["KakaotalkTemplateCommentAddedEvent"] | components["schemas"]["KakaotalkTemplateApprovedEvent"] | components["schemas"]["KakaotalkTemplateRejectedEvent"];
        /** @description Body Sinch POSTs for KAKAOTALK_TEMPLATE_COMMENT_ADDED, declared inline in a callback of the create-template operation. */
        KakaotalkTemplateCommentAddedEvent: {
            /** @constant */
            type: "KAKAOTALK_TEMPLATE_COMMENT_ADDED";
            /** @description The template as it was at the time of the event. */
            payload: components["schemas"]["KakaotalkTemplateDto"];
            /** @description The comment that was added. */
            comment: string;
        };
        /** @description Body Sinch POSTs for KAKAOTALK_TEMPLATE_APPROVED, declared inline in a callback of the create-template operation. */
        KakaotalkTemplateApprovedEvent: {
            /** @constant */
            type: "KAKAOTALK_TEMPLATE_APPROVED";
            /** @description The template as it was at the time of the event. */
            payload: components["schemas"]["KakaotalkTemplateDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        /** @description Body Sinch POSTs for KAKAOTALK_TEMPLATE_REJECTED, declared inline in a callback of the create-template operation. */
        KakaotalkTemplateRejectedEvent: {
            /** @constant */
            type: "KAKAOTALK_TEMPLATE_REJECTED";
            /** @description The template as it was at the time of the event. */
            payload: components["schemas"]["KakaotalkTemplateDto"];
            /** @description The comment that was added. */
            comment?: string;
        };
        KakaotalkSenderCategoryListDto: {
            categories: components["schemas"]["KakaotalkSenderCategoryDto"][];
        };
        /** @description Node of the recursive sender-category tree. */
        KakaotalkSenderCategoryDto: {
            /**
             * @description An empty string for depth 1.
             * @example 001
             */
            parentCode: string;
            /** @description 1 is top level (3-digit code), 2 mid level and 3 sub level (4-digit codes). */
            depth: number;
            /** @example 0001 */
            code: string;
            /** @description Label in Korean, e.g. 건강 (health) or 병원 (hospital). */
            name: string;
            /** @description [] for leaf nodes. */
            subcategories: components["schemas"]["KakaotalkSenderCategoryDto"][];
        };
        KakaotalkTemplateCategoryListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            categories: components["schemas"]["KakaotalkTemplateCategoryDto"][];
        };
        /** @description Group of template categories. */
        KakaotalkTemplateCategoryDto: {
            /**
             * @description Name of the group, in Korean.
             * @example 회원
             */
            name: components["schemas"]["KakaotalkTemplateCategoryNamesEnum"];
            /** @example Membership */
            nameEnglish: components["schemas"]["KakaotalkTemplateCategoryEnglishNamesEnum"];
            subcategories: components["schemas"]["KakaotalkTemplateSubcategoryDto"][];
        };
        KakaotalkTemplateSubcategoryDto: {
            /**
             * @description 6-digit code to put in the template's details.categoryCode.
             * @example 001001
             */
            code: string;
            /** @example 회원가입 */
            name: components["schemas"]["KakaotalkTemplateSubcategoryNamesEnum"];
            /** @example Join membership */
            nameEnglish: components["schemas"]["KakaotalkTemplateSubcategoryEnglishNamesEnum"];
            /** @example 회원 */
            groupName: string;
            /** @description Korean text describing which templates belong in this subcategory. */
            inclusion: string;
            /** @description Korean text describing which templates do not belong here; may be empty. */
            exclusion: string;
        };
        /** @enum {string} */
        KakaotalkTemplateCategoryNamesEnum: "구매" | "기타" | "리포팅" | "배송" | "법적고지" | "서비스이용" | "업무알림" | "예약" | "쿠폰/포인트" | "회원" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkTemplateCategoryEnglishNamesEnum: "Business notification" | "Coupon/Points" | "Customer service" | "Legal notification" | "Membership" | "Others" | "Purchase" | "Reports" | "Reservation" | "Shipping" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkTemplateSubcategoryNamesEnum: "인증/비밀번호/로그인" | "회원가입" | "회원정보/회원혜택" | "구매예약/입고알림" | "구매완료" | "구매취소" | "상품가입" | "진행상태" | "예약상태" | "예약알림/리마인드" | "예약완료/예약내역" | "예약취소" | "구매감사/이용확인" | "리마인드" | "방문서비스" | "신청접수" | "이용도구" | "이용안내/공지" | "처리완료" | "피드백 요청" | "거래알림" | "계약/견적" | "뉴스레터" | "안전/피해예방" | "요금청구" | "피드백" | "배송상태" | "배송실패" | "배송예정" | "배송완료" | "개인정보" | "수신동의" | "약관변경" | "휴면 관련" | "내부 업무 알림" | "주문/예약" | "쿠폰/포인트안내" | "쿠폰발급" | "쿠폰사용" | "포인트사용" | "포인트적립" | "기타" | "UNRECOGNIZED";
        /**
         * @description 42 values plus UNRECOGNIZED; the spelling 'Member ship' is kept as published.
         * @enum {string}
         */
        KakaotalkTemplateSubcategoryEnglishNamesEnum: "Authentication/Password/Login" | "Join membership" | "Membership information/Member ship benefits" | "Pre-order/Stock alerts" | "Product subscription" | "Purchase cancellation" | "Purchase completed" | "Purchase status" | "Completed reservations/Reservation history" | "Notification/Reminder" | "Reservation cancellation" | "Reservation status" | "Application reception" | "Feedback request" | "Greeting message/Order confirmation" | "Information/Notification" | "Notification for treated demands" | "Reminder message" | "Tools for use" | "Visiting service" | "Billing" | "Contract/Quote" | "Feedback" | "Newsletter" | "Safety/Damage prevention" | "Transaction notification" | "Failed shipment" | "Shipping completed" | "Shipping estimation" | "Shipping status" | "Change of terms and conditions" | "Consent of reception" | "Dormant account related" | "Privacy" | "Internal business notification" | "Order/Reservation" | "Coupon issuance" | "Earn points" | "Information coupon/Points" | "Notification for coupon use" | "Use of points" | "Others" | "UNRECOGNIZED";
        RcsPapiErrorDto: {
            /** @description Error code for programs, e.g. sender_not_found. */
            errorCode: string;
            /** @description Error text for humans. */
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            /** @description The schema types it as a map of string arrays; besides validationErrors arrays, examples also contain plain comma-separated strings (supportedCodes, validUseCases, supportedValues). */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        RcsCommentInputDto: {
            comment: string;
        };
        /**
         * @description Constant value.
         * @enum {string}
         */
        RcsCommentTypeEnum: "CREATED";
        RcsCommentDto: {
            /** @enum {unknown} */
            type: components["schemas"]["RcsCommentTypeEnum"];
            comment: string;
            /** @description When the comment was created; ISO 8601 in the examples. */
            created?: string;
        };
        RcsAccountNotificationListDto: {
            /** @description How many entries match the query. */
            totalSize: number;
            /** @description Page size that was requested. */
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["RcsAccountNotificationDto"][];
        };
        RcsAccountNotificationDto: {
            type: components["schemas"]["RcsAccountNotificationTypeEnum"];
            created?: string;
            /** @example Provisioning API user */
            author?: string;
            /** @description Filled in for COMMENT_ADDED. */
            comment?: string;
        };
        /** @enum {string} */
        RcsAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED";
        /** @description Inline body of the 'Comment' callback on POST /rcs/comments. */
        RcsAccountCommentCallback: {
            /** @example RCS_ACCOUNT_COMMENT_ADDED */
            type: string;
            comment: string;
        };
        RcsSenderNotificationListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["RcsSenderNotificationDto"][];
        };
        RcsSenderNotificationDto: {
            type: components["schemas"]["RcsSenderNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @enum {string} */
        RcsSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DELETED" | "EDITED" | "INACTIVE" | "TEST";
        /** @description Inline body of the StatusUpdate callback declared on create sender; the example moves from previousState IN_PROGRESS to currentState IN_TEST. */
        RcsSenderStatusUpdatedCallback: {
            /** @example RCS_SENDER_STATUS_UPDATED */
            type: string;
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /** @enum {string} */
            previousState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            /** @enum {string} */
            currentState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            /** @description Comment about the sender. */
            comment?: string;
        };
        /** @description Inline body of the OperatorStatusUpdate callback declared on create sender; in the example, operator Free in FR goes from PENDING to LAUNCHED. */
        RcsSenderOperatorStatusUpdatedCallback: {
            /** @example RCS_SENDER_OPERATOR_STATUS_UPDATED */
            type: string;
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /**
             * @description Mobile operator whose status has changed.
             * @enum {string}
             */
            operator: "1und1" | "3" | "9 Mobile" | "A1" | "Africell" | "Airtel" | "Altan" | "AT&T" | "Bell" | "Bouygues" | "BSNL" | "C-Spire" | "Cell C" | "Claro" | "Coriolis Telecom" | "Cosmote" | "Deutsche Telekom" | "Dialog Axiata PLC" | "Digi" | "DISH Wireless" | "DNA" | "Eastlink" | "EE" | "Elisa" | "Entel" | "Ethio Telecom" | "Fizz" | "Free" | "Freedom" | "Glo" | "Google Fi" | "Hrvatski Telecom" | "Hutchison 3G" | "Iliad" | "Indosat Ooredoo Hutchison" | "JIO" | "KDDI" | "Kpn" | "Kyivstar" | "Lebara Mobile" | "Legos" | "lifecell" | "Lycamobile" | "M1" | "Magenta" | "MEO" | "MobiFone" | "Movistar" | "MTN" | "NOS" | "NRJ Mobile" | "NTTDocomo" | "O2" | "Odido" | "Ooredoo" | "Orange" | "Personal" | "Proximus" | "Reliance JIO" | "Robi Axiata" | "Rogers" | "Sasktel" | "SFR" | "Simba" | "Singtel" | "Sky" | "Smart" | "Smartfren" | "Softbank" | "Spectrum" | "Starhub" | "Swisscom" | "T-Mobile" | "Telcel" | "Tele2" | "Telefonica" | "Telekom" | "Telenet" | "Telenor" | "Telia" | "Telkom" | "Telkomsel" | "Telus" | "Three" | "TIM" | "TracFone" | "US Cellular" | "Verizon" | "Videotron" | "Vivo" | "Vodacom" | "Vodafone" | "Vodafone Idea" | "WindTre" | "Xfinity" | "XL" | "Yoigo" | "Unrecognized";
            /**
             * @description Country of the operator, as an ISO 3166 alpha-2 code.
             * @enum {string}
             */
            operatorCountry: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
            /**
             * @description Status of the operator before the change (an inline enum with the same values as RcsOperatorStatusEnum).
             * @enum {string}
             */
            operatorPreviousStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            /**
             * @description Status of the operator after the change.
             * @enum {string}
             */
            operatorCurrentStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            /** @description Comment about the sender. */
            comment?: string;
        };
        /** @description Inline body of the 'Comment' callback that the create-sender operation declares. */
        RcsSenderCommentAddedCallback: {
            /** @example RCS_SENDER_COMMENT_ADDED */
            type: string;
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /** @example Example comment */
            comment?: string;
        };
        /** @description Inline body of the BrandOrderStatusUpdate callback declared on create sender; the example has status COMPLETED and comment 'Brand registration approved'. */
        RcsBrandRegistrationProcessStatusUpdatedCallback: {
            /** @example RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED */
            type: string;
            /** @description The sender as it was at the moment the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /**
             * @description Where the brand registration process currently stands.
             * @enum {string}
             */
            status: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
            /** @description Comment about the sender. */
            comment?: string;
        };
        /**
         * @description Use case, both in request bodies and as the questionnaire path parameter.
         * @enum {string}
         */
        RcsInputSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
        /** @enum {string} */
        RcsSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
        /** @enum {string} */
        RcsInputSenderRegionsEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        RcsSenderRegionsEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        RcsInputSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
        /** @enum {string} */
        RcsSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
        /**
         * @description Hosting region on the Google side (internal).
         * @enum {string}
         */
        RcsSenderHostingRegionsEnum: "ASIA_PACIFIC" | "EUROPE" | "NORTH_AMERICA";
        /** @enum {string} */
        RcsSenderStatesEnum: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
        /** @enum {string} */
        RcsSenderSortColumnsEnum: "CREATED" | "MODIFIED" | "NAME" | "STATE";
        /** @enum {string} */
        RcsSortDirectionsEnum: "ASC" | "DESC";
        /**
         * @description Countries where an RCS sender can be launched (ISO 3166 alpha-2).
         * @enum {string}
         */
        RcsInputRcsCountryCodesEnum: "AT" | "BE" | "BR" | "CA" | "CZ" | "DK" | "FI" | "FR" | "DE" | "GR" | "HU" | "IT" | "LT" | "MX" | "NL" | "NO" | "PE" | "PL" | "PT" | "SG" | "SK" | "ES" | "SE" | "US" | "GB";
        /**
         * @description ISO 3166 alpha-2 codes used in responses, including AQ and UNRECOGNIZED.
         * @enum {string}
         */
        RcsCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /**
         * @description ISO 3166 alpha-2 codes allowed in US questionnaire answers (AQ excluded).
         * @enum {string}
         */
        RcsInputCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description RcsInputCountryCodesEnum minus US; the tax country for non-US tax IDs.
         * @enum {string}
         */
        RcsInputCountryCodesNonUsEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description Constant US; the tax country for US tax IDs.
         * @enum {string}
         */
        RcsInputCountryCodesUsEnum: "US";
        /**
         * @description US states, DC and the territories.
         * @enum {string}
         */
        RcsUsStatesEnum: "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";
        /** @enum {string} */
        RcsUsQuestionnaireBrandIndustriesEnum: "AGRICULTURE" | "COMMUNICATION" | "CONSTRUCTION" | "EDUCATION" | "ENERGY" | "ENTERTAINMENT" | "FINANCIAL" | "GAMBLING" | "GOVERNMENT" | "HEALTHCARE" | "HOSPITALITY" | "HUMAN_RESOURCES" | "INSURANCE" | "LEGAL" | "MANUFACTURING" | "NON_GOVERNMENTAL_ORGANIZATION" | "POLITICAL" | "POSTAL" | "PROFESSIONAL" | "REAL_ESTATE" | "RETAIL" | "TECHNOLOGY" | "TRANSPORTATION";
        /**
         * @description With PUBLIC ownership only CORPORATION is allowed; with PRIVATE all four are allowed.
         * @enum {string}
         */
        RcsUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /**
         * @description Constant value.
         * @enum {string}
         */
        RcsPublicUsQuestionnaireBrandLegalFormsEnum: "CORPORATION";
        /** @enum {string} */
        RcsPrivateUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /** @enum {string} */
        RcsUsQuestionnaireOwnershipTypeEnum: "PRIVATE" | "PUBLIC";
        /**
         * @description Constant value.
         * @enum {string}
         */
        RcsUsQuestionnaireOwnershipTypePublicEnum: "PUBLIC";
        /**
         * @description Constant value.
         * @enum {string}
         */
        RcsUsQuestionnaireOwnershipTypePrivateEnum: "PRIVATE";
        /** @enum {string} */
        RcsUsQuestionnaireBrandCampaignVersionsEnum: "NON_US_PRIVATE" | "NON_US_PUBLIC" | "US_PRIVATE" | "US_PUBLIC";
        /**
         * @description `v1` is the legacy US questionnaire, `v2` the current one.
         * @enum {string}
         */
        RcsUsQuestionnaireVersionsEnum: "v1" | "v2";
        /** @enum {string} */
        RcsTestNumberStatesEnum: "DECLINED" | "EXPIRED" | "FAILED" | "INVALID" | "PENDING" | "REJECTED" | "UNVERIFIED" | "VERIFIED" | "UNRECOGNIZED";
        /**
         * @description Applies to both operator status and country status.
         * @enum {string}
         */
        RcsOperatorStatusEnum: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
        /** @enum {string} */
        RcsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /** @enum {string} */
        RcsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @enum {string} */
        RcsBrandRegistrationStatusesEnum: "ARCHIVED" | "COMPLETED" | "DRAFT" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @enum {string} */
        RcsBrandRegistrationProcessStatusesEnum: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @enum {string} */
        RcsTestNumberCapabilitiesFeaturesEnum: "ACTION_COMPOSE" | "ACTION_CREATE_CALENDAR_EVENT" | "ACTION_DIAL" | "ACTION_OPEN_URL" | "ACTION_OPEN_URL_IN_WEBVIEW" | "ACTION_SHARE_LOCATION" | "ACTION_VIEW_LOCATION" | "REVOCATION" | "RICHCARD_CAROUSEL" | "RICHCARD_STANDALONE" | "FEATURE_UNSPECIFIED" | "UNRECOGNIZED";
        RcsSenderListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["RcsSenderDto"][];
        };
        RcsSenderDto: {
            /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
            id: string;
            /**
             * @deprecated
             * @description ID of the Conversation API app the sender is linked to.
             * @example 4CF9CE97504C4A468F4610919D17ECC1
             */
            conversationApiApp?: string;
            conversationApiAppDetails?: components["schemas"]["RcsConversationApiAppDto"];
            state?: components["schemas"]["RcsSenderStatesEnum"];
            testNumberStates?: components["schemas"]["RcsTestNumberStateDto"][];
            countryStatus?: components["schemas"]["RcsCountryStatusDto"][];
            details?: components["schemas"]["RcsSenderDetailsDto"];
            region: components["schemas"]["RcsSenderRegionsEnum"];
            billingCategory: components["schemas"]["RcsSenderBillingCategoriesEnum"];
            useCase: components["schemas"]["RcsSenderUseCasesEnum"];
            /** @example EUROPE */
            hostingRegion: components["schemas"]["RcsSenderHostingRegionsEnum"];
            /**
             * @description Name of the credential for connecting the sender to a Conversation API app.
             * @example yurwN6123asd
             */
            authName?: string;
            /**
             * @description Token of the credential, used for the same purpose.
             * @example ejiiqJtDyurwN6jLze8v
             */
            authToken?: string;
            /** Format: ISO 8601 UTC */
            created?: string;
            /** Format: ISO 8601 UTC */
            modified?: string;
            /**
             * Format: ISO 8601 UTC
             * @description When the sender was last launched.
             */
            launched?: string;
            supplierDetails?: components["schemas"]["RcsSupplierDetailsDto"];
            /** @description Brand registration; shown in one get-sender example (id eceed77f-22f6-42bc-b2ce-3fe65916028e, status DRAFT, registration {id 2ea4f0aa-f85d-4785-9ad9-0b08bbc148c2, status NEW}). */
            brandDetails?: components["schemas"]["RcsBrandRegistrationDto"];
            /** @description Campaign registration; does not appear in the examples. */
            campaignDetails?: components["schemas"]["RcsCampaignRegistrationDto"];
        };
        RcsConversationApiAppDto: {
            id: string;
            /** @example ea026751-3edf-40a9-ad93-1b382bd60a78 */
            projectId: string;
            region: components["schemas"]["RcsConversationApiAppRegionsEnum"];
            /** @description Status of the RCS channel credentials on the app. */
            channelStatus?: components["schemas"]["RcsConversationAppChannelIntegrationStatusEnum"];
        };
        RcsTestNumberStateDto: {
            /** Format: e.164 phone number */
            number: string;
            state: components["schemas"]["RcsTestNumberStatesEnum"];
            /** @description Time at which the number was submitted. */
            submitted: string;
        };
        RcsCountryStatusDto: {
            country: components["schemas"]["RcsCountryCodesEnum"];
            status: components["schemas"]["RcsOperatorStatusEnum"];
            operators: components["schemas"]["RcsOperatorDto"][];
        };
        RcsOperatorDto: {
            /** @example Coriolis Telecom */
            name: string;
            status: components["schemas"]["RcsOperatorStatusEnum"];
            /**
             * @description Remark about the current status.
             * @example Sender was rejected due to operator policy.
             */
            remark?: string;
            /** @description When the status last changed. */
            modified?: string;
        };
        RcsSupplierDetailsDto: {
            google?: components["schemas"]["RcsSupplierDetailsGoogleDto"];
        };
        RcsSupplierDetailsGoogleDto: {
            agentId?: string;
            brandId?: string;
        };
        RcsBrandRegistrationDto: {
            id: string;
            status: components["schemas"]["RcsBrandRegistrationStatusesEnum"];
            registration: components["schemas"]["RcsBrandRegistrationProcessDto"];
        };
        RcsBrandRegistrationProcessDto: {
            id: string;
            status: components["schemas"]["RcsBrandRegistrationProcessStatusesEnum"];
        };
        RcsCampaignRegistrationDto: {
            /** @description ID of the campaign registration (campaign hub). */
            id: string;
            campaignName: string;
            /** @description ID that correlates the request. */
            requestId: string;
        };
        RcsSenderDetailsDto: {
            brand?: components["schemas"]["RcsSenderDetailsBrandDto"];
            /**
             * Format: url
             * @deprecated
             * @description Sender events should be received through webhooks instead.
             */
            callbackUrl?: string;
            testNumbers?: string[];
            countries?: components["schemas"]["RcsCountryCodesEnum"][];
            questionnaire: components["schemas"]["RcsSenderDetailsQuestionnaireDto"];
        };
        RcsSenderDetailsBrandDto: {
            name?: string;
            emails?: components["schemas"]["RcsEmailDto"][];
            phones?: components["schemas"]["RcsPhoneDto"][];
            websites?: components["schemas"]["RcsWebsiteDto"][];
            /** Format: hex */
            color?: string;
            description?: string;
            /** Format: url */
            bannerUrl?: string;
            /** Format: url */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        RcsEmailDto: {
            label: string;
            /** Format: email */
            address: string;
        };
        RcsPhoneDto: {
            label: string;
            /** @description National number with no separators, or an E.164 number. */
            number: string;
        };
        RcsWebsiteDto: {
            label: string;
            /** Format: url */
            url: string;
        };
        RcsSenderDetailsQuestionnaireQuestionObjectDto: {
            readonly question: string;
            readonly suggestedAnswers: string[];
        };
        RcsSenderDetailsQuestionnaireGeneralQuestionsDto: {
            readonly optInDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly triggerDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly interactionsDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optOutDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly videoUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly screenshotUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationQuestionsDto: {
            readonly name: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly email: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly title: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly website: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly phone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            /** @description Used only for reseller (ASP) accounts. */
            readonly partner: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto: {
            readonly companyName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        RcsSenderDetailsQuestionnaireGBQuestionsDto: {
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyRegistrationNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesFrequency: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            /** @deprecated */
            readonly campaignLength: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        RcsSenderDetailsQuestionnaireFRQuestionsDto: {
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly siren: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /** @description Same as the US public set minus stockExchange and stockSymbol. */
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /** @description Same as the US public set minus addressState. */
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /** @description Omits addressState, stockExchange and stockSymbol. */
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /** @description Generic brand-campaign question set, with the same fields as the US public set. */
        RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /** @description The brand-campaign set plus the deprecated v1 questions ein, fullCompanyAddress and smsCampaign, all of them listed as required. */
        RcsDefaultSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            /** @deprecated */
            readonly ein: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            /** @deprecated */
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            /** @deprecated */
            readonly smsCampaign: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        /**
         * @deprecated
         * @description Legacy (v1) US questions; use the brand-campaign DTOs instead.
         */
        RcsSenderDetailsQuestionnaireUSQuestionsDto: {
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly ein: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly smsCampaign: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObjectDto"];
        };
        RcsSenderDetailsQuestionnaireGeneralBaseDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestionsDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationBaseDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestionsDto"];
        };
        RcsSenderDetailsQuestionnaireGBBaseDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestionsDto"];
        };
        RcsSenderDetailsQuestionnaireFRBaseDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestionsDto"];
        };
        RcsBrandCampaignSenderDetailsQuestionnaireUSBaseDto: {
            readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"];
        };
        /** @deprecated */
        RcsSenderDetailsQuestionnaireUSBaseDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestionsDto"];
        };
        /** @description Response of GET /rcs/questionnaire/{useCase}: only the questions, without answers. */
        RcsSenderDetailsQuestionnaireBaseDto: {
            general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralBaseDto"];
            verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationBaseDto"];
            /** @description Questions specific to the UK. */
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBBaseDto"];
            /** @description Questions specific to France. */
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRBaseDto"];
            /** @description Questions specific to the US. */
            us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSBaseDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSBaseDto"];
        };
        RcsSenderDetailsQuestionnaireDto: {
            general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralDto"];
            verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationDto"];
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBDto"];
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRDto"];
            us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSDto"] | components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUSDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSDto"];
        };
        RcsSenderDetailsQuestionnaireGeneralDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestionsDto"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswersDto"];
        };
        RcsSenderDetailsQuestionnaireGeneralAnswersDto: {
            /** @description Description of how users opt in. */
            optInDescription?: string;
            optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description What causes messages to be sent. */
            triggerDescription?: string;
            triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            interactionsDescription?: string;
            interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description Message users receive when they opt out. */
            optOutDescription?: string;
            optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description Publicly accessible videos of the sender, used only for review. */
            videoUris?: string[];
            /** @description Publicly accessible screenshots, used only for review. */
            screenshotUris?: string[];
        };
        RcsSenderDetailsQuestionnaireAnswerMetadataDto: {
            /**
             * @description Text removed at launch, e.g. a custom delimiter.
             * @example ,aef
             */
            ignore?: string;
        };
        RcsSenderDetailsQuestionnaireVerificationDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestionsDto"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswersDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationAnswersDto: {
            name?: string;
            /** Format: email */
            email?: string;
            title?: string;
            /** Format: url */
            website?: string;
            /** @description Number in E.164 format. */
            phone?: string;
            /** @description Only for reseller (ASP) accounts. */
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto: {
            companyName?: string;
            contactName?: string;
            /** Format: email */
            contactEmailAddress?: string;
        };
        RcsSenderDetailsQuestionnaireGBDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestionsDto"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswersDto"];
        };
        RcsSenderDetailsQuestionnaireGBAnswersDto: {
            brandIndustry?: string;
            companyLegalName?: string;
            companyRegistrationNumber?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            messagesVolume?: string;
            messagesFrequency?: string;
            /** @deprecated */
            campaignLength?: string;
        };
        RcsSenderDetailsQuestionnaireFRDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestionsDto"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswersDto"];
        };
        RcsSenderDetailsQuestionnaireFRAnswersDto: {
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /**
             * @description Number of the company in the French company directory.
             * @example 123456789
             */
            siren?: string;
        };
        RcsBrandCampaignSenderDetailsQuestionnaireUSDto: {
            readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto"];
            answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto"];
        };
        RcsDefaultSenderDetailsQuestionnaireUSDto: {
            readonly questions: components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUSQuestionsDto"];
            answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto"];
        };
        /** @deprecated */
        RcsSenderDetailsQuestionnaireUSDto: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestionsDto"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswersDto"];
        };
        /**
         * @example {
         *       "ownershipType": "PUBLIC",
         *       "taxIdCountry": "US",
         *       "taxId": "12-3456789",
         *       "addressState": "CA",
         *       "stockExchange": "NASDAQ",
         *       "stockSymbol": "EXMPL",
         *       "messagesVolume": 10000,
         *       "embeddedLink": true
         *     }
         */
        RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto: {
            ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
            companyLegalName?: string;
            companyPhoneNumber?: string;
            /** Format: email */
            companyEmailAddress?: string;
            /** @description Name of the brand, or DBA name. */
            brandName?: string;
            brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            taxId?: string;
            addressLine?: string;
            addressCity?: string;
            addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            addressState?: components["schemas"]["RcsUsStatesEnum"];
            addressPostalCode?: string;
            websiteUrl?: string;
            contactFirstName?: string;
            contactSurname?: string;
            stockExchange?: string;
            stockSymbol?: string;
            sampleMessages?: string[];
            messagesVolume?: number;
            embeddedLink?: boolean;
            embeddedPhone?: boolean;
            ageGatedContent?: boolean;
            directLending?: boolean;
            optInConfirmationMessage?: string;
            helpMessage?: string;
            callToActionMessage?: string;
        };
        /** @deprecated */
        RcsSenderDetailsQuestionnaireUSAnswersDto: {
            companyLegalName?: string;
            /** @description Employer ID in the US. */
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description US SMS campaign to use as the fallback. */
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description Request body for creating a sender. */
        RcsSenderInputDto: {
            region: components["schemas"]["RcsInputSenderRegionsEnum"];
            billingCategory: components["schemas"]["RcsInputSenderBillingCategoriesEnum"];
            useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
            details?: components["schemas"]["RcsSenderDetailsInputDto"];
        };
        /** @description The getting-started example additionally sends details.callbackUrl, which is deprecated on output and, as read, absent from this input schema. */
        RcsSenderDetailsInputDto: {
            brand?: components["schemas"]["RcsSenderDetailsBrandInputDto"];
            /** @description Numbers of the testers; limited to 20 tester invites per day and 200 overall. */
            testNumbers?: string[];
            /** @description Countries to launch in. */
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
            /** @description Answers to the launch questionnaire. */
            questionnaire?: components["schemas"]["RcsSenderDetailsQuestionnaireInputDto"];
        };
        RcsSenderDetailsBrandInputDto: {
            /** @default RCS Sender */
            name?: string;
            /** @description No two items may share the same `address`. */
            emails?: components["schemas"]["RcsEmailInputDto"][];
            /** @description No two items may share the same `number`. */
            phones?: components["schemas"]["RcsPhoneInputDto"][];
            /** @description No two items may share the same `url`. */
            websites?: components["schemas"]["RcsWebsiteInputDto"][];
            /**
             * Format: hex
             * @default #000000
             */
            color?: string;
            description?: string;
            /**
             * Format: url
             * @description JPEG or PNG, 200 KB at most, exactly 1440x448 px.
             */
            bannerUrl?: string;
            /**
             * Format: url
             * @description JPEG or PNG, 50 KB at most, exactly 224x224 px.
             */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        RcsEmailInputDto: {
            label: string;
            /** Format: email */
            address: string;
        };
        RcsPhoneInputDto: {
            label: string;
            /** @description National number with no country code and no separators, or an E.164 number. */
            number: string;
        };
        RcsWebsiteInputDto: {
            label: string;
            /** Format: url */
            url: string;
        };
        RcsSenderDetailsQuestionnaireInputDto: {
            general?: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralInputDto"];
            verification?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationInputDto"];
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBInputDto"];
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRInputDto"];
            us?: components["schemas"]["RcsSenderDetailsQuestionnaireUSInputDto"];
        };
        RcsSenderDetailsQuestionnaireGeneralInputDto: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswersInputDto"];
        };
        RcsSenderDetailsQuestionnaireGeneralAnswersInputDto: {
            optInDescription?: string;
            optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            triggerDescription?: string;
            triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            interactionsDescription?: string;
            interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            optOutDescription?: string;
            optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            videoUris?: string[];
            screenshotUris?: string[];
        };
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto: {
            /** @description Text removed at launch, e.g. a custom delimiter. */
            ignore?: string;
        };
        RcsSenderDetailsQuestionnaireVerificationInputDto: {
            /** @description At launch, senders on US questionnaire v2 must also provide phone; other senders need name, email and website. */
            answers: components["schemas"]["RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswersInputDto"];
        };
        /** @description Variant for senders that do not use the US questionnaire; name, email and website are required. */
        RcsSenderDetailsQuestionnaireVerificationAnswersInputDto: {
            /** @description Required by the schema, though the text says it is needed for launch rather than for create. */
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            /** @description Number in E.164 format; needed for launch only with US questionnaire v2. */
            phone?: string;
            /** @description Only for reseller (ASP) accounts; ignored for others. */
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto"];
        };
        /** @description Variant for senders that use the US questionnaire; name, email, website and phone are required. */
        RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto: {
            /** @description Required by the schema, though the text says it is needed for launch rather than for create. */
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            /** @description Number in E.164 format; needed for launch only with US questionnaire v2. */
            phone: string;
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto"];
        };
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto: {
            companyName?: string;
            contactName?: string;
            /** Format: email */
            contactEmailAddress?: string;
        };
        RcsSenderDetailsQuestionnaireGBInputDto: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswersInputDto"];
        };
        RcsSenderDetailsQuestionnaireGBAnswersInputDto: {
            brandIndustry?: string;
            companyLegalName?: string;
            companyRegistrationNumber?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            /** @description Free text; the questionnaire proposes '0 - 10K messages', '10K - 100K messages', '100K - 1M messages' and '1M+ messages'. */
            messagesVolume?: string;
            /** @description Proposed values: once per day, week, month, 3 months or 6 months. */
            messagesFrequency?: string;
            /** @deprecated */
            campaignLength?: string;
        };
        RcsSenderDetailsQuestionnaireFRInputDto: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswersInputDto"];
        };
        RcsSenderDetailsQuestionnaireFRAnswersInputDto: {
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            /** @description The 9-digit SIREN, i.e. the number in the French company directory. */
            siren?: string;
        };
        RcsSenderDetailsQuestionnaireUSInputDto: {
            answers: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswersInputDto"];
        };
        /** @description Variant for taxIdCountry = US with ownershipType = PUBLIC. Every answer is needed for launch but not for create, even those listed as required. */
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Name of the brand, or DBA name, associated with the legal name. */
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
            legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
            /**
             * @description US tax ID, formatted XX-XXXXXXX.
             * @example 12-3456789
             */
            taxId: string;
            /** @description Validated when taxIdCountry is US. */
            addressState: components["schemas"]["RcsUsStatesEnum"];
            /**
             * @description Validated when ownershipType is PUBLIC.
             * @example NASDAQ
             */
            stockExchange: string;
            /** @example EXMPL */
            stockSymbol: string;
        };
        /** @description Variant for taxIdCountry = US with ownershipType = PRIVATE. */
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Name of the brand, or DBA name, associated with the legal name. */
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
            legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
            /**
             * @description US tax ID, formatted XX-XXXXXXX.
             * @example 12-3456789
             */
            taxId: string;
            /** @description Validated when taxIdCountry is US. */
            addressState: components["schemas"]["RcsUsStatesEnum"];
        };
        /** @description Variant for taxIdCountry != US with ownershipType = PUBLIC; has no addressState. */
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Name of the brand, or DBA name, associated with the legal name. */
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
            legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
            /** @description Tax ID outside the US, as a free string. */
            taxId: string;
            /**
             * @description Validated when ownershipType is PUBLIC.
             * @example NASDAQ
             */
            stockExchange: string;
            /** @example EXMPL */
            stockSymbol: string;
        };
        /** @description Variant for taxIdCountry != US with ownershipType = PRIVATE. */
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Name of the brand, or DBA name, associated with the legal name. */
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
            legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
            /** @description Tax ID outside the US, as a free string. */
            taxId: string;
        };
        /**
         * @deprecated
         * @description Legacy (v1) answers for the US.
         */
        RcsSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName?: string;
            /** @description Employer ID in the US, formatted XX-XXXXXXX. */
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            /** @description US SMS campaign to use as the fallback. */
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description Body of the PATCH request; sending null for a nullable field deletes the stored value. */
        RcsUpdateSenderInputDto: {
            details: components["schemas"]["RcsUpdateSenderDetailsInputDto"];
        };
        RcsUpdateSenderDetailsInputDto: {
            brand?: components["schemas"]["RcsUpdateSenderDetailsBrandInputDto"];
            testNumbers?: string[] | null;
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][] | null;
            questionnaire?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireInputDto"];
        };
        /** @description Same as RcsSenderDetailsBrandInputDto, but without defaults and with nullable lists. */
        RcsUpdateSenderDetailsBrandInputDto: {
            name?: string;
            emails?: components["schemas"]["RcsEmailInputDto"][] | null;
            phones?: components["schemas"]["RcsPhoneInputDto"][] | null;
            websites?: components["schemas"]["RcsWebsiteInputDto"][] | null;
            /** Format: hex */
            color?: string;
            description?: string;
            /**
             * Format: url
             * @description The image limits are the same as for create.
             */
            bannerUrl?: string;
            /**
             * Format: url
             * @description The image limits are the same as for create.
             */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto: {
            ignore?: string | null;
        };
        RcsUpdateSenderDetailsQuestionnaireInputDto: {
            general?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralInputDto"];
            verification?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationInputDto"];
            gb?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBInputDto"];
            fr?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRInputDto"];
            us?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSInputDto"];
        };
        RcsUpdateSenderDetailsQuestionnaireGeneralInputDto: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto"];
        };
        RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto: {
            optInDescription?: string | null;
            optInDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            triggerDescription?: string | null;
            triggerDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            interactionsDescription?: string | null;
            interactionsDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            optOutDescription?: string | null;
            optOutDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            videoUris?: string[] | null;
            /** @description Whether this field has a minItems could not be seen in the part that was read. */
            screenshotUris?: string[] | null;
        };
        RcsUpdateSenderDetailsQuestionnaireVerificationInputDto: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto"];
        };
        RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto: {
            name?: string | null;
            /** Format: email */
            email?: string | null;
            title?: string | null;
            /** Format: url */
            website?: string | null;
            phone?: string | null;
            partner?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto"] | null;
        };
        RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto: {
            companyName?: string | null;
            contactName?: string | null;
            /** Format: email */
            contactEmailAddress?: string | null;
        };
        RcsUpdateSenderDetailsQuestionnaireGBInputDto: {
            /** @description Launch answers specific to the UK. */
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto"];
        };
        RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto: {
            brandIndustry?: string | null;
            companyLegalName?: string | null;
            companyRegistrationNumber?: string | null;
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            messagesVolume?: string | null;
            messagesFrequency?: string | null;
            /** @deprecated */
            campaignLength?: string | null;
        };
        RcsUpdateSenderDetailsQuestionnaireFRInputDto: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto"];
        };
        RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto: {
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            /** @description The 9-digit SIREN. */
            siren?: string | null;
        };
        RcsUpdateSenderDetailsQuestionnaireUSInputDto: {
            answers: components["schemas"]["RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto"];
        };
        /** @description One update shape covering all four US variants; text fields are nullable (null deletes the value) and no required list was found. */
        RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName?: string | null;
            companyPhoneNumber?: string | null;
            /** Format: email */
            companyEmailAddress?: string | null;
            /** @description Name of the brand, or DBA name, associated with the legal name. */
            brandName?: string | null;
            brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine?: string | null;
            addressCity?: string | null;
            addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode?: string | null;
            /** Format: url */
            websiteUrl?: string | null;
            contactFirstName?: string | null;
            contactSurname?: string | null;
            sampleMessages?: string[] | null;
            messagesVolume?: number | null;
            embeddedLink?: boolean | null;
            embeddedPhone?: boolean | null;
            ageGatedContent?: boolean | null;
            directLending?: boolean | null;
            optInConfirmationMessage?: string | null;
            helpMessage?: string | null;
            callToActionMessage?: string | null;
            ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
            /** @description With PUBLIC only CORPORATION; with PRIVATE any of the four. */
            legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
            /** @description Determines how taxId and addressState are validated. */
            taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            /** @description For the US, XX-XXXXXXX; for other countries, a free string of up to 25 characters. */
            taxId?: string | null;
            /** @description Validated only when taxIdCountry is US. */
            addressState?: components["schemas"]["RcsUsStatesEnum"];
            stockExchange?: string | null;
            stockSymbol?: string | null;
        };
        /** @deprecated */
        RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName?: string | null;
            ein?: string | null;
            brandIndustry?: string | null;
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            smsCampaign?: string | null;
            messagesVolume?: string | null;
        };
        RcsTestNumbersInputDto: {
            testNumbers: string[];
        };
        RcsTestNumbersDto: {
            testNumbers: components["schemas"]["RcsTestNumberStateDto"][];
        };
        RcsTestNumberCapabilitiesDto: {
            /** @description RBM features supported by the device. */
            features: components["schemas"]["RcsTestNumberCapabilitiesFeaturesEnum"][];
        };
        /** @description Error body that every SMS Apps endpoint returns on failure. */
        SmsPapiErrorDto: {
            /** @description Error code for programs, e.g. sms_app_not_found. */
            errorCode: string;
            message: string;
            /** @description Suggestion for fixing the problem. */
            resolution: string;
            /** @description For example validationErrors: [string]. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description Where an SMS app is in its lifecycle.
         * @enum {string}
         */
        SmsProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
        /**
         * @description Regions an existing SMS app may report (response side).
         * @enum {string}
         */
        SmsSmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description Regions allowed when creating an SMS app (request side); staging accepts only EU or US.
         * @enum {string}
         */
        SmsInputSmsAppRegionsEnum: "BR" | "EU" | "US";
        /**
         * @description Region of the Conversation API app that is linked.
         * @enum {string}
         */
        SmsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description Status of the SMS channel credentials on the linked Conversation app.
         * @enum {string}
         */
        SmsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description Conversation API app to which an SMS app is linked. */
        SmsConversationApiAppDto: {
            /** @example 4CF9CE97504C4A468F4610919D17ECC1 */
            id: string;
            /** @example ea026751-3edf-40a9-ad93-1b382bd60a78 */
            projectId: string;
            region: components["schemas"]["SmsConversationApiAppRegionsEnum"];
            /** @description Defined as allOf [$ref]. */
            channelStatus?: components["schemas"]["SmsConversationAppChannelIntegrationStatusEnum"];
        };
        /** @description SMS app as returned by the create, get, update and list operations. */
        SmsSmsAppDto: {
            /**
             * @description In the examples, 32 lower-case hexadecimal characters.
             * @example 439fffeedc41494ca58b99a534139bb0
             */
            id: string;
            /**
             * @description SMS service that owns the app.
             * @example 4b4ef32ba72d415cb259d179afa33d75
             */
            smsServiceId: string;
            name: string;
            /** @description Defined as allOf [$ref]. */
            status: components["schemas"]["SmsProvisioningStatesEnum"];
            regions: components["schemas"]["SmsSmsAppRegionsEnum"][];
            /** @description Included only if the app is linked to a Conversation API app; defined as allOf [$ref]. */
            conversationApiAppDetails?: components["schemas"]["SmsConversationApiAppDto"];
            /** @description True if this is a test app. */
            test: boolean;
        };
        /** @description A single page of SMS apps. */
        SmsSmsAppListDto: {
            /** @description Total number of entries that match the query. */
            totalSize: number;
            /** @description Requested page size. */
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            smsApps: components["schemas"]["SmsSmsAppDto"][];
        };
        /** @description Request body for creating an SMS app. */
        SmsInputSmsAppDto: {
            name: string;
            /** @description One of BR, EU or US (staging: EU or US only); defined as allOf [$ref]. */
            region: components["schemas"]["SmsInputSmsAppRegionsEnum"];
            /**
             * @deprecated
             * @description The server ignores it, and it will be removed.
             * @default false
             */
            test?: boolean;
            /** @description True also creates a new Conversation API app and links it. */
            convApiApp?: boolean;
            /** @description ID of an existing Conversation API app to link; cannot be used together with convApiApp. Example: 01KXD2MJSAN61CNE0CJ6VT6PXP (26 characters, ULID-like). */
            convApiAppId?: string;
        };
        /** @description Request body for updating an SMS app. No field is listed as required, yet an empty body is rejected with 400 no_fields_to_update. */
        SmsUpdateSmsAppDto: {
            /** @description The new name. */
            name?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description HMAC-SHA256 signature of the event, Base64-encoded.
         * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
         */
        WebhookSignature: string;
        /** @example HmacSHA256 */
        WebhookSignatureAlgorithm: "HmacSHA256";
        /**
         * @description Nonce in a ULID-like format.
         * @example 01EAW2BNWCG9DC13RS582V0ZQ3
         */
        WebhookSignatureNonce: string;
        /**
         * @description Timestamp in Unix epoch seconds, sent as a string.
         * @example 1592227387
         */
        WebhookSignatureTimestamp: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    WebhookWebhookController_listWebhooks_v1: {
        parameters: {
            query?: {
                /** @description Page token returned by an earlier list call. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Your project ID, as shown in the Sinch Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWebhookListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_size, invalid_page_token. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    WebhookWebhookController_createWebhook_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookWebhookInputDto"];
            };
        };
        responses: {
            /** @description The response does not include the secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWebhookDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload. Invalid_input carries additionalInformation.validationErrors, e.g. 'target must be a URL address'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: webhook_exists. Target must be unique within the project. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: webhook_limit_reached. 15-webhook cap reached. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    WebhookWebhookController_getWebhook_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWebhookDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format. WebhookId malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: webhook_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    WebhookWebhookController_replaceWebhook_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookWebhookInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWebhookDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload, invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: webhook_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: webhook_exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    WebhookWebhookController_deleteWebhook_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: webhook_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    WebhookWebhookController_updateWebhook_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateWebhookInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWebhookDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload, invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: webhook_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: webhook_exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPapiErrorDto"];
                };
            };
        };
    };
    BundlesBundlesController_list_v1: {
        parameters: {
            query?: {
                pageToken?: string;
                /** @description Page size; 10 entries by default. */
                pageSize?: number;
                filterConvAppIds?: string[];
                filterSmsAppIds?: string[];
                filterStates?: components["schemas"]["BundlesBundleServicesStateEnum"][];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesListBundlesDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size, invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
        };
    };
    BundlesBundlesController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BundlesInputBundlesDto"];
            };
        };
        responses: {
            /** @description The bundle is usually still IN_PROGRESS when this returns; subscribe a webhook to BUNDLE_DONE to receive the final payload. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesBundlesDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload, no_services_to_create, missing_name, invalid_webhooks, invalid_staging_bundles_input_region, parent_sms_bespoke_price, target_project_not_subproject, parent_sms_not_route_assisted, conversation_app_already_connected_to_sms_app. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: forbidden_payload. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: conversation_app_not_found, sms_app_not_found, default_sms_app_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: webhook_exists, conversation_app_is_already_in_bundles_process, default_sms_app_already_exists, more_than_one_sms_app, sms_app_is_already_linked_to_conversation_app, sms_app_is_already_in_bundles_process, allowed_only_for_default_test_sms_app, not_allowed_for_subproject, not_allowed_for_non_test_account, only_one_test_number_allowed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: webhook_limit_reached. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: failed_to_create_subproject, failed_to_create_sms_service, failed_to_create_conversation_service, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
        };
    };
    BundlesBundlesController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /** @example 62a02dd40000000000000000 */
                bundleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesBundlesDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: bundle_not_found, conversation_app_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesPapiErrorDto"];
                };
            };
        };
    };
    ConversationInstagramController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /** @description ID of the Conversation API app, as shown in the dashboard. */
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationInstagramInfoDto"];
                };
            };
            /** @description Bad request. Error codes: conversation_app_id_invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: conversation_app_not_found, conversation_app_no_instagram_channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: facebook_api_error, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
        };
    };
    ConversationMessengerController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessengerInfoDto"];
                };
            };
            /** @description Bad request. Error codes: conversation_app_id_invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: conversation_app_not_found, conversation_app_no_messenger_channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: facebook_api_error, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
        };
    };
    ConversationTelegramController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationTelegramBotInfoDto"];
                };
            };
            /** @description Bad request. Error codes: conversation_app_id_invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: conversation_app_not_found, conversation_app_no_telegram_channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: telegram_api_error, internal_error. Telegram_api_error message embeds the upstream status/description. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
        };
    };
    ConversationViberController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationViberBotInfoDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: conversation_app_not_found, conversation_app_no_viber_channel. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: viber_api_error, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_getAccount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_data_is_corrupt. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_createAccount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Variants have no discriminator: the deprecated OBO flow is recognised by `companyLegalName`, the partner-initiated flow by `wabaName` plus `senderDetails`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappInputAccountPartnerInitiatedDto"] | components["schemas"]["WhatsappInputAccountDtoDeprecated"];
            };
        };
        responses: {
            /** @description While creation is pending, `state` is missing and `changes.status` is IN_PROGRESS with `changes.details`; after onboarding, `state` is ONBOARDED and `details` is filled in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_business_manager_for_environment, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_exists, account_data_is_corrupt. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_deleteAccount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account deleted; empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_has_senders, account_has_sender_changes. AdditionalInformation carries projectId and, for account_has_senders, senderIds (array of sender UUIDs) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: template_could_not_delete_drafts, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_updateAccount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Send at least one field; an empty update fails with no_fields_to_update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappInputUpdateAccountDto"];
            };
        };
        responses: {
            /** @description Example: `state` REJECTED with `changes.status` IN_PROGRESS. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, no_fields_to_update. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_not_updatable. Only REJECTED accounts can be updated. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_listActivities_v1: {
        parameters: {
            query?: {
                /** @description Page token from an earlier response; leave it out for the first page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappAccountNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappAccountsController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_data_is_corrupt. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplateAnalyticsHelpersController_enableTemplateAnalytics_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body is declared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: template_insights_not_yet_available. Insights not yet offered for this WABA; contact support. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappEmbeddedSignupHelperController_createLongLivedAccessToken_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Provide `facebookToken` or `facebookCode` (at least one); with neither, the call fails with 400 invalid_input. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappLongLivedAccessTokenInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappLongLivedAccessTokenDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_facebook_token, invalid_facebook_code, invalid_business_manager, invalid_business_manager_for_environment, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: facebook_Request_limit_reached, log_in_facebook_required, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappEmbeddedSignupHelperController_listWabaDetailsForToken_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappWabaDetailsListInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappWabaDetailsListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_facebook_token, invalid_business_manager, invalid_business_manager_for_environment, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: facebook_Request_limit_reached, log_in_facebook_required, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappFlowsController_listFlows_v1: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappFlowListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappFlowsController_listFlowScreens_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /**
                 * @description Meta Flow ID, as returned by the list-flows call.
                 * @example 12345678765432
                 */
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappFlowScreenListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, flow_not_found, flow_screens_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSolutionsController_listSolutions_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSolutionListDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSolutionsController_createSolution_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSolutionInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappCreateSolutionListDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSolutionsController_getSolution_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /** @example 123 */
                solutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSolutionDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, solution_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSolutionsController_assignSolution_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                solutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assignment done; empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, solution_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: solution_cannot_be_reassigned. Project already onboarded, cannot switch solution. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_listSenders_v1: {
        parameters: {
            query?: {
                /** @description Page token returned with an earlier page. */
                pageToken?: string;
                pageSize?: number;
                /** @description Return only senders in the given states. */
                filterStates?: components["schemas"]["WhatsappSenderStatesEnum"][];
                /** @description Return only senders whose pending changes have these statuses; the error example gives the supported codes as DRAFT, ERROR, IN_PROGRESS and REJECTED (MULTIPLE_WABA_ERROR remains only for backward compatibility). */
                filterStatuses?: components["schemas"]["WhatsappSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_token, invalid_page_size, invalid_filter_states, invalid_filter_statuses. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_createSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Variants have no discriminator field; which one applies is inferred from the fields present. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSenderInputEsDto"] | components["schemas"]["WhatsappInputSenderPhoneProvisioningDto"] | components["schemas"]["WhatsappInputSenderPartnerInitiatedDto"] | components["schemas"]["WhatsappSenderInputDtoDeprecated"];
            };
        };
        responses: {
            /** @description In the example `state` is not set yet and `changes.status` is IN_PROGRESS. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, invalid_facebook_token, invalid_business_manager, invalid_business_manager_for_environment, file_invalid_mime_type, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_data_is_corrupt, wrong_waba_id, not_found_waba_id, too_many_waba_id, waba_id_used, wrong_business_manager, used_phone_number_id, provisioned_phone_number_id, all_phone_number_id_provisioned, invalid_waba_id_or_phone_number_id_for_region, file_not_found, file_size_too_large, file_has_wrong_dimensions, file_unexpected_error. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: facebook_Request_limit_reached, log_in_facebook_required, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_delete_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: sender_already_deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        /** @description Sending null for a nullable detail field deletes its value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappUpdateSenderInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, sender_username_not_available, sender_phone_number_not_registered_with_meta_cloud_api, no_fields_to_update, file_invalid_mime_type, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: sender_not_updatable, sender_changes_not_updatable, sender_display_name_update_not_allowed, sender_username_update_not_available, file_not_found, file_size_too_large, file_has_wrong_dimensions, file_unexpected_error. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_listActivities_v1: {
        parameters: {
            query?: {
                /** @description Page token returned with an earlier page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_deleteChanges_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_changes_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: sender_changes_not_deletable. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappCommentDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_input, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_register_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSenderInputRegisterDto"];
            };
        };
        responses: {
            /** @description `verificationCodeSent` is false if the number is already registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderRegisterDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, sender_request_code_failed, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: not_allowed_register, sender-number-not-approved-for-enterprise. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: sender-register-too-many-requests, sender-already-registered, too_many_invalid_verification_codes. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_getSuggestedUsernames_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSuggestedUsernamesDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_verify_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSenderInputVerifyDto"];
            };
        };
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: not_allowed_verify, wrong_otp. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappSendersController_getVerificationStatus_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappSenderVerificationStatusDto"];
                };
            };
            /** @description Bad request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_listTemplates_v1: {
        parameters: {
            query?: {
                /** @description Page token returned with an earlier page. */
                pageToken?: string;
                pageSize?: number;
                /** @description Limits the template fields included in the response. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                filterStates?: components["schemas"]["WhatsappTemplateStatesEnum"][];
                filterStatuses?: components["schemas"]["WhatsappTemplateStatusesEnum"][];
                /** @description Time window for analytics; DAY when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
                /** @description Name prefix filter: only templates whose name begins with this value are returned. */
                templateName?: string;
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the partial variant every field is optional; it is presumably returned when fieldMask is used, although the page does not say so. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateListDto"] | components["schemas"]["WhatsappPartialTemplateListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_size, invalid_page_token, invalid_filter_states, invalid_filter_statuses, invalid_fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_createTemplate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Examples use the singular `example` key for header/button samples (see the notes on example/examples naming). The authenticationFull example sets the deprecated packageName/signatureHash alongside supportedApps and has two BUTTONS components, and marketingOrUtilityFull lists the three HEADER forms side by side: both contradict the one-per-type rule, so the SDK refuses them before sending. One flowMarketing example is the same as flowUtility except for category MARKETING. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappTemplateInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, template_policies_violations, template_check_media_file_size, template_dynamic_pricing_not_available, template_invalid_category, template_invalid_button_example, template_media_file_size_exceeds_maximum_file_size_limit, file_invalid_mime_type, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked, template_exists, template_name_recently_used, template_incorrect_category, template_restricted_Domain_for_button_url, file_not_found, file_size_too_large, file_unexpected_error, object_with_whatsapp_business_account_id_does_not_exist, template_language_recently_deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: template_limit_reached, template_content_already_exists, template_submit_error. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: whatsapp_business_api_request_limit_exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: template_start_session_for_uploading_media, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_listTemplatesByName_v1: {
        parameters: {
            query?: {
                /** @description Page token returned with an earlier page. */
                pageToken?: string;
                pageSize?: number;
                /** @description Limits the template fields included in the response. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                /** @description Time window for analytics; DAY when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateListDto"] | components["schemas"]["WhatsappPartialTemplateListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_size, invalid_page_token, invalid_fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_deleteTemplatesByName_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_language_code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: whatsapp_business_api_request_limit_exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_getTemplate_v1: {
        parameters: {
            query?: {
                /** @description Limits the template fields included in the response. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                /** @description Time window for analytics; DAY when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateDto"] | components["schemas"]["WhatsappPartialTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_language_code, invalid_fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1: {
        parameters: {
            query?: {
                /** @description If false, only a draft is removed and the call fails on a submitted template; if true, the version submitted to Meta is removed as well. */
                deleteSubmitted?: boolean;
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_language_code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found, template_changes_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked, template_not_deletable_due_to_input_config. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_updateTemplate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        /** @description For details.optimization: omitted leaves it unchanged, null removes it, and null for bidCountryMultiplierOverrides clears the overrides. Dynamic pricing is available only to direct-business accounts whose WABA permits maximum-price templates, is linked to a Business Manager and has the Marketing API enabled. The "value" example lists the three HEADER forms side by side, contradicting the one-per-type rule of components; the SDK refuses it before sending. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappUpdateTemplateInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_language_code, template_policies_violations, template_check_media_file_size, template_invalid_button_example, template_media_file_size_exceeds_maximum_file_size_limit, file_invalid_mime_type, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked, template_not_updatable, template_changes_not_updatable, template_category_not_updatable, template_allow_category_change_not_updatable, template_source_not_updatable, template_name_recently_used, template_restricted_Domain_for_button_url, file_not_found, file_size_too_large, file_unexpected_error, object_with_whatsapp_business_account_id_does_not_exist, template_language_recently_deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: template_limit_reached, template_content_already_exists, template_submit_error. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: whatsapp_business_api_request_limit_exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: template_start_session_for_uploading_media, internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_listActivities_v1: {
        parameters: {
            query?: {
                /** @description Page token returned with an earlier page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_language_code, invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, template_invalid_language_code, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_compareTemplates_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappInputTemplateCompareDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateCompareDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, template_invalid_language_code, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found, templates_compare_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked, templates_not_eligible_for_comparison, templates_compare_not_unique. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    WhatsappTemplatesController_syncTemplates_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sinch project ID, as shown in the Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: resource_locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsappPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_listSenders_v1: {
        parameters: {
            query?: {
                /** @description Page token from an earlier response, used to fetch the next page. */
                pageToken?: string;
                pageSize?: number;
                /** @description Return only senders in these states. */
                filterStates?: components["schemas"]["KakaotalkSenderStatesEnum"][];
                /** @description Return only senders whose pending changes have these statuses. */
                filterStatuses?: components["schemas"]["KakaotalkSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                /** @description Your project ID, as shown in the Sinch dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size, project_not_initialized, invalid_filter_states, invalid_filter_statuses. Invalid_filter_* carry additionalInformation.supportedCodes as a comma-separated string. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_createSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkInputSenderDto"];
            };
        };
        responses: {
            /** @description The example contains only id, plusFriendId, changes{status,details}, created and modified (no state yet). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderDto"];
                };
            };
            /** @description Bad request. Error codes: file_invalid_mime_type, sender_invalid_category_code, invalid_input. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_exists, account_not_updatable, account_data_is_corrupt, file_not_found, file_unexpected_error, file_size_too_large, plus_friend_id_used. Account_exists: only one KakaoTalk account per project; plus_friend_id_used: plusFriendId taken by another sender. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Precondition failed. Error codes: account_is_in_progress. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_getSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /**
                 * @description Sender identifier.
                 * @example 5WY5zKfY3pB56EmDVUPQ
                 */
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_deleteSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty body; the sender is marked to be deleted after 60 days. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: sender_already_deleted. Already deleted within the last 60 days. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_updateSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkInputUpdateSenderDto"];
            };
        };
        responses: {
            /** @description Examples: an active sender with state, details and changes, or a draft-only sender with just plusFriendId and changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderDto"];
                };
            };
            /** @description Bad request. Error codes: file_invalid_mime_type, invalid_input, project_not_initialized, no_fields_to_update, sender_invalid_category_code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: file_not_found, file_unexpected_error, file_size_too_large, sender_changes_not_updatable, sender_not_updatable. Sender_changes_not_updatable: pending changes must be DRAFT; sender_not_updatable: sender state must be ACTIVE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_listActivities_v1: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_deleteChanges_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_changes_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: sender_changes_not_deletable. Only DRAFT or REJECTED changes can be deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_registerSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The example returns state VERIFYING. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_app_key. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: not_allowed_register. A sender in state ACTIVE cannot be registered. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkSendersController_verifySender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkInputVerifySenderDto"];
            };
        };
        responses: {
            /** @description The example returns state ACTIVE. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: not_allowed_verify. Sender must be in state VERIFYING. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_listTemplates_v1: {
        parameters: {
            query?: {
                filterStates?: components["schemas"]["KakaotalkTemplateStatesEnum"][];
                filterStatuses?: components["schemas"]["KakaotalkTemplateStatusesEnum"][];
                /** @description Page size; the maximum is 1000 on this endpoint versus 100 on the other KakaoTalk list endpoints. */
                pageSize?: number;
                pageToken?: string;
                /** @description Name prefix filter on templates. */
                templateName?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_size, invalid_page_token. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_createTemplate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkInputTemplateDto"];
            };
        };
        responses: {
            /** @description The example contains id, code, changes{status IN_PROGRESS, details}, created and modified. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_category_code, invalid_payload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: template_exists. Template names must be unique. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: template_kakaotalk_validation_error. Provider-side validation failed; additionalInformation may hold templateCode (e.g. AX5NnkwWABRXG7LjDBGa) when a draft was saved. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. May carry additionalInformation.templateCode when saved as draft. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                /**
                 * @description Template code (the docs describe it as the template's unique name).
                 * @example S7yFqaKqJ8tsnBZH2CEd
                 */
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_deleteTemplate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found, sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_updateTemplate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                /** @description Template code; the source gives no description for this parameter on this operation. */
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkInputUpdateTemplateDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, template_invalid_category_code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: template_exists, template_not_updatable, template_changes_not_updatable. Template_not_updatable: template state must be APPROVED or REJECTED; template_changes_not_updatable: pending changes must be DRAFT or REJECTED. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Failed dependency. Error codes: template_kakaotalk_validation_error. */
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_listActivities_v1: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_deleteTemplateDraft_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: template_not_deletable. Template was already submitted to KakaoTalk. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkTemplatesController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KakaotalkCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, project_not_initialized, template_invalid_language_code, invalid_payload. Template_invalid_language_code lists supported codes in additionalInformation.supportedCodes (string) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: template_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkCategoriesController_listSenderCategories_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderCategoryListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    KakaotalkCategoriesController_getTemplateCategories_v1: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateCategoryListDto"];
                };
            };
            /** @description Bad request. Error codes: project_not_initialized, invalid_page_size, invalid_page_token. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaotalkPapiErrorDto"];
                };
            };
        };
    };
    RcsAccountsController_listActivities_v1: {
        parameters: {
            query?: {
                /** @description Page token from an earlier response, used to fetch another page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Your project ID, as shown in the Sinch dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsAccountNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsAccountsController_createComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsCommentInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload. Invalid_input carries additionalInformation.validationErrors (e.g. comment too short) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: account_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsQuestionnaireController_getQuestions_v1: {
        parameters: {
            query?: {
                /** @description Countries of the sender; they determine which country-specific question blocks are included. */
                countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
                /** @description Selects the US brand-campaign question set (tax country x ownership). */
                usQuestionnaireBrandCampaignVersion?: components["schemas"]["RcsUsQuestionnaireBrandCampaignVersionsEnum"];
                /** @description `v1` is the legacy US questionnaire, `v2` the current one. */
                usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDetailsQuestionnaireBaseDto"];
                };
            };
            /** @description Bad request. Error codes: questionnaire_invalid_use_case, questionnaire_invalid_country. AdditionalInformation.validUseCases / supportedValues list the allowed values as a comma-separated string. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_listSenders_v1: {
        parameters: {
            query?: {
                pageToken?: string;
                /** @description Page size; the default of 50 is taken from the operation text (first 50). */
                pageSize?: number;
                /** @description Return only senders linked to this Conversation API app. */
                filterConversationApiAppId?: string;
                /** @description Return only these sender IDs; how the list is formatted is not stated. */
                filterSenderIds?: string;
                /** @deprecated */
                filterSenderName?: string;
                filterStates?: components["schemas"]["RcsSenderStatesEnum"][];
                search?: string;
                sortColumn?: components["schemas"]["RcsSenderSortColumnsEnum"];
                sortDirection?: components["schemas"]["RcsSortDirectionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size, invalid_filter_states. Invalid_filter_states gives additionalInformation.supportedCodes. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: rbm_has_not_been_used. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_createSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Data of the sender. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsSenderInputDto"];
            };
        };
        responses: {
            /** @description The sender. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, file_invalid_mime_type, invalid_payload, invalid_google_agent, add_test_number_invalid. Invalid_input lists validationErrors (e.g. a brand email that is not an email); file_invalid_mime_type names the brand image field and the accepted types image/jpeg, image/png. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: rbm_has_not_been_used, rbm_webhook_incorrect_secret. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, rbm_resources_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: account_data_is_corrupt, file_not_found, file_size_too_large, file_has_wrong_dimensions, file_unexpected_error. File_* errors concern details.brand.bannerUrl / logoUrl (fetch failed, over the size cap, wrong pixel size, unreadable); account_data_is_corrupt asks to contact support. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_getSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /** @description Sender ID. */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sender. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format. SenderId not in the expected format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: rbm_has_not_been_used. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_updateSender_v1: {
        parameters: {
            query?: {
                /** @description Version of the US questionnaire used for this update. */
                usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        /** @description Updated sender data. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsUpdateSenderInputDto"];
            };
        };
        responses: {
            /** @description The sender. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_id_format, no_fields_to_update, fields_not_updatable, invalid_payload, invalid_google_agent, add_test_number_invalid, invalid_region_for_att_supplier. No_fields_to_update = body changes nothing; fields_not_updatable = in LAUNCHING or LAUNCHED only details.countries and details.launch may change. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: rbm_has_not_been_used. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, sender_not_found, rbm_resources_not_found, blocked_because_the_recipient_declined. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_listActivities_v1: {
        parameters: {
            query?: {
                /** @description Page token from an earlier response, used to fetch another page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Latest activities on the sender. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderNotificationListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size, invalid_id_format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_createSenderComment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        /** @description Data of the comment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsCommentInputDto"];
            };
        };
        responses: {
            /** @description The comment created on the project's sender. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsCommentDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload, invalid_id_format. Invalid_input carries validationErrors (e.g. empty comment) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_launchSender_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The launched sender in the project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDto"];
                };
            };
            /** @description Bad request. Error codes: verification_suspended_in_gmb, invalid_id_format, invalid_region_for_att_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: rbm_has_not_been_used. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, rbm_resources_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Conflict. Error codes: launch_invalid_agent_state, launch_invalid_verification_state. Launch allowed only from states IN_TEST, LAUNCHING, LAUNCHED, UNLAUNCHED; verification update only from VERIFICATION_STATE_PENDING. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Precondition failed. Error codes: launch_precondition_failed. AdditionalInformation.validationErrors lists failed preconditions. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_addTestNumbers_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsTestNumbersInputDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumbersDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format, invalid_input, no_google_supplier, add_test_number_invalid, invalid_region_for_att_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, sender_not_found, add_test_number_not_allowed_before_launch, blocked_because_the_recipient_declined, user_cannot_be_reached. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_getTestNumberState_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                /** @description Number in E.164 format, e.g. +12223334444. */
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberStateDto"];
                };
            };
            /** @description Bad request. Error codes: no_google_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: project_not_found, sender_not_found, user_is_not_tester_for_agent. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_deleteTestNumber_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                /** @description Number in E.164 format, e.g. +12223334444. */
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: invalid_id_format, no_google_supplier, invalid_region_for_att_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, user_is_not_tester_for_agent. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_getTestNumberCapabilities_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                /** @description Number in E.164 format. */
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberCapabilitiesDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format, no_google_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Forbidden. Error codes: wrong_supplier_configuration. Supplier must be configured by Sinch support. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, user_is_not_tester_for_agent, looking_up_the_rbm_agent, blocked_because_the_recipient_declined, user_has_not_accepted_invite, user_cannot_be_reached. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    RcsSendersController_retryTestNumber_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                /** @description Number in E.164 format, e.g. +12223334444. */
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberStateDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_id_format, no_google_supplier, add_test_number_invalid, invalid_region_for_att_supplier. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sender_not_found, user_is_not_tester_for_agent, add_test_number_not_allowed_before_launch, blocked_because_the_recipient_declined. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Too many requests. Error codes: rbm_too_many_requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsPapiErrorDto"];
                };
            };
        };
    };
    SmsSmsAppsController_listSmsApps_v1: {
        parameters: {
            query?: {
                /** @description Page size; 50 by default (per the description and example). */
                pageSize?: number;
                /** @description Page token returned by an earlier list call. */
                pageToken?: string;
            };
            header?: never;
            path: {
                /** @description Your project ID, as shown in the Sinch Dashboard. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSmsAppListDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_page_token, invalid_page_size, invalid_id_format. Invalid_id_format example says the projectId param has the wrong format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sms_service_not_found. No SMS service for the project; hint is to check projectId. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
        };
    };
    SmsSmsAppsController_createSmsApp_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsInputSmsAppDto"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSmsAppDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, invalid_payload. Invalid_input puts additionalInformation.validationErrors (string[]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
        };
    };
    SmsSmsAppsController_getSmsApp_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                /** @example 439fffeedc41494ca58b99a534139bb0 */
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSmsAppDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sms_app_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
        };
    };
    SmsSmsAppsController_deleteSmsApp_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty response body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request. Error codes: invalid_id_format. SmsAppId has the wrong format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sms_app_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
        };
    };
    SmsSmsAppsController_updateSmsApp_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsUpdateSmsAppDto"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSmsAppDto"];
                };
            };
            /** @description Bad request. Error codes: invalid_input, no_fields_to_update. An empty body gives no_fields_to_update. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Unauthorized. Error codes: unauthorized_error. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Not found. Error codes: sms_app_not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
            /** @description Internal server error. Error codes: internal_error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsPapiErrorDto"];
                };
            };
        };
    };
}
