// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/generate.mjs from openapi/provisioning.yaml; run `npm run generate` after changing the spec.

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
         * @description Pages through the project's provisioning webhooks; without a page token all (max 15) come back sorted alphabetically.
         */
        get: operations["WebhookWebhookController_listWebhooks_v1"];
        put?: never;
        /**
         * Register a webhook for project
         * @description Registers a new provisioning webhook used to push resource updates; at most 15 per project.
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
         * @description Fetches one registered webhook.
         */
        get: operations["WebhookWebhookController_getWebhook_v1"];
        /**
         * Replace webhook
         * @description Overwrites an existing webhook with a full definition (same body as create, all fields required).
         */
        put: operations["WebhookWebhookController_replaceWebhook_v1"];
        post?: never;
        /**
         * Delete webhook
         * @description Removes a registered webhook.
         */
        delete: operations["WebhookWebhookController_deleteWebhook_v1"];
        options?: never;
        head?: never;
        /**
         * Update webhook
         * @description Partially changes an existing webhook (any of target, secret, triggers).
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
         * @description Pages through bundles of a project, optionally filtered by Conversation app IDs, SMS app IDs or state; first 10 when no token.
         */
        get: operations["BundlesBundlesController_list_v1"];
        put?: never;
        /**
         * Create bundle for project
         * @description Starts an asynchronous work order that creates a subproject, SMS app and/or Conversation app (plus webhooks); completion is signalled by BUNDLE_DONE.
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
         * @description Returns a bundle and the resources it created (may still be in progress).
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
         * @description Reads profile data of the Instagram channel attached to a Conversation API app.
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
         * @description Reads page data of the Messenger channel attached to a Conversation API app.
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
         * @description Reads bot data of the Telegram channel attached to a Conversation API app.
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
         * @description Reads account data of the Viber Bot channel attached to a Conversation API app.
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
         * @description Fetches the single WhatsApp account that belongs to the project.
         */
        get: operations["WhatsappAccountsController_getAccount_v1"];
        put?: never;
        /**
         * Create account for project
         * @description Creates the project's WhatsApp account; a project may hold only one account.
         */
        post: operations["WhatsappAccountsController_createAccount_v1"];
        /**
         * Delete account for project
         * @description Removes the project's account; refused while any sender is still attached.
         */
        delete: operations["WhatsappAccountsController_deleteAccount_v1"];
        options?: never;
        head?: never;
        /**
         * Update account for project
         * @description Edits an account, allowed only while it is REJECTED; afterwards its change status becomes IN_PROGRESS.
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
         * @description Pages through the account's activity trail, newest entry first.
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
         * @description Adds a comment to the account's activity trail.
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
         * @description Turns on Meta template analytics (insights) for the project's WhatsApp Business Account.
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
         * @description Exchanges the Facebook token or code from Embedded Signup for a long-lived token (valid about 60 days).
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
         * @description Lists every WABA reachable with the given Facebook token, with the phone numbers shared to each.
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
         * @description Pages through the Flows defined in the WABA linked to the project.
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
         * @description Lists the screens that make up one Flow.
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
         * @description Returns all Multi-Partner Solutions known for the project (not paginated).
         */
        get: operations["WhatsappSolutionsController_listSolutions_v1"];
        put?: never;
        /**
         * Create solution for project
         * @description Registers a Multi-Partner Solution from the token of Meta's embedded creation flow; returns created and failed solutions.
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
         * @description Fetches one solution, including whether the project is assigned to it.
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
         * @description Links the project to a solution so Embedded Signup onboarding can use it.
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
         * @description Returns the project's WhatsApp senders page by page; without a token the first page (50) is returned.
         */
        get: operations["WhatsappSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender
         * @description Creates a sender (Embedded Signup, new Sinch-provisioned number, or partner-initiated); result is asynchronous, tracked via state/changes and webhooks. Rule: region x businessManager x hosting: region BR -> SINCH_BR or SINCH_MX (not SINCH_UK); region EU -> SINCH_UK only; region US -> SINCH_BR, SINCH_MX or SINCH_UK; same matrix for Embedded Signup and partner-initiated. Rule: invalid_business_manager_for_environment example says the allowed business managers for that environment are SINCH_AMERICA and SINCH_UK.
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
         * @description Fetches one sender of the project.
         */
        get: operations["WhatsappSendersController_get_v1"];
        put?: never;
        post?: never;
        /**
         * Delete sender
         * @description Schedules the sender for removal; it keeps working for 30 days, then is removed.
         */
        delete: operations["WhatsappSendersController_delete_v1"];
        options?: never;
        head?: never;
        /**
         * Update sender
         * @description Partially updates a sender; pending edits show up in `changes`, except displayName which is tracked in metadata.displayName. Rule: sender_not_updatable: only senders in state ACTIVE accept updates. Rule: sender_changes_not_updatable: pending changes can only be edited while their status is DRAFT or REJECTED. Rule: sender_display_name_update_not_allowed: display name is locked while under review. Rule: sender_username_update_not_available: username can only change on ACTIVE senders.
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
         * @description Paged activity log of a sender, newest entry first.
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
         * @description Discards a sender's pending or rejected changes. Rule: only changes with status DRAFT, REJECTED or ERROR can be discarded (sender_changes_not_deletable otherwise)
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
         * @description Adds a comment to a sender.
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
         * @description Starts number registration; an OTP is delivered by SMS or voice call, to be passed to the verify endpoint. Rule: not_allowed_register: only senders in state PENDING_VERIFICATION can be registered.
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
         * @description Returns username suggestions for a sender.
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
         * @description Completes registration with the OTP received after calling register. Rule: not_allowed_verify: only senders in state PENDING_VERIFICATION can be verified.
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
         * @description Reports whether ownership of the sender's phone number is verified.
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
         * @description Pages through the project's templates in alphabetical order; first page holds 50 when no token is given.
         */
        get: operations["WhatsappTemplatesController_listTemplates_v1"];
        put?: never;
        /**
         * Create template
         * @description Creates a template; with status SUBMIT (the default) it is sent for review at once, with DRAFT it is only saved. Rule: name + language must be unique in the project (template_exists) Rule: a name deleted in the last 30 days cannot be reused (template_name_recently_used); a deleted language cannot be re-created for 4 weeks (template_language_recently_deleted) Rule: a new language of an existing template must use the category already used by the other languages (template_incorrect_category) Rule: URL buttons may not point to wa.me or whatsapp.com (template_restricted_Domain_for_button_url) Rule: only dynamic URL buttons may carry an example (template_invalid_button_example) Rule: media sample mime types accepted: image/jpeg, image/png, application/pdf, video/3gp, video/mp4 (file_invalid_mime_type) Rule: template_dynamic_pricing_not_available: optimization (dynamic pricing) needs the WABA prerequisites enabled. Rule: template_submit_error may carry additionalInformation.metaError {code, subcode, message, description, reason} relayed from Meta. Rule: several 4xx/5xx resolutions mention saveDraftOnFailure: when true the template is kept as a draft after a failed submission.
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
         * @description Pages through all language variants sharing one template name.
         */
        get: operations["WhatsappTemplatesController_listTemplatesByName_v1"];
        put?: never;
        post?: never;
        /**
         * Delete templates by name
         * @description Deletes every language variant with this name; the name is blocked for 30 days and undelivered messages keep retrying for 30 days.
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
         * @description Fetches one template identified by name and language.
         */
        get: operations["WhatsappTemplatesController_getTemplate_v1"];
        put?: never;
        post?: never;
        /**
         * Delete template by name and language
         * @description Deletes one language variant; by default only its draft, with deleteSubmitted=true also the version submitted to Meta. Rule: after deleting an approved template the same name+language is blocked for 30 days; updating is suggested instead of delete+recreate.
         */
        delete: operations["WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1"];
        options?: never;
        head?: never;
        /**
         * Update template
         * @description Edits a draft, or an APPROVED/REJECTED/PAUSED/DISABLED template (a rejected one returns to draft); unsupported fields need delete and re-create. Rule: template_not_updatable: template state must be APPROVED, DISABLED, PAUSED or REJECTED. Rule: template_changes_not_updatable: pending changes must have status DRAFT or REJECTED. Rule: category / allowCategoryChange can only change while DRAFT, or when REJECTED with rejectionCode INCORRECT_CATEGORY. Rule: templates generated by Meta (isMetaGenerated) cannot be updated (template_source_not_updatable)
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
         * @description Paged activity log of one template language variant, newest first.
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
         * @description Adds a comment to one template language variant.
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
         * @description Compares the block statistics of the path template with one other template over a look-back window. Rule: exactly one other template in `templates` (minItems 1, maxItems 1) Rule: both templates must have at least 1,000 sends in the window (templates_not_eligible_for_comparison) Rule: a template cannot be compared with itself (templates_compare_not_unique)
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
         * @description Triggers a re-synchronisation of the project's templates (no description beyond the title on the page).
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
         * @description Paged list of the project's KakaoTalk senders; first page holds 50 when no token is given.
         */
        get: operations["KakaotalkSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender for project
         * @description Creates a KakaoTalk sender (either saved as draft or submitted for review).
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
         * @description Fetches one sender by its plusFriendId.
         */
        get: operations["KakaotalkSendersController_getSender_v1"];
        put?: never;
        post?: never;
        /**
         * Delete sender for project
         * @description Schedules the sender for removal; it keeps delivering for 60 days, then is removed.
         */
        delete: operations["KakaotalkSendersController_deleteSender_v1"];
        options?: never;
        head?: never;
        /**
         * Update (draft) sender
         * @description Changes a sender's details; the change is kept as draft unless status SUBMIT is sent.
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
         * @description Paged activity/notification trail of a sender, newest first.
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
         * @description Discards the sender's pending (draft) or rejected change set.
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
         * @description Posts a comment on a sender's activity trail.
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
         * @description Starts sender registration (triggers the OTP used by verify); no request body.
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
         * @description Completes registration with the numeric OTP received after register.
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
         * @description Paged template list for a sender; without a token the first 50 come back sorted by name.
         */
        get: operations["KakaotalkTemplatesController_listTemplates_v1"];
        put?: never;
        /**
         * Create a template
         * @description Creates a template for the sender, submitted by default or kept as draft.
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
         * @description Fetches one template by its code.
         */
        get: operations["KakaotalkTemplatesController_get_v1"];
        put?: never;
        post?: never;
        /**
         * Delete template
         * @description Deletes the template with the given code.
         */
        delete: operations["KakaotalkTemplatesController_deleteTemplate_v1"];
        options?: never;
        head?: never;
        /**
         * Update template
         * @description Edits an existing template; saved as draft unless status SUBMIT is sent. Language cannot be changed.
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
         * @description Paged activity trail of one template, newest first.
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
         * @description Removes a template draft; only allowed for templates never submitted to KakaoTalk.
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
         * @description Posts a comment on a template's activity trail.
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
         * @description Returns the 3-level tree of sender (business) categories; not paginated.
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
         * @description Paged list of template category groups with their subcategory codes usable as template categoryCode.
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
         * @description Paged activity trail of the project's RCS account, newest entry first.
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
         * @description Adds a free-text comment to the project's RCS account trail.
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
         * @description Returns the launch questions (with suggested answers) for a use case; country-specific parts may change over time.
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
         * @description Paged list of the project's RCS senders; the first 50 are returned when no page token is given.
         */
        get: operations["RcsSendersController_listSenders_v1"];
        put?: never;
        /**
         * Create sender for project
         * @description Creates an RCS sender (brand profile, test numbers, countries, launch questionnaire) and returns it.
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
         * @description Returns one sender of the project.
         */
        get: operations["RcsSendersController_getSender_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update sender for project
         * @description Partially updates a sender (brand, test numbers, countries, questionnaire answers); null deletes a value. The fields_not_updatable text names details.launch, which is not a property of RcsUpdateSenderDetailsInputDto as read.
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
         * @description Paged activity trail of one sender, newest entry first.
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
         * @description Adds a free-text comment to one sender's activity trail.
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
         * @description Starts launching a sender beyond test devices; returns the sender. Precondition: every required questionnaire answer given. Precondition: details.countries has at least one entry. Precondition: at least one brand phone or one brand email (both advised) Precondition: details.brand.bannerUrl, logoUrl, privacyPolicyUrl and termsOfServiceUrl set.
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
         * @description Adds tester phone numbers and returns all test-number states; re-adding a verified number resets it to unverified and re-invites it.
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
         * @description Returns the invitation/verification state of one test number.
         */
        get: operations["RcsSendersController_getTestNumberState_v1"];
        put?: never;
        post?: never;
        /**
         * Deletes a test number for the sender
         * @description Removes one test number from the sender.
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
         * @description Lists the RBM features the test device supports.
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
         * @description Re-sends the tester invite and returns the test number's state; inviting a verified number makes it unverified again.
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
         * @description Returns the project's SMS apps one page at a time. Without a page token you get the first page of 50.
         */
        get: operations["SmsSmsAppsController_listSmsApps_v1"];
        put?: never;
        /**
         * Create an sms app
         * @description Creates an SMS app in the project. It can also create a new Conversation API app or link to an existing one. No 404 or 409 is documented for create. Success is 201, not 200.
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
         * @description Fetches one SMS app of the project by its ID. No 400 is documented for get (unlike delete, which documents invalid_id_format).
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
         * @description Renames an existing SMS app. Name is the only field that can be updated.
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KakaotalkTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappAccountWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappSenderWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
         * @description Sinch POSTs this event to every provisioning webhook whose triggers include it (or ALL). Answer with a 2xx status; the response body is ignored and failed deliveries are retried.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Base64 HMAC-SHA256 signature of the event.
                     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
                     */
                    "x-sinch-webhook-signature": components["parameters"]["WebhookSignature"];
                    /** @example HmacSHA256 */
                    "x-sinch-webhook-signature-algorithm": components["parameters"]["WebhookSignatureAlgorithm"];
                    /**
                     * @description ULID-like.
                     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
                     */
                    "x-sinch-webhook-signature-nonce": components["parameters"]["WebhookSignatureNonce"];
                    /**
                     * @description Unix epoch seconds as string.
                     * @example 1592227387
                     */
                    "x-sinch-webhook-signature-timestamp": components["parameters"]["WebhookSignatureTimestamp"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsappTemplateWebhookEvent"];
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
            /** @description Machine-readable snake_case code, e.g. invalid_input. */
            errorCode: string;
            /** @description Human-readable text. */
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        BundlesPapiErrorDto: {
            /** @description Machine-readable snake_case code, e.g. invalid_input. */
            errorCode: string;
            /** @description Human-readable text. */
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        ConversationPapiErrorDto: {
            /** @description Machine-readable snake_case code, e.g. invalid_input. */
            errorCode: string;
            /** @description Human-readable text. */
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        WebhookWebhookInputDto: {
            /**
             * Format: url
             * @description Destination URL; must be unique per project.
             */
            target: string;
            /** @description Used to sign outgoing callbacks; should be high-entropy. */
            secret: string;
            /** @description Use ALL for every event. */
            triggers: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        WebhookUpdateWebhookInputDto: {
            /** Format: url */
            target?: string;
            secret?: string;
            triggers?: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        /** @description Secret is never returned. */
        WebhookWebhookDto: {
            id: string;
            target: string;
            projectId: string;
            triggers: components["schemas"]["WebhookWebhookTriggersEnum"][];
        };
        WebhookWebhookListDto: {
            /** @description Count of all matching entries. */
            totalSize: number;
            /** @description Requested page size. */
            pageSize: number;
            webhooks: components["schemas"]["WebhookWebhookDto"][];
            previousPageToken?: string;
            nextPageToken?: string;
        };
        /** @enum {string} */
        WebhookWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
        ProvisioningWebhookEvent: {
            /** @description The trigger value, e.g. BUNDLE_DONE, WHATSAPP_ACCOUNT_ONBOARDED. */
            type: string;
            /** @description Resource snapshot; BUNDLE_DONE -> BundlesBundlesDto, WHATSAPP_ACCOUNT_* -> WhatsappAccountDto. */
            payload: Record<string, never>;
            /** @description Present on *_COMMENT_ADDED events (required for WHATSAPP_ACCOUNT_COMMENT_ADDED) */
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
            /** @description Completed bundle (state DONE or FAILED) */
            payload: components["schemas"]["BundlesBundlesDto"];
        };
        /** @description A name must resolve from the block or the root, otherwise request fails (missing_name) At least one service must be requested (no_services_to_create) */
        BundlesInputBundlesDto: {
            /**
             * @description Staging accepts only EU or US.
             * @example US
             */
            region: components["schemas"]["BundlesBundlesInputRegionEnum"];
            /**
             * @description Fallback name for resource blocks without their own name.
             * @example Sample bundle
             */
            name?: string;
            /**
             * @description True = create subproject with defaults; false/omitted = create everything in projectId.
             * @example true
             */
            subproject?: components["schemas"]["BundlesSubprojectInputDto"] | boolean;
            /**
             * @description True = create SMS app with defaults; false/omitted = none.
             * @example true
             */
            smsApp?: components["schemas"]["BundlesInputBundlesSmsAppDto"] | boolean;
            /**
             * @description True = create Conversation app with defaults; other resources get linked to it.
             * @example true
             */
            convApp?: components["schemas"]["BundlesConversationAppInputDto"] | boolean;
            /** @description Provisioning API webhooks to register; target values must be distinct. */
            webhooks?: components["schemas"]["BundlesWebhookInputDto"][];
        };
        BundlesSubprojectInputDto: {
            /** @description Defaults to root name. */
            name?: string;
            /** @description String-to-string map. */
            labels?: {
                [key: string]: string;
            };
        };
        BundlesInputBundlesSmsAppDto: {
            /**
             * @deprecated
             * @description Unused, slated for removal.
             * @default false
             */
            test: boolean;
            /** @description Defaults to root name. */
            name?: string;
        };
        BundlesConversationAppInputDto: {
            /** @description Defaults to root name. */
            name?: string;
            /** @description Conversation API webhooks for the new app. */
            webhooks?: components["schemas"]["BundlesConversationAppWebhooksInputDto"][];
            /**
             * @description Changeable later via Conversation API.
             * @default DISPATCH
             */
            processingMode: components["schemas"]["BundlesInputConversationAppProcessingModesEnum"];
            /** @description First variant for CONVERSATION mode, second for DISPATCH mode; no discriminator declared. */
            retentionPolicy?: components["schemas"]["BundlesConversationAppConversationRetentionPolicyInputDto"] | components["schemas"]["BundlesConversationAppDispatchRetentionPolicyInputDto"];
            consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettingsInputDto"];
        };
        BundlesConversationAppWebhooksInputDto: {
            /** @description Conversation-api.*.sinch.com hosts are not allowed. */
            target: string;
            /** @description Conversation API triggers for this webhook; at most 20. */
            triggers: components["schemas"]["BundlesWebhooksInputWebhookTriggerEnum"][];
            /** @description Signs Conversation API callbacks. */
            secret?: string;
            /** @default HTTP */
            targetType: components["schemas"]["BundlesInputWebhookTargetTypesEnum"];
        };
        BundlesConversationAppConversationRetentionPolicyInputDto: {
            /** @default MESSAGE_EXPIRE_POLICY */
            retentionPolicyType: components["schemas"]["BundlesInputConversationAppConversationRetentionPolicyTypesEnum"];
            /**
             * @description Days.
             * @default 180
             */
            ttl: number;
        };
        BundlesConversationAppDispatchRetentionPolicyInputDto: {
            /**
             * @default MESSAGE_EXPIRE_POLICY
             * @constant
             */
            retentionPolicyType: "MESSAGE_EXPIRE_POLICY";
            /**
             * @description Days.
             * @default 7
             */
            ttl: number;
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
            /** @description Project or created subproject holding the resources. */
            projectId: string;
            state: components["schemas"]["BundlesBundleServicesStateEnum"];
            region: components["schemas"]["BundlesBundlesRegionEnum"];
            name?: string;
            /** @description One entry per BUNDLE_DONE delivery. */
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
             * @description ISO 8601 (no format declared)
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
            /** @description Absent from all examples. */
            numberVerified: boolean;
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
            /** @description Days. */
            ttl?: number;
        };
        BundlesConversationAppConsentManagerSettingsDto: {
            mode: components["schemas"]["BundlesConversationAppConsentManagerSettingsModesEnum"];
        };
        /** @description Secret is never returned. */
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
         * @description Staging: EU or US only.
         * @enum {string}
         */
        BundlesBundlesInputRegionEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        BundlesBundlesRegionEnum: "BR" | "EU" | "US";
        /** @enum {string} */
        BundlesSubprojectStatusEnum: "PENDING" | "READY";
        /**
         * @description SMS app status.
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
         * @description Conversation API triggers accepted when creating Conversation app webhooks through a bundle.
         * @enum {string}
         */
        BundlesWebhooksInputWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNSUPPORTED";
        /**
         * @description Output variant; adds UNRECOGNIZED and UNSPECIFIED_TRIGGER.
         * @enum {string}
         */
        BundlesWebhooksWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNRECOGNIZED" | "UNSPECIFIED_TRIGGER" | "UNSUPPORTED";
        /** @enum {number} */
        BundlesHttpStatusCodeEnum: 100 | 101 | 102 | 103 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;
        /** @enum {string} */
        ConversationChannelStatusEnum: "ACTIVE" | "ERROR" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        ConversationInstagramInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            /** @description Filled when status is ERROR/FAILED. */
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
            /** @description Facebook page ID. */
            id?: string;
            /** @description Page name. */
            name?: string;
            /** @description Page name with country codes for Global Pages; visible to page admin only. */
            globalBrandPageName?: string;
        };
        ConversationTelegramBotInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            name?: string;
            username?: string;
            canJoinGroups?: boolean;
            /** @description True when Telegram privacy mode is off. */
            canReadAllGroupMessages?: boolean;
            supportsInlineQueries?: boolean;
        };
        ConversationViberBotInfoDto: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            id?: string;
            name?: string;
            uri?: string;
            /** @description Icon URI. */
            icon?: string;
            category?: string;
            subcategory?: string;
            location?: components["schemas"]["ConversationAccountLocationDto"];
            /** @description Long country name. */
            country?: string;
            subscribersCount?: number;
        };
        ConversationAccountLocationDto: {
            lon: number;
            lat: number;
        };
        /** @description Provisioning API error body (PAPI error) */
        WhatsappPapiErrorDto: {
            /** @description Machine-readable code, e.g. project_not_initialized. */
            errorCode: string;
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            /** @description Declared as map of string arrays, but examples also put a comma-separated string (supportedCodes) or an object (metaError) here; type it loosely. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        WhatsappAccountDto: {
            /** @description Absent while the account is still being created. */
            state?: components["schemas"]["WhatsappAccountStateEnum"];
            /** @description True when created through Embedded Signup. */
            isEmbeddedSignup: boolean;
            businessManager: components["schemas"]["WhatsappBusinessManagersEnum"];
            /**
             * @description WhatsApp Business Account id at Meta.
             * @example 1234567890
             */
            wabaId?: string;
            /** @description Pending changes. */
            changes?: components["schemas"]["WhatsappAccountChangesDto"];
            details?: components["schemas"]["WhatsappAccountDetailsDto"];
            wabaBanState?: components["schemas"]["WhatsappWabaBanStatesEnum"];
            wabaBanDate?: string;
            /** @description Template analytics enabled. */
            wabaEnabledForInsights?: boolean;
            /** @description Direct Send API enabled. */
            wabaEnabledForDirectSend?: boolean;
            /** @description Maximum price feature enabled. */
            wabaMaxPriceOnboarded: boolean;
            /** @description Conversation API app regions usable with this account. */
            compatibleRegions: components["schemas"]["WhatsappConversationAppRegionsEnum"][];
            /** @description ISO 3166 alpha-2 country where the business is based. */
            primaryBusinessLocation?: components["schemas"]["WhatsappCountryCodesEnum"];
            /**
             * @deprecated
             * @description Kept for compatibility; always undefined.
             */
            partnerInitiatedRequestId?: string;
            /** @description Current daily messaging limit of the account. */
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
            /** @description Registered brand name. */
            wabaName: string;
            /** @description Details of the first sender created with the account. */
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
            /** @description WABA display name, also default display name of the new phone at Meta. */
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
             * @description ISO 8601 timestamp.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
        };
        /** @description Inline body of the account callbacks declared on create account. */
        WhatsappAccountWebhookEvent: {
            /** @enum {string} */
            type: "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_WABA_ACCOUNT_CHANGED";
            /** @description Account as it was when the event fired. */
            payload: components["schemas"]["WhatsappAccountDto"];
            /** @description Required only for WHATSAPP_ACCOUNT_COMMENT_ADDED. */
            comment?: string;
        };
        WhatsappInputAccountPartnerInitiatedDto: {
            /** @description Must exactly match the name tied to the Meta Business Manager id. */
            wabaName: string;
            /**
             * @description Meta Business Manager id of the client (Business Settings > Business Info)
             * @example 1234567890
             */
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersEnum"];
            /** @description First sender to create. */
            senderDetails: components["schemas"]["WhatsappInputAccountSenderRelatedDetailsDto"];
        };
        /**
         * @deprecated
         * @description Deprecated because Meta ended On-Behalf-Of (OBO) on 30 Sept 2025.
         */
        WhatsappInputAccountDtoDeprecated: {
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersEnum"];
            /** @description Must exactly match the name tied to the Meta Business Manager id. */
            companyLegalName: string;
        };
        WhatsappInputAccountSenderRelatedDetailsDto: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsappInputAccountWhatsAppVerticalsEnum"];
            /** @description Defaults to the region for the billing account's country. */
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            /** @description Defaults to the value configured for the chosen region. */
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
        };
        /** @description All optional, but at least one must be sent. */
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
         * @description Lower-case values.
         * @enum {string}
         */
        WhatsappConversationAppRegionsEnum: "br" | "eu" | "us";
        /**
         * @deprecated
         * @description Tiers are business-initiated conversations per rolling 24 h; TIER_UNLIMITED = no limit.
         * @enum {string}
         */
        WhatsappDailyLimitEnum: "NOT_SET" | "TIER_100K" | "TIER_10K" | "TIER_1K" | "TIER_250" | "TIER_2K" | "TIER_50" | "TIER_UNLIMITED" | "UNRECOGNIZED";
        /**
         * @description Output variant (adds NOT_SET, ONLINE_GAMBLING, UNRECOGNIZED)
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
         * @description Input variant; for partner-initiated accounts the account's region is used when omitted.
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
         * @description ISO 3166-1 alpha-2 plus UNRECOGNIZED (237 + 1 values)
         * @enum {string}
         */
        WhatsappCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /** @description At least one of facebookToken / facebookCode. */
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
             * @description WABA id.
             * @example 100000000000000
             */
            id: string;
            /** @description Numbers shared to the WABA. */
            numbers: components["schemas"]["WhatsappWabaNumber"][];
        };
        WhatsappWabaNumber: {
            /** @example 222222222222222 */
            id: string;
            /**
             * @description Docs call it E.164 although the example has spaces.
             * @example +48 777 777777
             */
            displayPhoneNumber: string;
            /** @description True when the number can be used. */
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
             * @description Screen id, used like a page URL.
             * @example MY_FIRST_SCREEN
             */
            id: string;
        };
        WhatsappSolutionInputDto: {
            details: components["schemas"]["WhatsappSolutionDetailsInputDto"];
            /** @description AuthResponse.accessToken from Meta's embedded solution-creation flow. */
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
             * @description Tech Provider's Meta app.
             * @example {
             *       "id": 789,
             *       "name": "Test partner app name"
             *     }
             */
            readonly partnerApp?: components["schemas"]["WhatsappSolutionMetaAppDto"];
            /**
             * @description Solution Partner's (Sinch) Meta app.
             * @example {
             *       "id": 456,
             *       "name": "Test owner app name"
             *     }
             */
            readonly ownerApp?: components["schemas"]["WhatsappSolutionMetaAppDto"];
            /** @description Project is assigned to this solution. */
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
            /** @description Tech Provider Meta app id. */
            readonly partnerAppId: string;
            readonly errorCode: components["schemas"]["WhatsappFailedSolutionErrorsEnum"];
            readonly errorMessage?: string;
        };
        /** @enum {string} */
        WhatsappFailedSolutionErrorsEnum: "ACTIVATION_FAILED" | "CREATION_FAILED" | "UNRECOGNIZED";
        /** @enum {string} */
        WhatsappInputBusinessManagersPublicDocumentationEnum: "SINCH_BR" | "SINCH_MX" | "SINCH_UK";
        /**
         * @description Default differs per DTO: create inputs default SUBMIT, update inputs default DRAFT.
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
            /** @description Pending changes, if any. */
            changes?: components["schemas"]["WhatsappSenderChangesDto"];
            details?: components["schemas"]["WhatsappSenderDetailsDto"];
            /** @description Per-field approval state (display name, username) */
            metadata?: components["schemas"]["WhatsappSenderMetadataDto"];
            /** @example EU */
            region: components["schemas"]["WhatsappSenderBotRegionEnum"];
            /** @example DE */
            metaLocalStorage: components["schemas"]["WhatsappSenderMetaLocalStoragesEnum"];
            /**
             * @deprecated
             * @description Connected Conversation API app ID; use conversationApiAppDetails.
             * @example 4CF9CE97504C4A468F4610919D17ECC1
             */
            conversationApiApp?: string;
            conversationApiAppDetails?: components["schemas"]["WhatsappConversationApiAppDto"];
            /** @example 10 */
            maxTps?: number;
            qualityRating?: components["schemas"]["WhatsappQualityRatingEnum"];
            /**
             * @deprecated
             * @description Use the account's businessDailyLimit instead.
             */
            dailyLimit?: components["schemas"]["WhatsappDailyLimitEnum"];
            /**
             * @description Needed to attach the sender to a Conversation API app.
             * @example aaaaAAAA.bbbbBBBB.ccccCCCC
             */
            bearerToken?: string;
            /** @deprecated */
            cloudApi: boolean;
            /**
             * @description ISO 8601 UTC.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
            /** @description ISO 8601 UTC. */
            modified?: string;
            /** @example 48 */
            countryCode?: string;
            /**
             * @description Without country code.
             * @example 777777777
             */
            phoneNumber?: string;
            numberProvider?: components["schemas"]["WhatsappSenderNumberProviderTypeEnum"];
            /** @example SINCH_UK */
            businessManager: components["schemas"]["WhatsappBusinessManagersEnum"];
            /**
             * @deprecated
             * @description Read it from the account endpoint instead.
             */
            wabaBanState?: components["schemas"]["WhatsappWabaBanStatesEnum"];
            /**
             * @deprecated
             * @description Read it from the account endpoint instead.
             */
            wabaBanDate?: string;
            /**
             * @description Conversation API app regions usable with this sender (lower-case)
             * @example [
             *       "eu",
             *       "us"
             *     ]
             */
            compatibleRegions: components["schemas"]["WhatsappConversationAppRegionsEnum"][];
        };
        WhatsappSenderChangesDto: {
            status: components["schemas"]["WhatsappSenderStatusesEnum"];
            /** @description First variant for a newly created sender, second for an update. */
            details?: components["schemas"]["WhatsappSenderDetailsDto"] | components["schemas"]["WhatsappSenderChangesDetailsDto"];
            /**
             * @description Set when in ERROR.
             * @example Reach out to support at support@sinch.com
             */
            errorReason?: string;
            /** @description Set when in ERROR. */
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
            /** @description Jpeg/png/webp, max 5MB, 192x192 to 640x640 px, cropped to the max size, transparent PNG background turns black. */
            photoUrl?: string;
            /** @description WhatsApp Business username. */
            username?: string;
        };
        /** @description Same fields as WhatsappSenderDetailsDto, all optional. */
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
             * @description Requested value.
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
            /** @description ISO 8601 UTC acceptance time. */
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
             * @description Phone-number ownership verification status.
             * @enum {string}
             */
            status: "EXPIRED" | "NOT_VERIFIED" | "UNKNOWN" | "VERIFIED";
        };
        /** @description Embedded Signup sender. */
        WhatsappSenderInputEsDto: {
            /** @description Defaults from the billing account country. */
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            /** @description Defaults per region. */
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            /**
             * @description Description says an empty value makes the API look the WABA up by project.
             * @example 11111111111111
             */
            wabaId: string;
            /** @example 222222222222222 */
            phoneNumberId: string;
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersPublicDocumentationEnum"];
            /**
             * @description Single-use code from Embedded Signup.
             * @example 123asdf123
             */
            authenticationCode?: string;
        };
        /** @description Sender on a new number provisioned by Sinch. */
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
             * @description Without country code.
             * @example 1701234567
             */
            phoneNumber: string;
            /** @example Demo sender */
            displayName: string;
        };
        /** @description Partner-initiated sender. */
        WhatsappInputSenderPartnerInitiatedDto: {
            /** @default SUBMIT */
            status: components["schemas"]["WhatsappActionsEnum"];
            /** @description Defaults from billing country; for partner-initiated accounts the WhatsApp account's region is used. */
            region?: components["schemas"]["WhatsappSenderInputBotRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            /** @example CUSTOMER */
            phoneNumberProvider: components["schemas"]["WhatsappSenderInputNumberProviderTypeEnum"];
            /**
             * @description Keep as draft if submission fails.
             * @default false
             */
            saveDraftOnFailure: boolean;
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
             * @description Jpeg/png/webp, max 5MB, 192x192 to 640x640 px, cropped to the max size, transparent PNG background turns black.
             */
            photoUrl?: string;
            /**
             * Format: country code
             * @description Numeric, e.g. 48 PL, 44 UK.
             * @example 48
             */
            countryCode: string;
            /**
             * Format: numeric phone number
             * @description Without country code; must not already belong to a sender; description ties it to numbers provided by Sinch.
             * @example 444555666
             */
            phoneNumber?: string;
        };
        /**
         * @deprecated
         * @description Legacy create body; use WhatsappSenderInputEsDto.
         */
        WhatsappSenderInputDtoDeprecated: {
            region?: components["schemas"]["WhatsappSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsappSenderInputMetaLocalStoragesEnum"];
            businessManager?: components["schemas"]["WhatsappInputBusinessManagersPublicDocumentationEnum"];
            wabaId?: string;
            phoneNumberId?: string;
            /** @description Long-lived user token; needed when facebookCode is absent. */
            facebookAccessToken?: string;
            /**
             * Format: uri
             * @description Single-use code; needed when facebookAccessToken is absent.
             */
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
             * @description Jpeg/png/webp, max 5MB, 192x192 to 640x640 px, cropped to the max size, transparent PNG background turns black.
             */
            photoUrl?: string;
        };
        WhatsappUpdateSenderInputDto: {
            /** @default DRAFT */
            status: components["schemas"]["WhatsappActionsEnum"];
            details?: components["schemas"]["WhatsappUpdateSenderInputDetailsDto"];
        };
        /** @description Null on a nullable field deletes the stored value. */
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
             * @description Jpeg/png/webp, max 5MB, 192x192 to 640x640 px, cropped to the max size, transparent PNG background turns black.
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
             * @description Exactly 6 chars, no spaces (stated in the description and validation message, not as schema limits); may be omitted when Meta already verified the number.
             * @example 123456
             */
            code?: string;
        };
        /** @enum {string} */
        WhatsappSenderStatesEnum: "ACTIVE" | "IN_PROGRESS" | "INACTIVE" | "PENDING_VERIFICATION" | "SUSPENDED" | "ERROR";
        /**
         * @description MULTIPLE_WABA_ERROR kept for backward compatibility only.
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
             * @description Meta template ID; absent until submitted.
             * @example 123456
             */
            whatsappId?: string;
            state?: components["schemas"]["WhatsappTemplateStatesEnum"];
            /** @example my_template */
            name: string;
            /** @example EN_US */
            language: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            category: components["schemas"]["WhatsappTemplateCategoryEnum"];
            /** @description Set when REJECTED. */
            rejectionCode?: components["schemas"]["WhatsappTemplateRejectionCodeEnum"];
            qualityScore?: components["schemas"]["WhatsappTemplateQualityScoreEnum"];
            /** @description Empty once changes were approved and applied. */
            changes?: components["schemas"]["WhatsappTemplateChangesDto"];
            details?: components["schemas"]["WhatsappTemplateDetailsDto"];
            analytics: components["schemas"]["WhatsappTemplateAnalyticsDto"][];
            /** @description True when Meta created the template. */
            isMetaGenerated: boolean;
        };
        /** @description Field-masked variant of WhatsappTemplateDto; nothing required. */
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
            /** @description First for a new template, second for an update. */
            details?: components["schemas"]["WhatsappTemplateDetailsDto"] | components["schemas"]["WhatsappTemplateChangesDetailsDto"];
        };
        WhatsappPartialTemplateChangesDto: {
            status?: components["schemas"]["WhatsappTemplateStatusesEnum"];
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsappPartialTemplateDetailsDto"] | components["schemas"]["WhatsappTemplateChangesDetailsDto"];
        };
        WhatsappTemplateDetailsDto: {
            /** @description Discriminate on type (+ format for HEADER) */
            components: (components["schemas"]["WhatsappTextHeaderComponentDto"] | components["schemas"]["WhatsappMediaHeaderComponentDto"] | components["schemas"]["WhatsappBodyComponentDto"] | components["schemas"]["WhatsappFooterComponentDto"] | components["schemas"]["WhatsappButtonsComponentDto"] | components["schemas"]["WhatsappLocationHeaderComponentDto"] | components["schemas"]["WhatsappCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentDto"])[];
            /** @description Retry window in seconds; defaults AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d; allowed AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200; auth templates created before 2024-10-23 default to 30 d. */
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
        /** @description Dynamic-pricing settings as returned. */
        WhatsappTemplateDetailsOptimizationDto: {
            /**
             * @description Max price per 1,000 deliveries in the WABA currency's smallest unit (5000 = USD 0.05 per delivery)
             * @example 500
             */
            bidAmount: number;
            /** @example BID_STRATEGY_LOWEST_COST_WITH_BID_CAP */
            bidStrategy: components["schemas"]["WhatsappBidStrategiesEnum"];
            /**
             * @description ISO 3166-1 alpha-2 keys, decimal strings 0.0-10.0, default 1.0.
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
            /** @description ISO 8601 UTC window start. */
            start: string;
            /** @description ISO 8601 UTC window end. */
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
            /** @description Discriminate on type. */
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
            /** @description Offer text. */
            text?: string;
            /** @description Whether offer expiry details appear in the delivered message. */
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
            /** @description First screen ID; needed for NAVIGATE. */
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
            status: components["schemas"]["WhatsappActionsEnum"];
            /** @example my_template */
            name: string;
            /** @example EN */
            language: components["schemas"]["WhatsappInputTemplateLanguagesEnum"];
            /** @example MARKETING */
            category: components["schemas"]["WhatsappTemplateInputCategoryEnum"];
            /**
             * @description Keep as draft if submission fails.
             * @default false
             */
            saveDraftOnFailure: boolean;
            /**
             * @description Let Meta re-categorise instead of rejecting.
             * @default false
             */
            allowCategoryChange: boolean;
            /** @description Marked required, yet described as not needed for drafts. */
            details: components["schemas"]["WhatsappTemplateDetailsInputDto"];
        };
        /** @description Nothing required. */
        WhatsappUpdateTemplateInputDto: {
            /** @default DRAFT */
            status: components["schemas"]["WhatsappActionsEnum"];
            /** @description Honoured only for DRAFT or for REJECTED with INCORRECT_CATEGORY. */
            category?: components["schemas"]["WhatsappTemplateInputCategoryEnum"];
            /** @description Same condition as category. */
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsappUpdateTemplateDetailsInputDto"];
        };
        WhatsappTemplateDetailsInputDto: {
            /** @description Must include a BODY; each component type at most once (type unique); optional for drafts. */
            components: (components["schemas"]["WhatsappLocationHeaderComponentInputDto"] | components["schemas"]["WhatsappTextHeaderComponentInputDto"] | components["schemas"]["WhatsappMediaHeaderComponentInputDto"] | components["schemas"]["WhatsappBodyComponentInputDto"] | components["schemas"]["WhatsappFooterComponentInputDto"] | components["schemas"]["WhatsappButtonsComponentInputDto"] | components["schemas"]["WhatsappInputCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentInputDto"])[];
            /** @description Retry window in seconds; defaults AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d; allowed AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200; auth templates created before 2024-10-23 default to 30 d. */
            messageSendTtlSeconds?: number;
            /** @description Dynamic pricing; MARKETING templates. */
            optimization?: components["schemas"]["WhatsappInputTemplateDetailsOptimization"];
        };
        WhatsappUpdateTemplateDetailsInputDto: {
            /** @description Must include a BODY; each component type at most once (type unique); optional for drafts. */
            components?: (components["schemas"]["WhatsappLocationHeaderComponentInputDto"] | components["schemas"]["WhatsappTextHeaderComponentInputDto"] | components["schemas"]["WhatsappMediaHeaderComponentInputDto"] | components["schemas"]["WhatsappBodyComponentInputDto"] | components["schemas"]["WhatsappFooterComponentInputDto"] | components["schemas"]["WhatsappButtonsComponentInputDto"] | components["schemas"]["WhatsappInputCarouselComponentDto"] | components["schemas"]["WhatsappLimitedTimeOfferComponentInputDto"])[];
            /** @description Retry window in seconds; defaults AUTHENTICATION 10 min, MARKETING 30 d, UTILITY 30 d; allowed AUTHENTICATION 10-900, MARKETING 43200-2592000, UTILITY 30-43200; auth templates created before 2024-10-23 default to 30 d. */
            messageSendTtlSeconds?: number;
            /** @description Omit = keep, null = remove. */
            optimization?: components["schemas"]["WhatsappInputUpdateTemplateDetailsOptimization"] | null;
        };
        WhatsappInputTemplateDetailsOptimization: {
            /** @description Max bid per 1,000 deliveries in the WABA currency's smallest unit. */
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsappInputBidStrategiesEnum"];
            /**
             * @description ISO 3166-1 alpha-2 keys, decimal strings 0.0-10.0, default 1.0.
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
            /** @description Null clears existing overrides. */
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
            /** @description At most one variable; optional for drafts. */
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
             * @description Image: 8-bit RGB/RGBA jpeg or png, max 5MB; video: H.264 + AAC (one or no audio stream), 3gp or mp4, max 16MB; document: pdf, max 100MB; optional for drafts.
             * @example https://example.com/photos/1.png
             */
            url: string;
            /** @description Only when the type cannot be detected from content. */
            mimeType?: components["schemas"]["WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        WhatsappBodyComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            /** @description Variables as {{1}}, {{2}}...; left empty for AUTHENTICATION. */
            text?: string;
            /** @description One sample per variable; optional without variables. */
            examples?: string[];
            /**
             * @description AUTHENTICATION only.
             * @default false
             */
            addSecurityRecommendation: boolean;
        };
        WhatsappFooterComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeFooterEnum"];
            text?: string;
            /** @description AUTHENTICATION only; adds an expiry sentence. */
            codeExpirationMinutes?: number;
        };
        WhatsappButtonsComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            /** @description Optional for drafts; buttons must differ in value/text. */
            buttons: (components["schemas"]["WhatsappFlowButtonInputDto"] | components["schemas"]["WhatsappOtpButtonInputDto"] | components["schemas"]["WhatsappPhoneNumberButtonInputDto"] | components["schemas"]["WhatsappQuickReplyButtonInputDto"] | components["schemas"]["WhatsappRequestContactInfoButtonInputDto"] | components["schemas"]["WhatsappOrderDetailsButtonInputDto"] | components["schemas"]["WhatsappUrlButtonInputDto"] | components["schemas"]["WhatsappCopyCodeButtonInputDto"])[];
        };
        WhatsappInputCarouselComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeCarouselEnum"];
            /** @description All cards share the same components; two cards at creation suffice and an approved two-card template can send up to 10; optional for drafts. */
            cards: components["schemas"]["WhatsappInputCardDto"][];
        };
        WhatsappInputCardDto: {
            /** @description Image/video header + body + up to 2 buttons; type unique; optional for drafts. */
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
             * @description Image: 8-bit RGB/RGBA jpeg or png, max 5MB; video: H.264 + AAC, 3gp or mp4, max 16MB; optional for drafts.
             */
            url: string;
            mimeType?: components["schemas"]["WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        WhatsappInputCardBodyComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeBodyEnum"];
            /** @description One per variable. */
            examples?: string[];
            /** @description Supports variables; optional for drafts. */
            text: string;
        };
        WhatsappInputCardButtonsComponentDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeButtonsEnum"];
            /** @description Mix of quick reply, phone and URL; (type, text) not all identical; optional for drafts. */
            buttons: (components["schemas"]["WhatsappUrlButtonInputDto"] | components["schemas"]["WhatsappQuickReplyButtonInputDto"] | components["schemas"]["WhatsappPhoneNumberButtonInputDto"])[];
        };
        WhatsappLimitedTimeOfferComponentInputDto: {
            /** @constant */
            type: components["schemas"]["WhatsappComponentTypeLimitedTimeOfferEnum"];
            text: string;
            /** @default false */
            hasExpiration: boolean;
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
             * @description First screen ID; needed for NAVIGATE.
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
            /** @description Label of the one-tap autofill button. */
            autofillText?: string;
            /**
             * @deprecated
             * @description Android package; use supportedApps.
             */
            packageName?: string;
            /**
             * @deprecated
             * @description App signing key hash; use supportedApps.
             */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsappSupportedAppInputDto"][];
            /** @description Acknowledges WhatsApp Business terms for zero-tap codes. */
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
             * @description Dynamic part {{1}} only at the end, not in the domain; wa.me and whatsapp.com refused; optional for drafts.
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
            timeframe: components["schemas"]["WhatsappInputTemplateCompareTimeframesEnum"];
            /**
             * Format: timestamp
             * @description Window end, epoch ms; now when omitted.
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
            /** @description Rank by block rate. */
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
        /** @description Body POSTed to the webhook target for sender events (declared as OpenAPI callbacks on create/update sender) */
        WhatsappSenderWebhookEvent: {
            /** @enum {string} */
            type: "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_USERNAME_UPDATED";
            /** @description Sender at event time; the DELETED example carries only id, region/metaLocalStorage UNRECOGNIZED, cloudApi, businessManager, compatibleRegions. */
            payload: components["schemas"]["WhatsappSenderDto"];
            /** @description Required for WHATSAPP_SENDER_COMMENT_ADDED. */
            comment?: string;
        };
        /** @description Body POSTed to the webhook target for template events (callbacks on create/update template) */
        WhatsappTemplateWebhookEvent: {
            /** @enum {string} */
            type: "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE";
            /** @description Required for all events except WHATSAPP_TEMPLATE_DELETED, whose schema only requires type (its example still has a payload) */
            payload?: components["schemas"]["WhatsappTemplateDto"];
            comment?: string;
            /**
             * @description Required for WHATSAPP_TEMPLATE_STATUS_UPDATED.
             * @enum {string}
             */
            newState?: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            /**
             * @description Required for WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE.
             * @enum {string}
             */
            futureCategory?: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        };
        /** @enum {string} */
        WhatsappTemplateStatesEnum: "APPROVED" | "DISABLED" | "PAUSED" | "PENDING" | "REJECTED";
        /**
         * @description DRAFT = not submitted, IN_PROGRESS = submitted.
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
         * @description Dotted paths; .0. stands for any array index.
         * @enum {string}
         */
        WhatsappTemplateDtoFieldMaskPathsEnum: "whatsappId" | "state" | "name" | "language" | "category" | "rejectionCode" | "qualityScore" | "changes" | "changes.status" | "changes.allowCategoryChange" | "changes.details" | "changes.details.components" | "changes.details.components.0.type" | "changes.details.components.0.format" | "changes.details.components.0.text" | "changes.details.components.0.example" | "changes.details.components.0.example.url" | "changes.details.components.0.examples" | "changes.details.components.0.addSecurityRecommendation" | "changes.details.components.0.codeExpirationMinutes" | "changes.details.components.0.buttons" | "changes.details.components.0.buttons.0.type" | "changes.details.components.0.buttons.0.text" | "changes.details.components.0.buttons.0.phoneNumber" | "changes.details.components.0.buttons.0.url" | "changes.details.components.0.buttons.0.example" | "changes.details.components.0.buttons.0.otpType" | "changes.details.components.0.buttons.0.autofillText" | "changes.details.components.0.buttons.0.packageName" | "changes.details.components.0.buttons.0.signatureHash" | "changes.details.components.0.buttons.0.supportedApps" | "changes.details.components.0.buttons.0.supportedApps.0.packageName" | "changes.details.components.0.buttons.0.supportedApps.0.signatureHash" | "changes.details.components.0.buttons.0.zeroTapTermsAccepted" | "changes.details.components.0.buttons.0.flowId" | "changes.details.components.0.buttons.0.flowAction" | "changes.details.components.0.buttons.0.navigateScreen" | "changes.details.components.0.hasExpiration" | "changes.details.messageSendTtlSeconds" | "changes.details.optimization" | "details" | "details.components" | "details.components.0.type" | "details.components.0.format" | "details.components.0.text" | "details.components.0.example" | "details.components.0.example.url" | "details.components.0.examples" | "details.components.0.addSecurityRecommendation" | "details.components.0.codeExpirationMinutes" | "details.components.0.buttons" | "details.components.0.buttons.0.type" | "details.components.0.buttons.0.text" | "details.components.0.buttons.0.phoneNumber" | "details.components.0.buttons.0.url" | "details.components.0.buttons.0.example" | "details.components.0.buttons.0.otpType" | "details.components.0.buttons.0.autofillText" | "details.components.0.buttons.0.packageName" | "details.components.0.buttons.0.signatureHash" | "details.components.0.buttons.0.supportedApps" | "details.components.0.buttons.0.supportedApps.0.packageName" | "details.components.0.buttons.0.supportedApps.0.signatureHash" | "details.components.0.buttons.0.zeroTapTermsAccepted" | "details.components.0.buttons.0.flowId" | "details.components.0.buttons.0.flowAction" | "details.components.0.buttons.0.navigateScreen" | "details.components.0.hasExpiration" | "details.messageSendTtlSeconds" | "details.optimization" | "analytics" | "analytics.0.sent" | "analytics.0.delivered" | "analytics.0.read" | "analytics.0.start" | "analytics.0.end" | "analytics.0.buttons" | "analytics.0.buttons.0.type" | "analytics.0.buttons.0.content" | "analytics.0.buttons.0.clicks" | "isMetaGenerated";
        /** @enum {string} */
        WhatsappTemplateCompareBlockReasonsEnum: "NO_LONGER_NEEDED" | "NO_REASON" | "NO_REASON_GIVEN" | "NO_SIGN_UP" | "OFFENSIVE_MESSAGES" | "OTHER" | "OTP_DID_NOT_REQUEST" | "SPAM" | "UNKNOWN_BLOCK_REASON" | "UNRECOGNIZED";
        /**
         * @description String values; look-back days.
         * @enum {string}
         */
        WhatsappInputTemplateCompareTimeframesEnum: "30" | "60" | "7" | "90";
        /**
         * @description Output spelling; input uses LOWEST_COST_WITH_BID_CAP.
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
         * @description Used by the output/partial FLOW button DTOs; the input DTO uses WhatsappButtonTypeFlowEnum.
         * @constant
         */
        WhatsappButtonTypeEnum: "FLOW";
        /** @constant */
        WhatsappButtonTypeRequestContactInfoEnum: "REQUEST_CONTACT_INFO";
        /** @constant */
        WhatsappButtonTypeOrderDetailsEnum: "ORDER_DETAILS";
        /** @constant */
        WhatsappButtonTypeCopyCodeEnum: "COPY_CODE";
        /** @description Error body returned by every KakaoTalk endpoint on failure. */
        KakaotalkPapiErrorDto: {
            /** @description Machine-readable code, e.g. sender_not_found. */
            errorCode: string;
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            /** @description Schema says values are string arrays (e.g. validationErrors), but examples also show plain strings (supportedCodes: 'ACTIVE, BLOCKED, ...', templateCode: 'AX5N...'); type values loosely. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description Save as draft or submit for review.
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
             * @description ISO 8601 date-time.
             * @example 2023-01-19T13:11:08.204Z
             */
            created?: string;
        };
        /** @enum {string} */
        KakaotalkCommentTypeEnum: "CREATED";
        /** @description Body of create sender. */
        KakaotalkInputSenderDto: {
            /** @description KakaoTalk channel (PlusFriend) ID. */
            plusFriendId: string;
            /** @description Docs: not needed when status is DRAFT, yet schema lists it as required. */
            details: components["schemas"]["KakaotalkInputSenderDetailsDto"];
            /** @default SUBMIT */
            status: components["schemas"]["KakaotalkActionsEnum"];
            /**
             * @description Keep as draft if submission fails.
             * @default false
             */
            saveDraftOnFailure: boolean;
        };
        KakaotalkInputSenderDetailsDto: {
            /**
             * Format: phone number
             * @description Not needed for draft.
             * @example +48777777777
             */
            adminPhoneNo: string;
            /**
             * @description Not needed for draft.
             * @example Test Name
             */
            name: string;
            /**
             * Format: url
             * @description JPEG or PNG, at most 5MB.
             */
            logoImage?: string;
            /**
             * @description Not needed for draft; from list sender categories depth 1.
             * @example 019
             */
            topLevelCategoryCode: string;
            /**
             * @description Not needed for draft; depth 2.
             * @example 0006
             */
            midLevelCategoryCode: string;
            /**
             * @description Not needed for draft; depth 3.
             * @example 0001
             */
            subLevelCategoryCode: string;
        };
        /** @description Body of update sender (all optional) */
        KakaotalkInputUpdateSenderDto: {
            /** @default DRAFT */
            status: components["schemas"]["KakaotalkActionsEnum"];
            details?: components["schemas"]["KakaotalkInputUpdateSenderDetailsDto"];
        };
        KakaotalkInputUpdateSenderDetailsDto: {
            /** Format: phone number */
            adminPhoneNo?: string;
            name?: string;
            /**
             * Format: url
             * @description Null allowed (type [string, null])
             */
            logoImage?: string | null;
            topLevelCategoryCode?: string;
            midLevelCategoryCode?: string;
            subLevelCategoryCode?: string;
        };
        KakaotalkInputVerifySenderDto: {
            /**
             * @description Numeric OTP.
             * @example 123456
             */
            code: number;
        };
        /** @description A KakaoTalk sender. */
        KakaotalkSenderDto: {
            /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
            id?: string;
            /** @example 5WY5zKfY3pB56EmDVUPQ */
            plusFriendId: string;
            /** @description Absent on never-approved/draft senders. */
            state?: components["schemas"]["KakaotalkSenderStatesEnum"];
            /** @description Pending change set. */
            changes?: components["schemas"]["KakaotalkSenderChangesDto"];
            /** @description Current live details. */
            details?: components["schemas"]["KakaotalkSenderDetailsDto"];
            /**
             * @description UTC ISO 8601 creation time.
             * @example 2023-02-23T11:28:51.194Z
             */
            created?: string;
            /** @description UTC ISO 8601 last-change time. */
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
        /** @description Same fields as KakaotalkSenderDetailsDto, all optional (used for an update change set) */
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
            /** @description Present for COMMENT_ADDED. */
            comment?: string;
        };
        /** @enum {string} */
        KakaotalkSenderStatesEnum: "ACTIVE" | "BLOCKED" | "INACTIVE" | "SUSPENDED" | "VERIFYING";
        /**
         * @description Status of the pending change set.
         * @enum {string}
         */
        KakaotalkSenderStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @enum {string} */
        KakaotalkSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "INACTIVE" | "REJECTED";
        KakaotalkSenderWebhookEvent: {
            /** @enum {string} */
            type: "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_SENDER_COMMENT_ADDED";
            /** @description Sender as it was when the event fired. */
            payload: components["schemas"]["KakaotalkSenderDto"];
            /** @description Required only for KAKAOTALK_SENDER_COMMENT_ADDED. */
            comment?: string;
        };
        /** @description Body of create template. */
        KakaotalkInputTemplateDto: {
            /** @default SUBMIT */
            status: components["schemas"]["KakaotalkActionsEnum"];
            details: components["schemas"]["KakaotalkInputTemplateDetailsDto"];
            /** @default false */
            saveDraftOnFailure: boolean;
        };
        KakaotalkInputTemplateDetailsDto: {
            name: string;
            /** @example EN */
            language: components["schemas"]["KakaotalkInputTemplateLanguagesEnum"];
            /** @description Template body. Not needed for draft. */
            content: string;
            /** @default BASIC */
            messageType: components["schemas"]["KakaotalkInputKakaoTalkTemplateMessageTypeEnum"];
            /** @default EMPHASIZE_TYPE_NONE */
            emphasizeType: components["schemas"]["KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
            /**
             * @description Template subcategory code from list template categories.
             * @default 999999
             * @example 001001
             */
            categoryCode: string;
            /**
             * @description Security message (e.g. OTP): text shown only on the main device at send time.
             * @default false
             */
            securityFlag: boolean;
            /** @description Additional info block. */
            extra?: string;
            /** @description Clients truncate: Android >2 lines of 23 chars, iOS >2 lines of 27 chars. */
            title?: string;
            /** @description Clients truncate: Android >18 chars, iOS >21 chars. */
            subtitle?: string;
            /** @description Uploaded file name. */
            imageName?: string;
            /**
             * Format: url
             * @description JPEG/PNG, <=500KB, at least 500x250 px, aspect 2:1.
             */
            imageUrl?: string;
            /** @description Button 'type' values must be unique across items. */
            buttons?: components["schemas"]["KakaotalkInputButtonDto"][];
        };
        KakaotalkInputButtonDto: {
            /** @description Button position. */
            ordering: number;
            type: components["schemas"]["KakaotalkInputKakaoTalkButtonTypeEnum"];
            /** @description Not needed for draft. */
            name: string;
            /**
             * Format: url
             * @description Mobile web link.
             */
            linkMo?: string;
            /**
             * Format: url
             * @description Desktop web link.
             */
            linkPc?: string;
            /**
             * Format: url
             * @description IOS app link.
             */
            schemeIos?: string;
            /**
             * Format: url
             * @description Android app link.
             */
            schemeAndroid?: string;
        };
        /** @description Body of update template (all optional; {} is a valid minimal body) */
        KakaotalkInputUpdateTemplateDto: {
            /** @default DRAFT */
            status: components["schemas"]["KakaotalkActionsEnum"];
            details?: components["schemas"]["KakaotalkInputUpdateTemplateDetailsDto"];
        };
        /** @description Like KakaotalkInputTemplateDetailsDto but all optional, no language, no defaults; some fields accept null to clear. */
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
             * @description JPEG/PNG, <=500KB, >=500x250 px, 2:1.
             */
            imageUrl?: string | null;
            buttons?: components["schemas"]["KakaotalkInputButtonDto"][] | null;
        };
        /** @description A KakaoTalk template. */
        KakaotalkTemplateDto: {
            /** @example 1a76b24e-bead-4c72-b468-6c3bdfff0ee6 */
            id?: string;
            /**
             * @description Registered delivery template code; used as {templateCode}.
             * @example S7yFqaKqJ8tsnBZH2CEd
             */
            code: string;
            state?: components["schemas"]["KakaotalkTemplateStatesEnum"];
            changes?: components["schemas"]["KakaotalkTemplateChangesDto"];
            details?: components["schemas"]["KakaotalkTemplateDetailsDto"];
            /**
             * @description UTC ISO 8601.
             * @example 2023-02-24T10:19:31.372Z
             */
            created?: string;
            /** @description UTC ISO 8601. */
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
             * @description Opt-in request or short ad phrase (response-only field)
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
        /** @description Same fields as KakaotalkTemplateDetailsDto, none required (update change set) */
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
            /** @description First for a new template, second for an update; no discriminator. */
            details: components["schemas"]["KakaotalkTemplateDetailsDto"] | components["schemas"]["KakaotalkTemplateChangesDetailsDto"];
        };
        /** @description Button as returned (no constraints, nothing required) */
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
         * @description Unlike senders, no ACTIVE/INACTIVE.
         * @enum {string}
         */
        KakaotalkTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
        /** @enum {string} */
        KakaotalkInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
        /**
         * @description Response side: input list plus UNRECOGNIZED (value from upstream not known to this API version)
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
        KakaotalkTemplateWebhookEvent: {
            /** @enum {string} */
            type: "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_REJECTED";
            /** @description Template at event time. */
            payload: components["schemas"]["KakaotalkTemplateDto"];
            /** @description Required only for KAKAOTALK_TEMPLATE_COMMENT_ADDED. */
            comment?: string;
        };
        KakaotalkSenderCategoryListDto: {
            categories: components["schemas"]["KakaotalkSenderCategoryDto"][];
        };
        /** @description Recursive sender-category tree node. */
        KakaotalkSenderCategoryDto: {
            /**
             * @description Empty string at depth 1.
             * @example 001
             */
            parentCode: string;
            /** @description 1=top (3-digit code), 2=mid, 3=sub (4-digit codes) */
            depth: number;
            /** @example 0001 */
            code: string;
            /** @description Korean label, e.g. 건강 (health), 병원 (hospital) */
            name: string;
            /** @description [] on leaves. */
            subcategories: components["schemas"]["KakaotalkSenderCategoryDto"][];
        };
        KakaotalkTemplateCategoryListDto: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            categories: components["schemas"]["KakaotalkTemplateCategoryDto"][];
        };
        /** @description Template category group. */
        KakaotalkTemplateCategoryDto: {
            /**
             * @description Korean group name.
             * @example 회원
             */
            name: components["schemas"]["KakaotalkTemplateCategoryNamesEnum"];
            /** @example Membership */
            nameEnglish: components["schemas"]["KakaotalkTemplateCategoryEnglishNamesEnum"];
            subcategories: components["schemas"]["KakaotalkTemplateSubcategoryDto"][];
        };
        KakaotalkTemplateSubcategoryDto: {
            /**
             * @description 6-digit code to use as template details.categoryCode.
             * @example 001001
             */
            code: string;
            /** @example 회원가입 */
            name: components["schemas"]["KakaotalkTemplateSubcategoryNamesEnum"];
            /** @example Join membership */
            nameEnglish: components["schemas"]["KakaotalkTemplateSubcategoryEnglishNamesEnum"];
            /** @example 회원 */
            groupName: string;
            /** @description Which templates belong here (Korean text) */
            inclusion: string;
            /** @description Which templates do not belong here (Korean text, may be empty) */
            exclusion: string;
        };
        /** @enum {string} */
        KakaotalkTemplateCategoryNamesEnum: "구매" | "기타" | "리포팅" | "배송" | "법적고지" | "서비스이용" | "업무알림" | "예약" | "쿠폰/포인트" | "회원" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkTemplateCategoryEnglishNamesEnum: "Business notification" | "Coupon/Points" | "Customer service" | "Legal notification" | "Membership" | "Others" | "Purchase" | "Reports" | "Reservation" | "Shipping" | "UNRECOGNIZED";
        /** @enum {string} */
        KakaotalkTemplateSubcategoryNamesEnum: "인증/비밀번호/로그인" | "회원가입" | "회원정보/회원혜택" | "구매예약/입고알림" | "구매완료" | "구매취소" | "상품가입" | "진행상태" | "예약상태" | "예약알림/리마인드" | "예약완료/예약내역" | "예약취소" | "구매감사/이용확인" | "리마인드" | "방문서비스" | "신청접수" | "이용도구" | "이용안내/공지" | "처리완료" | "피드백 요청" | "거래알림" | "계약/견적" | "뉴스레터" | "안전/피해예방" | "요금청구" | "피드백" | "배송상태" | "배송실패" | "배송예정" | "배송완료" | "개인정보" | "수신동의" | "약관변경" | "휴면 관련" | "내부 업무 알림" | "주문/예약" | "쿠폰/포인트안내" | "쿠폰발급" | "쿠폰사용" | "포인트사용" | "포인트적립" | "기타" | "UNRECOGNIZED";
        /**
         * @description 42 values + UNRECOGNIZED (spelling 'Member ship' is as published)
         * @enum {string}
         */
        KakaotalkTemplateSubcategoryEnglishNamesEnum: "Authentication/Password/Login" | "Join membership" | "Membership information/Member ship benefits" | "Pre-order/Stock alerts" | "Product subscription" | "Purchase cancellation" | "Purchase completed" | "Purchase status" | "Completed reservations/Reservation history" | "Notification/Reminder" | "Reservation cancellation" | "Reservation status" | "Application reception" | "Feedback request" | "Greeting message/Order confirmation" | "Information/Notification" | "Notification for treated demands" | "Reminder message" | "Tools for use" | "Visiting service" | "Billing" | "Contract/Quote" | "Feedback" | "Newsletter" | "Safety/Damage prevention" | "Transaction notification" | "Failed shipment" | "Shipping completed" | "Shipping estimation" | "Shipping status" | "Change of terms and conditions" | "Consent of reception" | "Dormant account related" | "Privacy" | "Internal business notification" | "Order/Reservation" | "Coupon issuance" | "Earn points" | "Information coupon/Points" | "Notification for coupon use" | "Use of points" | "Others" | "UNRECOGNIZED";
        RcsPapiErrorDto: {
            /** @description Machine-readable error code, e.g. sender_not_found. */
            errorCode: string;
            /** @description Human-readable text. */
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            /** @description Schema says map of string arrays; examples also show plain comma-separated strings (supportedCodes, validUseCases, supportedValues) besides validationErrors arrays. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        RcsCommentInputDto: {
            comment: string;
        };
        /**
         * @description Const.
         * @enum {string}
         */
        RcsCommentTypeEnum: "CREATED";
        RcsCommentDto: {
            /** @enum {unknown} */
            type: components["schemas"]["RcsCommentTypeEnum"];
            comment: string;
            /** @description Creation time, ISO 8601 in examples. */
            created?: string;
        };
        RcsAccountNotificationListDto: {
            /** @description Number of entries matching the query. */
            totalSize: number;
            /** @description Requested page size. */
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
            /** @description Set for COMMENT_ADDED. */
            comment?: string;
        };
        /** @enum {string} */
        RcsAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED";
        /** @description Inline body of the 'Comment' callback of POST /rcs/comments. */
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
        /** @description Inline body of the StatusUpdate callback declared on create sender; example previousState IN_PROGRESS -> currentState IN_TEST. */
        RcsSenderStatusUpdatedCallback: {
            /** @example RCS_SENDER_STATUS_UPDATED */
            type: string;
            /** @description Sender as it was when the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /** @enum {string} */
            previousState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            /** @enum {string} */
            currentState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            /** @description Comment for the sender. */
            comment?: string;
        };
        /** @description Inline body of the OperatorStatusUpdate callback declared on create sender; example operator Free in FR going PENDING -> LAUNCHED. */
        RcsSenderOperatorStatusUpdatedCallback: {
            /** @example RCS_SENDER_OPERATOR_STATUS_UPDATED */
            type: string;
            /** @description Sender as it was when the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /**
             * @description Mobile operator whose status changed.
             * @enum {string}
             */
            operator: "1und1" | "3" | "9 Mobile" | "A1" | "Africell" | "Airtel" | "Altan" | "AT&T" | "Bell" | "Bouygues" | "BSNL" | "C-Spire" | "Cell C" | "Claro" | "Coriolis Telecom" | "Cosmote" | "Deutsche Telekom" | "Dialog Axiata PLC" | "Digi" | "DISH Wireless" | "DNA" | "Eastlink" | "EE" | "Elisa" | "Entel" | "Ethio Telecom" | "Fizz" | "Free" | "Freedom" | "Glo" | "Google Fi" | "Hrvatski Telecom" | "Hutchison 3G" | "Iliad" | "Indosat Ooredoo Hutchison" | "JIO" | "KDDI" | "Kpn" | "Kyivstar" | "Lebara Mobile" | "Legos" | "lifecell" | "Lycamobile" | "M1" | "Magenta" | "MEO" | "MobiFone" | "Movistar" | "MTN" | "NOS" | "NRJ Mobile" | "NTTDocomo" | "O2" | "Odido" | "Ooredoo" | "Orange" | "Personal" | "Proximus" | "Reliance JIO" | "Robi Axiata" | "Rogers" | "Sasktel" | "SFR" | "Simba" | "Singtel" | "Sky" | "Smart" | "Smartfren" | "Softbank" | "Spectrum" | "Starhub" | "Swisscom" | "T-Mobile" | "Telcel" | "Tele2" | "Telefonica" | "Telekom" | "Telenet" | "Telenor" | "Telia" | "Telkom" | "Telkomsel" | "Telus" | "Three" | "TIM" | "TracFone" | "US Cellular" | "Verizon" | "Videotron" | "Vivo" | "Vodacom" | "Vodafone" | "Vodafone Idea" | "WindTre" | "Xfinity" | "XL" | "Yoigo" | "Unrecognized";
            /**
             * @description ISO 3166 alpha-2 country of the operator.
             * @enum {string}
             */
            operatorCountry: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
            /**
             * @description Operator status before the change (inline enum, same values as RcsOperatorStatusEnum)
             * @enum {string}
             */
            operatorPreviousStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            /**
             * @description Operator status after the change.
             * @enum {string}
             */
            operatorCurrentStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            /** @description Comment for the sender. */
            comment?: string;
        };
        /** @description Inline body of the 'Comment' callback declared on create sender. */
        RcsSenderCommentAddedCallback: {
            /** @example RCS_SENDER_COMMENT_ADDED */
            type: string;
            /** @description Sender as it was when the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /** @example Example comment */
            comment?: string;
        };
        /** @description Inline body of the BrandOrderStatusUpdate callback declared on create sender; example status COMPLETED with comment 'Brand registration approved'. */
        RcsBrandRegistrationProcessStatusUpdatedCallback: {
            /** @example RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED */
            type: string;
            /** @description Sender as it was when the event fired. */
            payload: components["schemas"]["RcsSenderDto"];
            /**
             * @description Current status of the brand registration process.
             * @enum {string}
             */
            status: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
            /** @description Comment for the sender. */
            comment?: string;
        };
        /**
         * @description Use case on input and as questionnaire path parameter.
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
         * @description Google-side hosting region (internal)
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
         * @description Countries an RCS sender can be launched in (ISO 3166 alpha-2)
         * @enum {string}
         */
        RcsInputRcsCountryCodesEnum: "AT" | "BE" | "BR" | "CA" | "CZ" | "DK" | "FI" | "FR" | "DE" | "GR" | "HU" | "IT" | "LT" | "MX" | "NL" | "NO" | "PE" | "PL" | "PT" | "SG" | "SK" | "ES" | "SE" | "US" | "GB";
        /**
         * @description ISO 3166 alpha-2 codes on output (includes AQ and UNRECOGNIZED)
         * @enum {string}
         */
        RcsCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /**
         * @description ISO 3166 alpha-2 codes accepted in US questionnaire answers (no AQ)
         * @enum {string}
         */
        RcsInputCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description RcsInputCountryCodesEnum without US; tax country for non-US tax IDs.
         * @enum {string}
         */
        RcsInputCountryCodesNonUsEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description Const US; tax country for US tax IDs.
         * @enum {string}
         */
        RcsInputCountryCodesUsEnum: "US";
        /**
         * @description US states, DC and territories.
         * @enum {string}
         */
        RcsUsStatesEnum: "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";
        /** @enum {string} */
        RcsUsQuestionnaireBrandIndustriesEnum: "AGRICULTURE" | "COMMUNICATION" | "CONSTRUCTION" | "EDUCATION" | "ENERGY" | "ENTERTAINMENT" | "FINANCIAL" | "GAMBLING" | "GOVERNMENT" | "HEALTHCARE" | "HOSPITALITY" | "HUMAN_RESOURCES" | "INSURANCE" | "LEGAL" | "MANUFACTURING" | "NON_GOVERNMENTAL_ORGANIZATION" | "POLITICAL" | "POSTAL" | "PROFESSIONAL" | "REAL_ESTATE" | "RETAIL" | "TECHNOLOGY" | "TRANSPORTATION";
        /**
         * @description PUBLIC ownership allows only CORPORATION; PRIVATE allows all four.
         * @enum {string}
         */
        RcsUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /**
         * @description Const.
         * @enum {string}
         */
        RcsPublicUsQuestionnaireBrandLegalFormsEnum: "CORPORATION";
        /** @enum {string} */
        RcsPrivateUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /** @enum {string} */
        RcsUsQuestionnaireOwnershipTypeEnum: "PRIVATE" | "PUBLIC";
        /**
         * @description Const.
         * @enum {string}
         */
        RcsUsQuestionnaireOwnershipTypePublicEnum: "PUBLIC";
        /**
         * @description Const.
         * @enum {string}
         */
        RcsUsQuestionnaireOwnershipTypePrivateEnum: "PRIVATE";
        /** @enum {string} */
        RcsUsQuestionnaireBrandCampaignVersionsEnum: "NON_US_PRIVATE" | "NON_US_PUBLIC" | "US_PRIVATE" | "US_PUBLIC";
        /**
         * @description V1 legacy US questionnaire, v2 current.
         * @enum {string}
         */
        RcsUsQuestionnaireVersionsEnum: "v1" | "v2";
        /** @enum {string} */
        RcsTestNumberStatesEnum: "DECLINED" | "EXPIRED" | "FAILED" | "INVALID" | "PENDING" | "REJECTED" | "UNVERIFIED" | "VERIFIED" | "UNRECOGNIZED";
        /**
         * @description Used for both operator and country status.
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
             * @description ID of the linked Conversation API app.
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
             * @description Credential name used to connect the sender to a Conversation API app.
             * @example yurwN6123asd
             */
            authName?: string;
            /**
             * @description Credential token for the same purpose.
             * @example ejiiqJtDyurwN6jLze8v
             */
            authToken?: string;
            /** Format: ISO 8601 UTC */
            created?: string;
            /** Format: ISO 8601 UTC */
            modified?: string;
            /**
             * Format: ISO 8601 UTC
             * @description Time of the last launch.
             */
            launched?: string;
            supplierDetails?: components["schemas"]["RcsSupplierDetailsDto"];
            /** @description Brand registration; appears in one get-sender example (id eceed77f-22f6-42bc-b2ce-3fe65916028e, status DRAFT, registration {id 2ea4f0aa-f85d-4785-9ad9-0b08bbc148c2, status NEW}) */
            brandDetails?: components["schemas"]["RcsBrandRegistrationDto"];
            /** @description Campaign registration (not in the examples) */
            campaignDetails?: components["schemas"]["RcsCampaignRegistrationDto"];
        };
        RcsConversationApiAppDto: {
            id: string;
            /** @example ea026751-3edf-40a9-ad93-1b382bd60a78 */
            projectId: string;
            region: components["schemas"]["RcsConversationApiAppRegionsEnum"];
            /** @description State of the RCS channel credentials on the app. */
            channelStatus?: components["schemas"]["RcsConversationAppChannelIntegrationStatusEnum"];
        };
        RcsTestNumberStateDto: {
            /** Format: e.164 phone number */
            number: string;
            state: components["schemas"]["RcsTestNumberStatesEnum"];
            /** @description When the number was submitted. */
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
             * @description Note on the current status.
             * @example Sender was rejected due to operator policy.
             */
            remark?: string;
            /** @description Last status change. */
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
            /** @description Campaign registration (campaign hub) ID. */
            id: string;
            campaignName: string;
            /** @description Request correlation ID. */
            requestId: string;
        };
        RcsSenderDetailsDto: {
            brand?: components["schemas"]["RcsSenderDetailsBrandDto"];
            /**
             * Format: url
             * @deprecated
             * @description Use webhooks for sender events instead.
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
            /** @description National number without separators, or E.164. */
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
            /** @description Only used for reseller (ASP) accounts. */
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
        /** @description Like the US public set without stockExchange/stockSymbol. */
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
        /** @description Like the US public set without addressState. */
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
        /** @description Without addressState, stockExchange, stockSymbol. */
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
        /** @description Generic brand-campaign set; same fields as the US public set. */
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
        /** @description Brand-campaign set plus the deprecated v1 questions ein, fullCompanyAddress, smsCampaign (all listed as required) */
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
         * @description Legacy (v1) US questions; use the brand-campaign DTOs.
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
        /** @description Response of GET /rcs/questionnaire/{useCase}; questions only, no answers. */
        RcsSenderDetailsQuestionnaireBaseDto: {
            general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralBaseDto"];
            verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationBaseDto"];
            /** @description UK-specific questions. */
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBBaseDto"];
            /** @description France-specific questions. */
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRBaseDto"];
            /** @description US-specific questions. */
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
            /** @description How users opt in. */
            optInDescription?: string;
            optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description What triggers messages. */
            triggerDescription?: string;
            triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            interactionsDescription?: string;
            interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description Message sent when a user opts out. */
            optOutDescription?: string;
            optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description Public videos of the sender, for review only. */
            videoUris?: string[];
            /** @description Public screenshots, for review only. */
            screenshotUris?: string[];
        };
        RcsSenderDetailsQuestionnaireAnswerMetadataDto: {
            /**
             * @description Text dropped at launch, e.g. a custom delimiter.
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
            /** @description E.164. */
            phone?: string;
            /** @description Reseller (ASP) accounts only. */
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
             * @description French company directory number.
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
            /** @description Brand or DBA name. */
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
            /** @description US employer ID. */
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataDto"];
            /** @description US SMS campaign used as fallback. */
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description Create-sender body. */
        RcsSenderInputDto: {
            region: components["schemas"]["RcsInputSenderRegionsEnum"];
            billingCategory: components["schemas"]["RcsInputSenderBillingCategoriesEnum"];
            useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
            details?: components["schemas"]["RcsSenderDetailsInputDto"];
        };
        /** @description The getting-started example also sends details.callbackUrl (deprecated on output; not listed in this input schema as read) */
        RcsSenderDetailsInputDto: {
            brand?: components["schemas"]["RcsSenderDetailsBrandInputDto"];
            /** @description Tester numbers; 20 tester invites per day, 200 in total. */
            testNumbers?: string[];
            /** @description Launch countries. */
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
            /** @description Launch questionnaire answers. */
            questionnaire?: components["schemas"]["RcsSenderDetailsQuestionnaireInputDto"];
        };
        RcsSenderDetailsBrandInputDto: {
            /** @default RCS Sender */
            name: string;
            /** @description Address must be unique across items. */
            emails?: components["schemas"]["RcsEmailInputDto"][];
            /** @description Number must be unique across items. */
            phones?: components["schemas"]["RcsPhoneInputDto"][];
            /** @description Url must be unique across items. */
            websites?: components["schemas"]["RcsWebsiteInputDto"][];
            /**
             * Format: hex
             * @default #000000
             */
            color: string;
            description?: string;
            /**
             * Format: url
             * @description JPEG or PNG, at most 200 KB, exactly 1440x448 px.
             */
            bannerUrl?: string;
            /**
             * Format: url
             * @description JPEG or PNG, at most 50 KB, exactly 224x224 px.
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
        /** @description The getting-started example '+33 777-777-777' contains a hyphen, which this pattern would not accept. */
        RcsPhoneInputDto: {
            label: string;
            /** @description National number without country code and separators, or E.164. */
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
            /** @description Text dropped at launch, e.g. a custom delimiter. */
            ignore?: string;
        };
        RcsSenderDetailsQuestionnaireVerificationInputDto: {
            /** @description Senders on the US questionnaire v2 must also give phone at launch; others need name, email, website. */
            answers: components["schemas"]["RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswersInputDto"];
        };
        /** @description Variant for senders without the US questionnaire; required name, email, website. */
        RcsSenderDetailsQuestionnaireVerificationAnswersInputDto: {
            /** @description Schema-required; text says needed for launch, not create. */
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            /** @description E.164; needed for launch only with US questionnaire v2. */
            phone?: string;
            /** @description Reseller (ASP) accounts only; ignored otherwise. */
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto"];
        };
        /** @description Variant for senders with the US questionnaire; required name, email, website, phone. */
        RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto: {
            /** @description Schema-required; text says needed for launch, not create. */
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            /** @description E.164; needed for launch only with US questionnaire v2. */
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
            /** @description Free text; questionnaire suggests '0 - 10K messages', '10K - 100K messages', '100K - 1M messages', '1M+ messages'. */
            messagesVolume?: string;
            /** @description Suggested: Once per day/week/month/3 months/6 months. */
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
            /** @description 9-digit SIREN (French company directory number) */
            siren?: string;
        };
        RcsSenderDetailsQuestionnaireUSInputDto: {
            answers: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswersInputDto"];
        };
        /** @description All answers are needed for launch, not for create, even where listed as required. Variant for taxIdCountry = US, ownershipType = PUBLIC. */
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Brand or DBA name tied to the legal name. */
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
             * @description US tax ID in XX-XXXXXXX form.
             * @example 12-3456789
             */
            taxId: string;
            /** @description Checked when taxIdCountry is US. */
            addressState: components["schemas"]["RcsUsStatesEnum"];
            /**
             * @description Checked when ownershipType is PUBLIC.
             * @example NASDAQ
             */
            stockExchange: string;
            /** @example EXMPL */
            stockSymbol: string;
        };
        /** @description Variant for taxIdCountry = US, ownershipType = PRIVATE. */
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Brand or DBA name tied to the legal name. */
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
             * @description US tax ID in XX-XXXXXXX form.
             * @example 12-3456789
             */
            taxId: string;
            /** @description Checked when taxIdCountry is US. */
            addressState: components["schemas"]["RcsUsStatesEnum"];
        };
        /** @description No addressState. Variant for taxIdCountry != US, ownershipType = PUBLIC. */
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Brand or DBA name tied to the legal name. */
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
            /** @description Non-US tax ID, free string. */
            taxId: string;
            /**
             * @description Checked when ownershipType is PUBLIC.
             * @example NASDAQ
             */
            stockExchange: string;
            /** @example EXMPL */
            stockSymbol: string;
        };
        /** @description Variant for taxIdCountry != US, ownershipType = PRIVATE. */
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            /** @description Brand or DBA name tied to the legal name. */
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
            /** @description Non-US tax ID, free string. */
            taxId: string;
        };
        /**
         * @deprecated
         * @description Legacy (v1) US answers.
         */
        RcsSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName?: string;
            /** @description US employer ID, XX-XXXXXXX. */
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInputDto"];
            /** @description US SMS campaign used as fallback. */
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description PATCH body; null on a nullable field deletes the stored value. */
        RcsUpdateSenderInputDto: {
            details: components["schemas"]["RcsUpdateSenderDetailsInputDto"];
        };
        RcsUpdateSenderDetailsInputDto: {
            brand?: components["schemas"]["RcsUpdateSenderDetailsBrandInputDto"];
            testNumbers?: string[] | null;
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][] | null;
            questionnaire?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireInputDto"];
        };
        /** @description Like RcsSenderDetailsBrandInputDto but no defaults and nullable lists. */
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
             * @description Same image limits as on create.
             */
            bannerUrl?: string;
            /**
             * Format: url
             * @description Same image limits as on create.
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
            /** @description MinItems on this field not visible in the part read. */
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
            /** @description UK-specific launch answers. */
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
            /** @description 9-digit SIREN. */
            siren?: string | null;
        };
        RcsUpdateSenderDetailsQuestionnaireUSInputDto: {
            answers: components["schemas"]["RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto"] | components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto"];
        };
        /** @description Single update shape for all four US variants; text fields nullable (null deletes); no required list seen. */
        RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto: {
            companyLegalName?: string | null;
            companyPhoneNumber?: string | null;
            /** Format: email */
            companyEmailAddress?: string | null;
            /** @description Brand or DBA name tied to the legal name. */
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
            /** @description PUBLIC: CORPORATION only; PRIVATE: any of the four. */
            legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
            /** @description Drives validation of taxId and addressState. */
            taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            /** @description US: XX-XXXXXXX; other countries: free string up to 25. */
            taxId?: string | null;
            /** @description Checked only when taxIdCountry is US. */
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
            /** @description RBM features the device supports. */
            features: components["schemas"]["RcsTestNumberCapabilitiesFeaturesEnum"][];
        };
        /** @description Error body returned by every SMS Apps endpoint on failure. */
        SmsPapiErrorDto: {
            /** @description Machine-readable code, e.g. sms_app_not_found. */
            errorCode: string;
            message: string;
            /** @description Hint on how to fix. */
            resolution: string;
            /** @description E.g. validationErrors: [string]. */
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description Lifecycle status of an SMS app.
         * @enum {string}
         */
        SmsProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
        /**
         * @description Regions an existing SMS app can report (response side)
         * @enum {string}
         */
        SmsSmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description Regions accepted when creating an SMS app (request side) The staging environment accepts only EU or US.
         * @enum {string}
         */
        SmsInputSmsAppRegionsEnum: "BR" | "EU" | "US";
        /**
         * @description Region of the linked Conversation API app.
         * @enum {string}
         */
        SmsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description State of the SMS channel credentials on the linked Conversation app.
         * @enum {string}
         */
        SmsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description The Conversation API app that an SMS app is linked to. */
        SmsConversationApiAppDto: {
            /** @example 4CF9CE97504C4A468F4610919D17ECC1 */
            id: string;
            /** @example ea026751-3edf-40a9-ad93-1b382bd60a78 */
            projectId: string;
            region: components["schemas"]["SmsConversationApiAppRegionsEnum"];
            /** @description AllOf [$ref]. */
            channelStatus?: components["schemas"]["SmsConversationAppChannelIntegrationStatusEnum"];
        };
        /** @description An SMS app as returned by create, get, update and list. */
        SmsSmsAppDto: {
            /**
             * @description 32 lowercase hex chars in the examples.
             * @example 439fffeedc41494ca58b99a534139bb0
             */
            id: string;
            /**
             * @description The SMS service the app belongs to.
             * @example 4b4ef32ba72d415cb259d179afa33d75
             */
            smsServiceId: string;
            name: string;
            /** @description AllOf [$ref]. */
            status: components["schemas"]["SmsProvisioningStatesEnum"];
            regions: components["schemas"]["SmsSmsAppRegionsEnum"][];
            /** @description Present only when the app is linked to a Conversation API app; allOf [$ref]. */
            conversationApiAppDetails?: components["schemas"]["SmsConversationApiAppDto"];
            /** @description True for a test app. */
            test: boolean;
        };
        /** @description One page of SMS apps. */
        SmsSmsAppListDto: {
            /** @description Total entries matching the query. */
            totalSize: number;
            /** @description Page size that was requested. */
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            smsApps: components["schemas"]["SmsSmsAppDto"][];
        };
        /** @description Body of create SMS app. */
        SmsInputSmsAppDto: {
            name: string;
            /** @description AllOf [$ref]; BR|EU|US (staging: EU|US) */
            region: components["schemas"]["SmsInputSmsAppRegionsEnum"];
            /**
             * @deprecated
             * @description Ignored by the server; will be removed.
             * @default false
             */
            test: boolean;
            /** @description True = also create a new Conversation API app and link it. */
            convApiApp?: boolean;
            /** @description ID of an existing Conversation API app to link. Cannot be combined with convApiApp; example 01KXD2MJSAN61CNE0CJ6VT6PXP (ULID-like, 26 chars) */
            convApiAppId?: string;
        };
        /** @description Body of update SMS app. The schema has no required list, but an empty body gets 400 no_fields_to_update. */
        SmsUpdateSmsAppDto: {
            /** @description New name. */
            name?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Base64 HMAC-SHA256 signature of the event.
         * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
         */
        WebhookSignature: string;
        /** @example HmacSHA256 */
        WebhookSignatureAlgorithm: "HmacSHA256";
        /**
         * @description ULID-like.
         * @example 01EAW2BNWCG9DC13RS582V0ZQ3
         */
        WebhookSignatureNonce: string;
        /**
         * @description Unix epoch seconds as string.
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
                /** @description Token from a previous list response. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Project ID from the Sinch Dashboard. */
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
            /** @description Secret is not echoed back in the response. */
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
            /** @description No body. */
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
                /** @description Default page is 10 entries. */
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
            /** @description Bundle usually still IN_PROGRESS at response time; register a BUNDLE_DONE webhook for the final payload. */
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
                /** @description Conversation API app ID from the dashboard. */
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
        /** @description No discriminator; the deprecated variant is the OBO flow (companyLegalName), the other is partner-initiated (wabaName + senderDetails) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappInputAccountPartnerInitiatedDto"] | components["schemas"]["WhatsappInputAccountDtoDeprecated"];
            };
        };
        responses: {
            /** @description While pending, state is absent and changes.status is IN_PROGRESS with changes.details; once onboarded, state ONBOARDED and details are set. */
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
            /** @description Account deleted, no body. */
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
        /** @description At least one field must be supplied (no_fields_to_update otherwise) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappInputUpdateAccountDto"];
            };
        };
        responses: {
            /** @description Example: state REJECTED with changes.status IN_PROGRESS. */
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
                /** @description Token from a previous response; omit for the first page. */
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
            /** @description No response body declared. */
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
        /** @description At least one of facebookToken or facebookCode must be given (400 invalid_input otherwise) */
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
                 * @description Meta flow id as returned by list flows.
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
            /** @description Assigned, no body. */
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
                /** @description Token from a previous page response. */
                pageToken?: string;
                pageSize?: number;
                /** @description Filter on sender state. */
                filterStates?: components["schemas"]["WhatsappSenderStatesEnum"][];
                /** @description Filter on status of pending changes; error example lists supported codes DRAFT, ERROR, IN_PROGRESS, REJECTED (MULTIPLE_WABA_ERROR is kept only for backward compatibility) */
                filterStatuses?: components["schemas"]["WhatsappSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description No discriminator field; the variant is recognised by which fields are present. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSenderInputEsDto"] | components["schemas"]["WhatsappInputSenderPhoneProvisioningDto"] | components["schemas"]["WhatsappInputSenderPartnerInitiatedDto"] | components["schemas"]["WhatsappSenderInputDtoDeprecated"];
            };
        };
        responses: {
            /** @description Example shows no state yet and changes.status IN_PROGRESS. */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body. */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        /** @description Null on a nullable detail field deletes that value. */
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
                /** @description Token from a previous page response. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
                /** @example cf11794a-6a5e-4a12-b103-da79bd378bf1 */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body. */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
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
            /** @description VerificationCodeSent is false when the number is already registered. */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
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
            /** @description No body. */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Token from a previous page response. */
                pageToken?: string;
                pageSize?: number;
                /** @description Restricts which template fields are returned. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                filterStates?: components["schemas"]["WhatsappTemplateStatesEnum"][];
                filterStatuses?: components["schemas"]["WhatsappTemplateStatusesEnum"][];
                /** @description Analytics window; DAY is used when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
                /** @description Prefix match: returns templates whose name starts with this value. */
                templateName?: string;
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partial variant has every field optional (presumably returned when fieldMask is used; the page does not say so) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description Examples are reproduced with the singular `example` key for header/button samples (see notes on the example/examples naming); the authenticationFull example sets the deprecated packageName/signatureHash next to supportedApps and shows two BUTTONS components, which contradicts the one-per-type rule; a flowMarketing example is identical to flowUtility with category MARKETING. */
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
                /** @description Token from a previous page response. */
                pageToken?: string;
                pageSize?: number;
                /** @description Restricts which template fields are returned. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                /** @description Analytics window; DAY is used when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
                /** @example my_template */
                templateName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body. */
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
                /** @description Restricts which template fields are returned. */
                fieldMask?: components["schemas"]["WhatsappTemplateDtoFieldMaskPathsEnum"][];
                /** @description Analytics window; DAY is used when omitted. */
                templateAnalyticsDateRange?: components["schemas"]["WhatsappTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
                /** @description False: remove only a draft and fail on a submitted template; true: also remove what was submitted to Meta. */
                deleteSubmitted?: boolean;
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
            /** @description No body. */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
                /** @example my_template */
                templateName: string;
                /** @example EN_US */
                languageCode: components["schemas"]["WhatsappTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        /** @description Details.optimization omitted = unchanged; null = remove optimization; bidCountryMultiplierOverrides null = clear overrides. Dynamic pricing only for direct-business accounts whose WABA allows maximum-price templates, is linked to a Business Manager and has the Marketing API enabled. */
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
                /** @description Token from a previous page response. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
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
                /** @description Sinch project ID (Dashboard) */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body documented. */
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
                /** @description Token from a previous response to get the next page. */
                pageToken?: string;
                pageSize?: number;
                /** @description Only senders in these states. */
                filterStates?: components["schemas"]["KakaotalkSenderStatesEnum"][];
                /** @description Only senders whose pending changes have these statuses. */
                filterStatuses?: components["schemas"]["KakaotalkSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                /** @description Project ID from the Sinch dashboard. */
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
            /** @description Example shows only id, plusFriendId, changes{status,details}, created, modified (no state yet) */
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
                 * @description Identifies the sender.
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
            /** @description No body; sender marked for deletion after 60 days. */
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
            /** @description Examples: active sender with state+details+changes, or a draft-only sender with just plusFriendId+changes. */
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
            /** @description Example returns state VERIFYING. */
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
            /** @description Example returns state ACTIVE. */
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
                /** @description Max is 1000 here, 100 on the other KakaoTalk list endpoints. */
                pageSize?: number;
                pageToken?: string;
                /** @description Prefix match on template name. */
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
            /** @description Example: id, code, changes{status IN_PROGRESS, details}, created, modified. */
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
                 * @description Template code (docs call it the template's unique name)
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
                /** @description No description on this operation's param. */
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
                /** @description Token from a previous response to fetch another page. */
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Project ID from the Sinch dashboard. */
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
                /** @description Sender countries; selects the country-specific question blocks. */
                countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
                /** @description Which US brand-campaign question set (tax country x ownership) */
                usQuestionnaireBrandCampaignVersion?: components["schemas"]["RcsUsQuestionnaireBrandCampaignVersionsEnum"];
                /** @description V1 = legacy US questionnaire, v2 = current. */
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
                /** @description Default taken from the operation text (first 50) */
                pageSize?: number;
                /** @description Only senders linked to this Conversation API app. */
                filterConversationApiAppId?: string;
                /** @description Only these sender IDs (format of the list not stated) */
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
        /** @description Sender data. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsSenderInputDto"];
            };
        };
        responses: {
            /** @description Sender */
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
                /** @description ID of the sender. */
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sender */
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
                /** @description US questionnaire version to apply for this update. */
                usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        /** @description Sender data update. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsUpdateSenderInputDto"];
            };
        };
        responses: {
            /** @description Sender */
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
                /** @description Token from a previous response to fetch another page. */
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
            /** @description Recent activities on sender */
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
        /** @description Comment data. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsCommentInputDto"];
            };
        };
        responses: {
            /** @description Created comment for a sender in project */
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
            /** @description Launched sender in project */
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
                /** @description E.164 number, e.g. +12223334444. */
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
                /** @description E.164 number, e.g. +12223334444. */
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body. */
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
                /** @description E.164 number. */
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
                /** @description E.164 number, e.g. +12223334444. */
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
                /** @description Default page is 50 (from the description and example) */
                pageSize?: number;
                /** @description Token from a previous list response. */
                pageToken?: string;
            };
            header?: never;
            path: {
                /** @description Project ID from the Sinch Dashboard. */
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
            /** @description No body. */
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
