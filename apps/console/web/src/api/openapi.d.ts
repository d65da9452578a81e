/*
 * Generated from the API's OpenAPI document by `npm run generate:api-types`
 * (apps/api/src/openapi/api-types.ts): do not edit; a spec fails when it differs from the API.
 */

export interface paths {
    "/audit/access-journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access journal: who read which personal information of which case, when, and why */
        get: operations["AccessJournalController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages of the notifier per kind: sent, pending, deferred, failed, awaiting a digest */
        get: operations["NotificationsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive email request */
        post: operations["ReceiveEmailRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-requests/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign email request */
        post: operations["AssignEmailRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-requests/{caseId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer email request */
        post: operations["AnswerEmailRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-requests/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close email request without answer */
        post: operations["CloseEmailRequestWithoutAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-requests/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An e-mail request's live state, from its workflow */
        get: operations["EmailRequestController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File internship application */
        post: operations["FileInternshipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign internship application */
        post: operations["AssignInternshipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/eligibility-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send eligibility reply */
        post: operations["SendEligibilityReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/interview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule interview */
        post: operations["ScheduleInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/interview/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record interview held */
        post: operations["RecordInterviewHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/final-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send final reply */
        post: operations["SendFinalReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw internship application */
        post: operations["WithdrawInternshipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internship-applications/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An internship application's live state, from its workflow */
        get: operations["InternshipApplicationController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit bilateral project */
        post: operations["SubmitBilateralProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign bilateral project */
        post: operations["AssignBilateralProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/negotiations/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start partner negotiations */
        post: operations["StartPartnerNegotiations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/negotiations/round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record negotiation round */
        post: operations["RecordNegotiationRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/negotiations/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End partner negotiations */
        post: operations["EndPartnerNegotiations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/negotiations/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abandon partner negotiations */
        post: operations["AbandonPartnerNegotiations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/analysis-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notify project analysis result */
        post: operations["NotifyProjectAnalysisResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/deployment-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record deployment support */
        post: operations["RecordDeploymentSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/deployed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record bilateral project deployed */
        post: operations["RecordBilateralProjectDeployed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw bilateral project */
        post: operations["WithdrawBilateralProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bilateral-projects/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bilateral project's live state, from its workflow */
        get: operations["BilateralProjectController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive complaint */
        post: operations["ReceiveComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign complaint */
        post: operations["AssignComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseId}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record complaint findings */
        post: operations["RecordComplaintFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer complaint */
        post: operations["AnswerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close complaint without answer */
        post: operations["CloseComplaintWithoutAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A complaint's live state, from its workflow */
        get: operations["ComplaintController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/telephone-inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record telephone inquiry */
        post: operations["RecordTelephoneInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/telephone-inquiries/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recorded telephone call, from its workflow */
        get: operations["TelephoneInquiryController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan premier mission */
        post: operations["PlanPremierMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign premier mission */
        post: operations["AssignPremierMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register mission participant */
        post: operations["RegisterMissionParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/registration/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close premier mission registration */
        post: operations["ClosePremierMissionRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/logistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record mission logistics service */
        post: operations["RecordMissionLogisticsService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start premier mission */
        post: operations["StartPremierMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End premier mission */
        post: operations["EndPremierMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/evaluation/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record mission evaluation answer */
        post: operations["RecordMissionEvaluationAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel premier mission */
        post: operations["CancelPremierMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A Premier-led mission's live state, from its workflow */
        get: operations["PremierMissionController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premier-missions/{caseId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mission's evaluation: plan, recipients, answers and compilation */
        get: operations["PremierMissionController_evaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish call for proposals */
        post: operations["PublishCallForProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit proposal */
        post: operations["SubmitProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend call for proposals */
        post: operations["ExtendCallForProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign evaluators */
        post: operations["AssignEvaluators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/conflicts-of-interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare conflict of interest */
        post: operations["DeclareConflictOfInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score proposal */
        post: operations["ScoreProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide selection */
        post: operations["DecideSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notify organization */
        post: operations["NotifyOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call for proposals' live state, from its workflow */
        get: operations["CallForProposalsController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls-for-proposals/{caseId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's declarations, scores, ranking and its formula, and any departure from it */
        get: operations["CallForProposalsController_evaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open cooperation engagement */
        post: operations["OpenCooperationEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign cooperation engagement */
        post: operations["ReassignCooperationEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record needs */
        post: operations["RecordNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/assessment-mission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan assessment mission */
        post: operations["PlanAssessmentMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/assessment-mission/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record assessment mission held */
        post: operations["RecordAssessmentMissionHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/assistance-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide on assistance */
        post: operations["DecideOnAssistance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw cooperation engagement */
        post: operations["WithdrawCooperationEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cooperation engagement's live state, from its workflow */
        get: operations["CooperationEngagementController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/action-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose action plan */
        post: operations["ProposeActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/action-plans/{version}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve action plan */
        post: operations["ApproveActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/action-plans/{version}/modifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action plan modifications */
        post: operations["RequestActionPlanModifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/action-plans/{version}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject action plan */
        post: operations["RejectActionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/action-plans/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions of an action plan */
        get: operations["ActionPlanController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan activity */
        post: operations["PlanActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/activities/{activityId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record activity held */
        post: operations["RecordActivityHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/activities/{activityId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel activity */
        post: operations["CancelActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/delivery/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare service delivery complete */
        post: operations["DeclareServiceDeliveryComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record follow up */
        post: operations["RecordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-engagements/{caseId}/activity-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit activity report */
        post: operations["SubmitActivityReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tamper evidence for the whole stored log */
        get: operations["LogVerificationController_verifyLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work queue: the cases the caller may read, filtered, sorted by due date, paginated */
        get: operations["CasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its event timeline */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An auditor reveals one case's personal information, for a stated reason that is journaled */
        post: operations["CasesController_disclose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tamper evidence for one case: its stored events hashed again and linked */
        get: operations["CasesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case as it stood at an instant, folded from its stored events */
        get: operations["CasesController_stateAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's history as sealed, with its chain proof (JSON or CSV) */
        get: operations["CasesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase personal information */
        post: operations["ErasePersonalInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct personal information */
        post: operations["CorrectPersonalInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal holds placed on a case, standing and lifted */
        get: operations["PrivacyController_list"];
        put?: never;
        /** Place legal hold */
        post: operations["PlaceLegalHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/holds/{holdId}/lifting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift legal hold */
        post: operations["LiftLegalHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/privacy/person-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A person's cases within the privacy officer's body, by e-mail address or name, none opened to find them */
        post: operations["PersonSearchController_find"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps the signed-in person may take on the case now, and where to send each */
        get: operations["CaseActionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clocks/{caseType}/{caseId}/{standardId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause service standard clock */
        post: operations["PauseServiceStandardClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clocks/{caseType}/{caseId}/{standardId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume service standard clock */
        post: operations["ResumeServiceStandardClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/service-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service-standard compliance per standard and month */
        get: operations["ReportsController_serviceStandards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/cooperation-portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cooperation portfolio, over a period */
        get: operations["ReportsController_cooperationPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries by ISO 3166-1 alpha-2 code, in French and English */
        get: operations["ReferenceController_countries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/parliaments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner parliaments, in French and English */
        get: operations["ReferenceController_parliaments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/support-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations that support a parliament (UNDP, APF...), in French and English */
        get: operations["ReferenceController_supportOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The declaration of services: every version of every standard */
        get: operations["ServiceStandardsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-standards/{standardId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish service standard revision */
        post: operations["PublishServiceStandardRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The due instant N working days after an instant */
        get: operations["CalendarController_dueDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holidays */
        get: operations["CalendarController_list"];
        put?: never;
        /** Add holiday */
        post: operations["AddHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/versions/{version}/moved-clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The running clocks a calendar version moved, with their old and new due instants (nothing personal) */
        get: operations["CalendarMovesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API reaches its database and Temporal */
        get: operations["HealthController_check"];
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
        AccessJournalEntryDto: {
            /** @description Its place in the journal, increasing. */
            id: string;
            /**
             * Format: date-time
             * @description When the read was answered, by the database clock.
             */
            readAt: string;
            /** @description Who read: the token's subject. */
            subject: string;
            /** @example case-officer */
            role: string;
            caseId: string;
            /** @example GET /cases/:caseId */
            route: string;
            /**
             * @description The personal fields the answer showed.
             * @example [
             *       "timeline[].data.sender.email"
             *     ]
             */
            fieldsShown: string[];
            /** @description Why, when the reader stated it. */
            reason: string | null;
            correlationId: string;
        };
        AccessJournalPageDto: {
            /** @description Oldest first. */
            items: components["schemas"]["AccessJournalEntryDto"][];
            page: number;
            pageSize: number;
            /** @description Entries matching the filters, all pages together. */
            total: number;
        };
        NotificationCountsDto: {
            /** @enum {string} */
            kind: "deadline-warning" | "breach" | "escalation" | "assignment";
            /** @description Accepted by the mail server. */
            sent: number;
            /** @description Due to be sent, not yet tried. */
            pending: number;
            /** @description Tried and refused or unreachable: retried with backoff. */
            deferred: number;
            /** @description Given up after the last attempt: to be looked into. */
            failed: number;
            /** @description Waiting for the recipient’s daily digest. */
            awaitingDigest: number;
        };
        EmailSenderDto: {
            /**
             * @description Personal information: kept confidential.
             * @example Awa Diallo
             */
            name?: string;
            /**
             * Format: email
             * @description Required (the deprecated `address` stands in for one version).
             * @example awa.diallo@example.org
             */
            email?: string;
            /**
             * Format: email
             * @deprecated
             * @description Deprecated: send `email`, the name every case type uses.
             */
            address?: string;
        };
        ReceiveEmailRequestDto: {
            sender: components["schemas"]["EmailSenderDto"];
            /** @example Stage dans une organisation internationale */
            subject: string;
            /** @example Quels sont les critères d’admissibilité ? */
            body: string;
            /**
             * @description The language the requester is answered in: French unless they wrote in English.
             * @default fr
             * @enum {string}
             */
            replyLanguage: "fr" | "en";
            /**
             * Format: date-time
             * @description When the e-mail arrived (it may be in the past); the four-working-day clock starts here. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            receivedAt?: string;
        };
        CaseViewDto: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description Sequence number of the case’s last event.
             * @example 1
             */
            sequence: number;
            /** @description The case type's state: status, assignee, clocks (by standard id), and its own facts. */
            state: {
                [key: string]: unknown;
            };
        };
        AssignCaseDto: {
            /**
             * @description The case officer who will answer.
             * @example carole
             */
            officerId: string;
            /**
             * @description Kept when a held case is reassigned.
             * @example Carole is back from leave
             */
            reason?: string;
        };
        AnswerEmailRequestDto: {
            /** @example Bonjour, les critères sont publiés sur notre site… */
            answer: string;
            /**
             * Format: date-time
             * @description When the answer was sent: when it happened; defaults to now; not in the future nor before the receipt. The clock counts it.
             * @example 2026-11-27T21:30:00.000Z
             */
            answeredAt?: string;
        };
        CloseEmailRequestDto: {
            /** @enum {string} */
            reason: "duplicate" | "not-for-ministry" | "withdrawn";
            /** @example Same question as the e-mail of 20 November */
            explanation: string;
            /**
             * Format: uuid
             * @description The case this one repeats; only with reason "duplicate".
             */
            duplicateOf?: string;
        };
        CandidateDto: {
            /**
             * @description Personal information: kept confidential.
             * @example Léa Tremblay
             */
            name: string;
            /**
             * Format: email
             * @example lea.tremblay@ulaval.example
             */
            email: string;
            /** @enum {string} */
            studyLevel: "master" | "doctorate" | "other";
            /** @example Université Laval */
            university: string;
            /** @example International law */
            fieldOfStudy: string;
        };
        FileInternshipApplicationDto: {
            candidate: components["schemas"]["CandidateDto"];
            /**
             * @example [
             *       "UNESCO",
             *       "OECD"
             *     ]
             */
            preferredOrganizations: string[];
            /**
             * Format: date-time
             * @description When it was officially filed; the five-working-day clock starts here. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            filedAt?: string;
        };
        EligibilityReplyDto: {
            /** @enum {string} */
            decision: "eligible" | "not-eligible";
            /** @description Required when not eligible. */
            reason?: string;
            /**
             * Format: date-time
             * @description When the reply was sent: when it happened; defaults to now; not in the future nor before the filing. The eligibility clock counts it.
             * @example 2026-06-22T14:00:00.000Z
             */
            sentAt?: string;
        };
        ScheduleInterviewDto: {
            /**
             * Format: date-time
             * @example 2026-12-01T14:00:00.000Z
             */
            scheduledFor: string;
            /** @enum {string} */
            format: "in-person" | "video-conference" | "telephone";
        };
        InterviewHeldDto: {
            /**
             * Format: date-time
             * @description When it was held (the ten-working-day clock starts here): when it happened; defaults to now; not in the future nor before its scheduled time.
             */
            heldAt?: string;
            /**
             * @example [
             *       "Marc Bouchard",
             *       "Julie Côté"
             *     ]
             */
            panel: string[];
        };
        PlacementDto: {
            /** @example Junior programme officer */
            post: string;
            /** @example Paris */
            city: string;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2027-07-31
             */
            endsOn: string;
        };
        FinalReplyDto: {
            /** @enum {string} */
            decision: "selected" | "not-selected";
            /**
             * @description With selected.
             * @example UNESCO
             */
            organization?: string;
            /** @description With selected. */
            placement?: components["schemas"]["PlacementDto"];
            /** @description With not selected. */
            reason?: string;
            /**
             * Format: date-time
             * @description When the reply was sent: when it happened; defaults to now; not in the future nor before the interview (or, without one, the eligibility reply). The final-reply clock counts it.
             * @example 2026-07-08T15:00:00.000Z
             */
            sentAt?: string;
        };
        WithdrawDto: {
            /** @example Accepted another offer */
            reason?: string;
        };
        InstitutionDto: {
            /** @example Cégep de Saint-Félicien */
            name: string;
            /**
             * @description Personal information: kept confidential.
             * @example Geneviève Bouchard
             */
            contactName?: string;
            /**
             * Format: email
             * @description Required (the deprecated `contactEmail` stands in for one version). Personal information: kept confidential.
             * @example genevieve.bouchard@cstfelicien.example
             */
            email?: string;
            /**
             * Format: email
             * @deprecated
             * @description Deprecated: send `email`, the name every case type uses.
             */
            contactEmail?: string;
        };
        CooperationAgreementDto: {
            /** @example Québec–Bavaria Cooperation Agreement */
            title: string;
            /** @example Free State of Bavaria */
            partnerGovernment: string;
        };
        RequestedSupportDto: {
            /** @example Travel costs of two trainer missions and liaison with the Bavarian ministry */
            description: string;
            /**
             * @description In Canadian dollars; absent when only services are asked for.
             * @example 18000
             */
            amountCad?: number;
        };
        SubmitBilateralProjectDto: {
            institution: components["schemas"]["InstitutionDto"];
            agreement: components["schemas"]["CooperationAgreementDto"];
            /** @example Trainer exchange in sustainable forest management */
            title: string;
            /** @example Two missions of forestry trainers between Saint-Félicien and Weihenstephan-Triesdorf. */
            summary: string;
            /**
             * @description The agreement’s priority area the project serves.
             * @example Environment and sustainable development
             */
            sector: string;
            requestedSupport: components["schemas"]["RequestedSupportDto"];
            /**
             * Format: date-time
             * @description When the institution submitted it. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            submittedAt?: string;
        };
        StartNegotiationsDto: {
            /**
             * Format: date-time
             * @description When they started. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            startedAt?: string;
            /** @example Joint commission convened with the Bavarian State Chancellery */
            notes?: string;
        };
        NegotiationRoundDto: {
            /**
             * Format: date-time
             * @description When the round was held. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            heldAt?: string;
            /** @example Video conference: budget split agreed. */
            notes: string;
        };
        EndNegotiationsDto: {
            /**
             * Format: date-time
             * @description When they truly ended: the 15-working-day clock starts here, even when recorded late. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            endedAt?: string;
            /** @example Project retained by the joint commission */
            notes?: string;
        };
        ClosingReasonDto: {
            /** @example The partner ministry withdrew from the exchange. */
            reason: string;
        };
        AnalysisResultDto: {
            /** @enum {string} */
            result: "accepted" | "refused";
            /**
             * @description With accepted (none: unconditional).
             * @example [
             *       "Final report within 60 days of the last mission"
             *     ]
             */
            conditions?: string[];
            /**
             * @description With refused: at least one.
             * @example [
             *       "Outside the priority areas of the agreement"
             *     ]
             */
            reasons?: string[];
            /**
             * Format: date-time
             * @description When the institution was notified: when it happened; defaults to now; not in the future nor before the end of the negotiations. The clock counts it.
             * @example 2026-11-23T15:00:00.000Z
             */
            notifiedAt?: string;
        };
        DeploymentSupportDto: {
            /** @example Mission letters sent to the Bavarian State Chancellery */
            description: string;
            /**
             * Format: date-time
             * @description When the support was provided. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            providedAt?: string;
        };
        DeployedDto: {
            /** @example First trainer mission held in Freising. */
            report: string;
            /**
             * Format: date-time
             * @description When the project was deployed. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            deployedAt?: string;
        };
        ComplainantDto: {
            /**
             * @description Personal information: kept confidential.
             * @example Jean-François Côté
             */
            name: string;
            /**
             * Format: email
             * @description Required for a complaint by e-mail; else this or a postal address.
             * @example jf.cote@example.org
             */
            email?: string;
            /** @example 1200, avenue Cartier, Québec (Québec) G1R 2S6 */
            postalAddress?: string;
        };
        ComplaintConcernDto: {
            /** @enum {string} */
            kind: "service-quality" | "standard-not-applied";
            /**
             * @description The service concerned, in the complainant’s terms.
             * @example Information requests by e-mail
             */
            service: string;
            /**
             * @description The standard said not to be applied; required for that kind.
             * @example email-information-request
             */
            standardId?: string;
            /** @description The case the complaint is about, when it can be found. */
            relatedCaseId?: string;
        };
        ReceiveComplaintDto: {
            complainant: components["schemas"]["ComplainantDto"];
            /** @enum {string} */
            channel: "letter" | "e-mail";
            /** @example No answer to my e-mail about the IGO internship program */
            subject: string;
            /** @example I wrote on 14 April and received no answer. */
            details: string;
            concern: components["schemas"]["ComplaintConcernDto"];
            /**
             * Format: date-time
             * @description When the letter reached the ministry; the fifteen-working-day clock starts here. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            receivedAt?: string;
        };
        ComplaintFindingsDto: {
            /** @example The e-mail was filed as spam by the mail gateway and never reached an officer. */
            findings: string;
            /** @enum {string} */
            conclusion: "founded" | "partly-founded" | "unfounded";
        };
        AnswerComplaintDto: {
            /**
             * @description The answer sent to the complainant (stops the clock), once the findings it states are recorded.
             * @example We apologize; your question is answered below.
             */
            answer: string;
            /**
             * Format: date-time
             * @description When the answer was sent: when it happened; defaults to now; not in the future nor before the receipt. The clock counts it.
             * @example 2026-05-26T15:00:00.000Z
             */
            answeredAt?: string;
        };
        CloseComplaintDto: {
            /** @enum {string} */
            reason: "withdrawn" | "not-a-complaint";
            /** @example The complainant withdrew by telephone. */
            explanation: string;
        };
        CallerDto: {
            /** @example Léa Bouchard */
            name?: string;
            /** @example 418 555-0142 */
            telephone?: string;
        };
        ReferralDto: {
            /** @example Ministère de l’Immigration, de la Francisation et de l’Intégration */
            organization?: string;
            /** @example Bureau des missions */
            unit?: string;
            /** @example Mission registration desk, (418) 649-2300 */
            contact?: string;
        };
        CallOutcomeDto: {
            /** @enum {string} */
            kind: "answered-at-once" | "referred";
            /**
             * @description With answered-at-once.
             * @example Gave the Québec Without Borders programme page.
             */
            answer?: string;
            /** @description With referred. */
            referredTo?: components["schemas"]["ReferralDto"];
        };
        RecordTelephoneInquiryDto: {
            /**
             * @description Québec City (418) 649-2300 or Montréal (514) 873-6708.
             * @enum {string}
             */
            line: "quebec-city" | "montreal";
            /** @description Absent for an anonymous caller. */
            caller?: components["schemas"]["CallerDto"];
            /**
             * Format: date-time
             * @description When the call came in, earlier the same Québec day. Default: now.
             * @example 2026-11-23T14:40:00.000Z
             */
            calledAt?: string;
            /** @example Québec Without Borders: how to take part in a stay abroad */
            subject: string;
            outcome: components["schemas"]["CallOutcomeDto"];
        };
        DestinationDto: {
            /** @example Tokyo */
            city: string;
            /** @example Japan */
            country: string;
            /**
             * @description IANA time zone of the destination: the mission’s dates are its local dates.
             * @example Asia/Tokyo
             */
            timeZone: string;
        };
        PlanPremierMissionDto: {
            destination: components["schemas"]["DestinationDto"];
            /** @example Économie verte et intelligence artificielle */
            theme: string;
            /**
             * Format: date
             * @description First day, local date at the destination; must be ahead.
             * @example 2026-10-13
             */
            startsOn: string;
            /**
             * Format: date
             * @description Last day, local date at the destination.
             * @example 2026-10-17
             */
            endsOn: string;
            /**
             * @description The Bureau des missions officer in charge.
             * @example marc.bouchard
             */
            officerId: string;
        };
        ParticipantContactDto: {
            /**
             * @description Personal information: kept confidential.
             * @example Claire Gagnon
             */
            name: string;
            /**
             * Format: email
             * @example claire.gagnon@ulaval.example
             */
            email: string;
            /** @example 418 656-2131 */
            phone?: string;
        };
        RegisterParticipantDto: {
            /**
             * @description The participant’s id in this mission. Default: a new UUID.
             * @example ulaval
             */
            participantId?: string;
            /** @example Université Laval */
            name: string;
            /** @enum {string} */
            kind: "company" | "institution";
            contact: components["schemas"]["ParticipantContactDto"];
            /**
             * Format: date-time
             * @description When it registered (a form recorded late keeps it). Default: now.
             * @example 2026-09-01T14:00:00.000Z
             */
            registeredAt?: string;
        };
        LogisticsServiceDto: {
            /**
             * @description Default: a new UUID.
             * @example hotel-okura
             */
            serviceId?: string;
            /**
             * @description The participant served; absent for the whole delegation.
             * @example ulaval
             */
            participantId?: string;
            /** @enum {string} */
            kind: "accommodation" | "transport" | "briefing" | "meetings" | "interpretation";
            /** @example Chambres réservées à l’hôtel Okura, 12 au 18 octobre */
            description: string;
            /**
             * Format: date
             * @description Local date; not after the mission's last day.
             * @example 2026-10-12
             */
            providedOn?: string;
        };
        EndMissionDto: {
            /**
             * Format: date-time
             * @description When the mission ended: when it happened; defaults to now; not in the future nor before the mission's first day (or its start). The evaluation is sent when the end is recorded.
             * @example 2026-10-18T09:00:00.000Z
             */
            endedAt?: string;
        };
        EvaluationRatingsDto: {
            /** @example 5 */
            accommodation?: number;
            /** @example 5 */
            transport?: number;
            /** @example 5 */
            briefing?: number;
            /** @example 5 */
            meetings?: number;
            /** @example 5 */
            interpretation?: number;
            /** @example 5 */
            "overall-organization"?: number;
        };
        EvaluationAnswerDto: {
            /** @example ulaval */
            participantId: string;
            ratings: components["schemas"]["EvaluationRatingsDto"];
            /** @example Rencontres très bien ciblées. */
            comment?: string;
            /**
             * Format: date-time
             * @description When the participant answered (a paper form recorded late keeps it). Default: now.
             */
            answeredAt?: string;
        };
        CancelMissionDto: {
            /** @example Reportée à la demande du cabinet du premier ministre */
            reason: string;
        };
        EvaluationScheduleDto: {
            /** @example 2026-10-17T15:00:00.000Z */
            sentAt: string;
            /**
             * @description Those who have not answered are reminded once.
             * @example 2026-10-26T21:00:00.000Z
             */
            remindAt: string;
            /**
             * @description The answers are compiled (sooner once everyone answered).
             * @example 2026-11-02T22:00:00.000Z
             */
            closesAt: string;
        };
        EvaluationRecipientDto: {
            /** @example ulaval */
            participantId: string;
            /** @example Université Laval */
            name: string;
            /** @enum {string} */
            kind: "company" | "institution";
        };
        EvaluationRespondentDto: {
            /** @example ulaval */
            participantId: string;
            /** @example Université Laval */
            name: string;
            /** @example 2026-10-20T14:00:00.000Z */
            answeredAt: string;
        };
        AspectFiguresDto: {
            /** @enum {string} */
            aspect: "accommodation" | "transport" | "briefing" | "meetings" | "interpretation" | "overall-organization";
            /** @example 3 */
            responses: number;
            /**
             * @description Mean rating, two decimals.
             * @example 4.33
             */
            average: number;
        };
        EvaluationCompilationDto: {
            /** @example 2026-11-02T22:00:00.000Z */
            compiledAt: string;
            /** @example 4 */
            invited: number;
            /** @example 3 */
            answered: number;
            /**
             * @description answered / invited; null when nobody was invited.
             * @example 0.75
             */
            responseRate: number | null;
            /** @description Aspects nobody rated are left out. */
            aspects: components["schemas"]["AspectFiguresDto"][];
            /** @description Free comments, unattributed. */
            comments: string[];
        };
        MissionEvaluationDto: {
            /** Format: uuid */
            caseId: string;
            /** @example evaluating */
            status: string;
            /** @description Null until the mission ends. */
            plan: components["schemas"]["EvaluationScheduleDto"] | null;
            reminded: boolean;
            /** @description Who was sent the evaluation, in sending order. */
            sentTo: components["schemas"]["EvaluationRecipientDto"][];
            /** @description Who answered, in the order answers were recorded. */
            answered: components["schemas"]["EvaluationRespondentDto"][];
            /** @description Once compiled. */
            compilation: components["schemas"]["EvaluationCompilationDto"] | null;
        };
        CriterionDto: {
            /** @example relevance */
            id: string;
            /** @example Relevance to the needs of the affected population */
            title: string;
            /**
             * @description Scores run from 0 to this whole number (at most 1000).
             * @example 40
             */
            maxScore: number;
            /**
             * @description Relative weight in the ranking: more than 0, at most 100.
             * @example 3
             */
            weight: number;
        };
        PublishCallForProposalsDto: {
            /** @enum {string} */
            programme: "humanitarian-action" | "quebec-without-borders";
            /** @example Programme d’aide à l’action humanitaire 2026-2027, premier appel */
            title: string;
            criteria: components["schemas"]["CriterionDto"][];
            /**
             * Format: date-time
             * @description The announced closing; the selection clock starts here.
             * @example 2026-05-15T17:00:00-04:00
             */
            closesAt: string;
        };
        OrganizationDto: {
            /**
             * @description Groups the organization’s proposals into one notification.
             * @example oxfam-quebec
             */
            id: string;
            /** @example Oxfam-Québec */
            name: string;
            /**
             * Format: email
             * @description Required (the deprecated `contactEmail` stands in for one version).
             * @example programmes@oxfam-quebec.example
             */
            email?: string;
            /**
             * Format: email
             * @deprecated
             * @description Deprecated: send `email`, the name every case type uses.
             */
            contactEmail?: string;
        };
        SubmitProposalDto: {
            /** @example PAAH-2026-014 */
            proposalId: string;
            organization: components["schemas"]["OrganizationDto"];
            /** @example Eau potable et assainissement à Jacmel, Haïti */
            projectTitle: string;
            /**
             * Format: date-time
             * @description When the organization submitted it (before closing). Default: now.
             * @example 2026-04-20T11:00:00-04:00
             */
            submittedAt?: string;
        };
        ExtendCallForProposalsDto: {
            /**
             * Format: date-time
             * @description The new closing: later than the current one.
             * @example 2026-05-29T17:00:00-04:00
             */
            closesAt: string;
            /** @example Hurricane season: partner organizations asked for two more weeks. */
            reason: string;
        };
        AssignEvaluatorsDto: {
            /** @example PAAH-2026-014 */
            proposalId: string;
            /**
             * @description With those already assigned, at least two not recused.
             * @example [
             *       "marc.bouchard",
             *       "julie.cote"
             *     ]
             */
            evaluatorIds: string[];
        };
        DeclareConflictOfInterestDto: {
            /** @example PAAH-2026-014 */
            proposalId: string;
            /**
             * @description A conflict recuses the evaluator from the proposal.
             * @enum {string}
             */
            declaration: "none" | "conflict";
            /**
             * @description With a conflict only.
             * @example Sits on the board of the organization
             */
            nature?: string;
        };
        CriterionScoreDto: {
            /** @example relevance */
            criterionId: string;
            /**
             * @description From 0 to the criterion’s maximum.
             * @example 36
             */
            score: number;
            /** @example Needs documented by a local survey. */
            comment: string;
        };
        ScoreProposalDto: {
            /** @example PAAH-2026-014 */
            proposalId: string;
            /** @description One score per published criterion. */
            scores: components["schemas"]["CriterionScoreDto"][];
        };
        ProposalOutcomeDto: {
            /** @example PAAH-2026-014 */
            proposalId: string;
            /** @enum {string} */
            outcome: "selected" | "not-selected";
            /** @example Ranked within the programme budget. */
            reasons: string;
        };
        DecideSelectionDto: {
            /** @description Every proposal of the call, once each is scored by two evaluators. */
            decisions: components["schemas"]["ProposalOutcomeDto"][];
            /**
             * @description Why, when the outcomes depart from the ranking (recorded as a departure, for auditors); refused otherwise.
             * @example QSF-2026-012 is already funded by another programme of the Ministry.
             */
            departureJustification?: Record<string, never> | null;
        };
        NotifyOrganizationDto: {
            /**
             * @description Told the outcome of all its proposals at once.
             * @example oxfam-quebec
             */
            organizationId: string;
            /**
             * Format: date-time
             * @description When the organization was told: when it happened; defaults to now; not in the future nor before the selection decision. The selection clock stops at the last organization told.
             * @example 2026-06-30T14:00:00.000Z
             */
            notifiedAt?: string;
        };
        EvaluatorReportDto: {
            /** @example marc.bouchard */
            evaluatorId: string;
            /** @enum {string} */
            declaration: "pending" | "none" | "conflict";
            /** @description With a conflict. */
            conflictNature: string | null;
            /** Format: date-time */
            declaredAt: string | null;
            /** @description Null until scored, or while sealed from the caller. */
            scores: components["schemas"]["CriterionScoreDto"][] | null;
            /** @description Scores given, but sealed from the caller until their own are in (or the decision). */
            scoresSealed: boolean;
            /** Format: date-time */
            scoredAt: string | null;
            /** @description Its scores count in the ranking: no conflict declared, and scored. */
            counted: boolean;
        };
        ProposalEvaluationsDto: {
            proposalId: string;
            organization: components["schemas"]["OrganizationDto"];
            projectTitle: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description In assignment order. */
            evaluators: components["schemas"]["EvaluatorReportDto"][];
        };
        RankedProposalDto: {
            proposalId: string;
            organizationId: string;
            /** @example 1 */
            rank: number;
            /**
             * @description Weighted score out of 100, to the hundredth.
             * @example 85.5
             */
            score: number;
            /** @example 2 */
            evaluatorCount: number;
        };
        CallEvaluationsDto: {
            /** Format: uuid */
            caseId: string;
            /** @description Sequence number of the case’s last event. */
            sequence: number;
            /**
             * @example evaluating
             * @enum {string}
             */
            status: "open" | "evaluating" | "decided" | "completed" | "closed-without-proposals";
            criteria: components["schemas"]["CriterionDto"][];
            /** @description In the order recorded. */
            proposals: components["schemas"]["ProposalEvaluationsDto"][];
            /** @description Some scores are sealed from the caller, and so is the ranking (left empty). */
            scoresSealed: boolean;
            /** @description The fully evaluated proposals, best first (empty while scores are sealed). */
            ranking: components["schemas"]["RankedProposalDto"][];
            /** @description How the ranking is computed from the criteria and the scores, in words. */
            rankingFormula: string;
            /** @description Once decided: outcomes with reasons, ranks and scores, and `departure` (the proposals whose outcome departs from the ranking and its justification; null when the outcomes follow it). */
            decision: {
                [key: string]: unknown;
            } | null;
        };
        RequesterDto: {
            /** @enum {string} */
            kind: "support-organization" | "partner-parliament";
            /**
             * @description A support organization by its id (`GET /reference/support-organizations`); 422 when unknown.
             * @example undp
             */
            supportOrganizationId?: string;
            /**
             * @description The parliament's own name when it contacted the Service itself; for a support organization, Deprecated, accepted for one version: the name as text, read against the reference list.
             * @example National Assembly of Benin
             */
            name?: string;
        };
        PartnerParliamentDto: {
            /**
             * @description Its id (`GET /reference/parliaments`); 422 when unknown.
             * @example bj-national-assembly
             */
            parliamentId?: string;
            /**
             * @description Deprecated, accepted for one version: the name as text, read against the reference list, with `country`.
             * @example National Assembly of Benin
             */
            name?: string;
            /**
             * @description Deprecated, accepted for one version: the name as text, read against the reference list, with `name`.
             * @example Benin
             */
            country?: string;
        };
        OpenCooperationEngagementDto: {
            requester: components["schemas"]["RequesterDto"];
            partnerParliament: components["schemas"]["PartnerParliamentDto"];
            /** @example Support to the legislative process and to committee sittings. */
            request: string;
            /**
             * @description The coordinator in charge; a coordinator opens only for themselves. Default: the caller.
             * @example sebastien.jobert
             */
            coordinatorId?: string;
            /**
             * Format: date-time
             * @description When the Cooperation Service was contacted. Default: now.
             * @example 2026-11-23T15:00:00.000Z
             */
            contactedAt?: string;
        };
        ReassignEngagementDto: {
            /**
             * @description The coordinator who takes the engagement over.
             * @example sebastien.jobert
             */
            coordinatorId: string;
            /** @example Back from the Haiti mission */
            reason?: string;
        };
        RecordNeedsDto: {
            /** @example Bills are drafted by the executive alone; committees lack clerks. */
            description: string;
            /**
             * @description Sectors 1 to 6 (seed document).
             * @example [
             *       2,
             *       3
             *     ]
             */
            sectors: (1 | 2 | 3 | 4 | 5 | 6)[];
            /**
             * Format: date-time
             * @description When the needs were assessed: when it happened; defaults to now; not in the future nor before the contact or the needs already recorded.
             * @example 2026-01-15T15:00:00.000Z
             */
            assessedAt?: string;
        };
        TeamMemberDto: {
            /** @example Sébastien Jobert */
            name: string;
            /** @enum {string} */
            kind: "parliamentarian" | "public-servant";
        };
        PlanAssessmentMissionDto: {
            /**
             * Format: date
             * @example 2026-02-16
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-02-20
             */
            endsOn: string;
            team: components["schemas"]["TeamMemberDto"][];
        };
        AssessmentMissionHeldDto: {
            /**
             * Format: date
             * @description Its last day, one of its planned dates (a mission that moved is planned again first). Default: today, Québec time.
             * @example 2026-02-20
             */
            heldOn?: string;
            /** @example Committee clerks ask for drafting training. */
            findings: string;
        };
        AssistanceDecisionDto: {
            /** @enum {string} */
            decision: "proceed" | "decline";
            /** @description With proceed. */
            rationale?: string;
            /** @description Required with decline. */
            reason?: string;
            /**
             * Format: date-time
             * @description When the Assembly decided: when it happened; defaults to now; not in the future nor before the needs assessment (or the assessment mission held).
             * @example 2026-03-02T15:00:00.000Z
             */
            decidedAt?: string;
        };
        WithdrawEngagementDto: {
            /** @example The support group’s funding fell through. */
            reason: string;
        };
        MilestoneDto: {
            /**
             * Format: date
             * @example 2026-06-12
             */
            on: string;
            /** @example Seminar on drafting bills and amendments, Porto-Novo */
            description: string;
        };
        ScheduleDto: {
            /**
             * Format: date
             * @example 2026-06-01
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-10-30
             */
            endsOn: string;
            /** @description Within the schedule; may be empty. */
            milestones: components["schemas"]["MilestoneDto"][];
        };
        BudgetDto: {
            /** @example 84500 */
            amount: number;
            /**
             * @description ISO 4217.
             * @example CAD
             */
            currency: string;
            /** @example United Nations Development Programme (UNDP) */
            fundedBy?: string;
        };
        TeamProfileDto: {
            /** @example 1 */
            parliamentarians: number;
            /** @example 3 */
            publicServants: number;
            /**
             * @example [
             *       "legislative drafting",
             *       "committee procedure"
             *     ]
             */
            expertise: string[];
        };
        ServicesDto: {
            /** @example Strengthen the drafting of bills and amendments. */
            description: string;
            forms: ("needs-assessment-and-support-service" | "training-seminar" | "practical-workshop" | "internship")[];
            /**
             * @description Sectors 1 to 6 (seed document).
             * @example [
             *       2,
             *       3
             *     ]
             */
            sectors: (1 | 2 | 3 | 4 | 5 | 6)[];
        };
        ActionPlanDto: {
            schedule: components["schemas"]["ScheduleDto"];
            budget: components["schemas"]["BudgetDto"];
            teamProfile: components["schemas"]["TeamProfileDto"];
            services: components["schemas"]["ServicesDto"];
        };
        ProposeActionPlanDto: {
            plan: components["schemas"]["ActionPlanDto"];
            /**
             * Format: date-time
             * @description When the plan was sent to the partner, which starts the partner's answer clock: when it happened; defaults to now; not in the future nor before the decision to assist or the partner's request for modifications.
             * @example 2026-03-25T14:00:00.000Z
             */
            proposedAt?: string;
        };
        SignatoryDto: {
            /** @example Awa Dossou */
            name: string;
            /** @example Secretary General */
            title: string;
        };
        PartnerAnswerDto: {
            signatory: components["schemas"]["SignatoryDto"];
            /**
             * Format: date-time
             * @description When the partner answered (the answer clock stops there). Default: now.
             * @example 2026-05-12T14:00:00.000Z
             */
            answeredAt?: string;
        };
        ModificationsRequestDto: {
            signatory: components["schemas"]["SignatoryDto"];
            /**
             * Format: date-time
             * @description When the partner answered (the answer clock stops there). Default: now.
             * @example 2026-05-12T14:00:00.000Z
             */
            answeredAt?: string;
            /** @example Add debate broadcasting (sector 5). */
            comments: string;
        };
        RejectionDto: {
            signatory: components["schemas"]["SignatoryDto"];
            /**
             * Format: date-time
             * @description When the partner answered (the answer clock stops there). Default: now.
             * @example 2026-05-12T14:00:00.000Z
             */
            answeredAt?: string;
            /** @example The bureau chose another partner. */
            reason: string;
        };
        ActionPlanChangeDto: {
            /** @example budget.amount */
            field: string;
            /**
             * @description Any JSON value; null when the field is new.
             * @example 84500
             */
            before: Record<string, never>;
            /**
             * @description Any JSON value; null when the field is gone.
             * @example 92000
             */
            after: Record<string, never>;
        };
        ActionPlanDiffDto: {
            /** Format: uuid */
            caseId: string;
            /** @example 1 */
            from: number;
            /** @example 2 */
            to: number;
            /** @description Empty when the versions are identical. */
            changes: components["schemas"]["ActionPlanChangeDto"][];
        };
        PlanActivityDto: {
            /**
             * @description Chosen by the coordinator, unique in the engagement.
             * @example seminar-drafting
             */
            activityId: string;
            /** @example Seminar on drafting bills and amendments */
            title: string;
            /**
             * @description One the approved plan provides.
             * @enum {string}
             */
            form: "needs-assessment-and-support-service" | "training-seminar" | "practical-workshop" | "internship";
            /** @enum {string} */
            place: "partner-offices" | "national-assembly-quebec" | "video-conference";
            /**
             * @description Sectors the approved plan covers.
             * @example [
             *       2,
             *       3
             *     ]
             */
            sectors: (1 | 2 | 3 | 4 | 5 | 6)[];
            team: components["schemas"]["TeamMemberDto"][];
            /**
             * Format: date
             * @description Not before the approved plan's schedule starts.
             * @example 2026-06-08
             */
            startsOn: string;
            /**
             * Format: date
             * @description Not after the approved plan's schedule ends.
             * @example 2026-06-12
             */
            endsOn: string;
        };
        ActivityHeldDto: {
            /**
             * Format: date
             * @description Its last day, one of its planned dates (an activity that moved is cancelled and planned again). Default: today, Québec time.
             * @example 2026-06-12
             */
            heldOn?: string;
            /** @example Twenty-two clerks took part. */
            notes?: string;
        };
        CancelActivityDto: {
            /** @example Parliament in extraordinary session. */
            reason: string;
        };
        DeliveryCompleteDto: {
            /**
             * Format: date-time
             * @description When service delivery ended, which starts the activity-report clock: when it happened; defaults to now; not in the future nor before the last activity held.
             * @example 2026-10-19T14:00:00.000Z
             */
            completedAt?: string;
        };
        FollowUpDto: {
            /** @example Video call with the committee clerks: the new drafting guide is in use. */
            note: string;
            /** @example true */
            atDistance: boolean;
            /**
             * Format: date-time
             * @description When the follow-up was held: when it happened; defaults to now; not in the future nor before the last activity held.
             * @example 2026-11-02T15:00:00.000Z
             */
            heldAt?: string;
        };
        ActivityReportDto: {
            observations: string[];
            recommendations: string[];
            results: string[];
            /**
             * Format: date-time
             * @description When the report was submitted, which stops its clock: when it happened; defaults to now; not in the future nor before the last activity held or a follow-up.
             * @example 2026-11-16T15:00:00.000Z
             */
            submittedAt?: string;
        };
        CaseSummaryDto: {
            /** Format: uuid */
            caseId: string;
            /** @example email-request */
            caseType: string;
            /**
             * @description The case type's own status.
             * @example received
             */
            status: string;
            subject: string;
            senderAddress: string | null;
            senderName: string | null;
            assignee: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            warnAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @enum {string|null} */
            clockState: "running" | "paused" | "warned" | "breached" | "met" | "late" | "cancelled" | null;
            /** @example email-information-request */
            standardId: string | null;
            standardVersion: number | null;
            escalatedTo: string | null;
            /** @description In the work queue: working days to the due day of a clock still counting (0: due today; negative: days late). */
            workingDaysLeft?: number | null;
            /** Format: date-time */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the case ended, however it ended; null while open.
             */
            endedAt: string | null;
            /**
             * @description How the case ended, in the words every case type shares.
             * @enum {string|null}
             */
            outcome: "answered" | "referred" | "completed" | "refused" | "withdrawn" | "cancelled" | "closed-without-answer" | null;
            /**
             * Format: date-time
             * @deprecated
             * @description Deprecated: read `endedAt` (same value).
             */
            closedAt: string | null;
            lastSequence: number;
            /** Format: date-time */
            lastEventAt: string;
        };
        CasePageDto: {
            items: components["schemas"]["CaseSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Rows matching the filters, all pages together. */
            total: number;
        };
        EventActorDto: {
            id: string;
            /** @example case-officer */
            role: string;
        };
        CaseEventDto: {
            sequence: number;
            eventId: string;
            /** @example EmailRequestAnswered */
            type: string;
            schemaVersion: number;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["EventActorDto"];
            correlationId: string;
            data: {
                [key: string]: unknown;
            };
            previousHash: string | null;
            hash: string;
        };
        ClockPauseDto: {
            /** @example awaiting-requester */
            reason: string;
            explanation: string;
            /** Format: date-time */
            pausedAt: string;
        };
        ClockMoveDto: {
            /** Format: date-time */
            fromDueAt: string;
            /** Format: date-time */
            toDueAt: string;
            /** @description The calendar change, as administrators gave it (the holiday added). */
            reason: string;
            /** Format: date-time */
            movedAt: string;
        };
        CaseClockDto: {
            /** @example email-information-request */
            standardId: string;
            standardVersion: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /**
             * @example running
             * @enum {string}
             */
            state: "running" | "paused" | "warned" | "breached" | "met" | "late" | "cancelled";
            /** @description Working days to the due day while the clock counts (0: due today; negative: days late). */
            workingDaysLeft: number | null;
            /** @description The pause in force, with its reason. */
            paused: components["schemas"]["ClockPauseDto"] | null;
            /** @description Each move a calendar change made, oldest first. */
            moves: components["schemas"]["ClockMoveDto"][];
        };
        CaseDetailDto: {
            /** Format: uuid */
            caseId: string;
            /** @example email-request */
            caseType: string;
            /**
             * @description The case type's own status.
             * @example received
             */
            status: string;
            subject: string;
            senderAddress: string | null;
            senderName: string | null;
            assignee: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            warnAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @enum {string|null} */
            clockState: "running" | "paused" | "warned" | "breached" | "met" | "late" | "cancelled" | null;
            /** @example email-information-request */
            standardId: string | null;
            standardVersion: number | null;
            escalatedTo: string | null;
            /** @description In the work queue: working days to the due day of a clock still counting (0: due today; negative: days late). */
            workingDaysLeft?: number | null;
            /** Format: date-time */
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description When the case ended, however it ended; null while open.
             */
            endedAt: string | null;
            /**
             * @description How the case ended, in the words every case type shares.
             * @enum {string|null}
             */
            outcome: "answered" | "referred" | "completed" | "refused" | "withdrawn" | "cancelled" | "closed-without-answer" | null;
            /**
             * Format: date-time
             * @deprecated
             * @description Deprecated: read `endedAt` (same value).
             */
            closedAt: string | null;
            lastSequence: number;
            /** Format: date-time */
            lastEventAt: string;
            /** @description Every event of the case, by sequence. */
            timeline: components["schemas"]["CaseEventDto"][];
            /** @description Every service-standard clock of the case, the first started first. */
            clocks: components["schemas"]["CaseClockDto"][];
        };
        DisclosureDto: {
            /** @example Access request 2026-114: the complainant asks for their file */
            reason: string;
        };
        ErasureRequestDto: {
            /**
             * @description In the officer’s own words; it is kept for good, so it names no one.
             * @example Retention period over (schedule rule 3.2): purpose fulfilled
             */
            reason: string;
        };
        ErasureDto: {
            /** Format: uuid */
            caseId: string;
            /** @description The privacy officer who erased. */
            erasedBy: string;
            /** Format: date-time */
            erasedAt: string;
            /**
             * @description The erasure event’s place in the case’s chain: its sequence and hash.
             * @example {
             *       "sequence": 4,
             *       "hash": "9f2c…"
             *     }
             */
            head: Record<string, never>;
        };
        CorrectionRequestDto: {
            /**
             * @description A dotted path into the case to a field its case type marks personal (a list’s element by its index).
             * @example sender.email
             */
            field: string;
            /**
             * @description The corrected text: personal, sealed at rest.
             * @example julie.cote@exemple.ca
             */
            correctedValue: string;
            /**
             * @description In the officer’s own words; it is kept for good, so it names no one.
             * @example Correction request 2026-041: the requester gave a wrong address
             */
            reason: string;
        };
        LegalHoldDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "access-request" | "commission-review";
            reason: string;
            placedBy: string;
            /** Format: date-time */
            placedAt: string;
            /** @description Who lifted the hold, when and why; null while it stands. */
            lifted: Record<string, never> | null;
        };
        PlaceLegalHoldDto: {
            /**
             * @description An access or correction request being answered, or a review by the Commission d’accès à l’information.
             * @enum {string}
             */
            kind: "access-request" | "commission-review";
            /**
             * @description In the officer’s own words; it is kept for good, so it names no one.
             * @example Access request 2027-014 received on 2027-03-02
             */
            reason: string;
        };
        LiftLegalHoldDto: {
            /**
             * @description In the officer’s own words; it is kept for good, so it names no one.
             * @example Access request 2027-014 answered on 2027-03-20
             */
            reason: string;
        };
        PersonSearchDto: {
            /**
             * @description Compared without case or spaces.
             * @example awa.diallo@example.org
             */
            email?: string;
            /**
             * @description Compared without accents, case or punctuation.
             * @example Awa Diallo
             */
            name?: string;
        };
        PersonCaseDto: {
            /** Format: uuid */
            caseId: string;
            caseType: string;
            status: string;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            endedAt: string | null;
            /** @description What of the person the case names. */
            matched: ("email" | "name")[];
        };
        PersonCasesDto: {
            cases: components["schemas"]["PersonCaseDto"][];
        };
        CaseActionDto: {
            /**
             * @description The command, also the operationId of its route in this document.
             * @example AnswerEmailRequest
             */
            commandType: string;
            /** @example POST */
            method: string;
            /**
             * @description The route, its parameters filled in for this case.
             * @example /email-requests/2f7c…/answer
             */
            path: string;
            /** @example AnswerEmailRequest */
            operationId: string;
            /**
             * @description The clock a pause or resume acts on.
             * @example email-information-request
             */
            standardId?: string;
        };
        CaseActionsDto: {
            /** Format: uuid */
            caseId: string;
            /** @description Judged by the same permission tables and case state the workflow applies. */
            actions: components["schemas"]["CaseActionDto"][];
        };
        PauseClockDto: {
            /**
             * @description One of the reasons the standard allows (GET /service-standards).
             * @example awaiting-requester-information
             */
            reason: string;
            /** @example Le numéro de dossier du demandeur est manquant. */
            explanation: string;
        };
        StandardMonthDto: {
            /** @example email-information-request */
            standardId: string;
            /** @example 2026-11 */
            month: string;
            /** @description Clocks started in the month. */
            cases: number;
            /** @description Answered by the due instant. */
            met: number;
            /** @description Answered after the due instant. */
            late: number;
            /** @description Past the due instant at some point: answered late, or still open past due. */
            breached: number;
            /** @description Clock still running. */
            open: number;
            /** @description Closed without an answer (duplicate, withdrawn...). */
            cancelled: number;
            /** @description Share of answers on time, 0 to 1. */
            metShare: number | null;
            /** @description Median working days to answer. */
            medianWorkingDays: number | null;
            /** @description 90th percentile of working days to answer. */
            p90WorkingDays: number | null;
        };
        TelephoneMonthDto: {
            /** @example 2026-11 */
            month: string;
            /** @description Calls recorded as taken in the month. */
            calls: number;
            /** @description Answered during the call. */
            answeredAtOnce: number;
            /** @description Told whom to reach. */
            referred: number;
            /** @description Share of calls answered at once, 0 to 1. */
            share: number;
        };
        ComplianceReportDto: {
            /** @example 2026-01 */
            from: string;
            /** @example 2026-12 */
            to: string;
            standards: components["schemas"]["StandardMonthDto"][];
            /** @description Months with at least one call. */
            telephone: components["schemas"]["TelephoneMonthDto"][];
        };
        BilingualNameDto: {
            /** @example National Assembly of Benin */
            en: string;
            /** @example Assemblée nationale du Bénin */
            fr: string;
        };
        PartnerParliamentCountDto: {
            /**
             * @description The parliament's id; null when the name recorded matches no entry of the reference list: then `name` is that text, as typed, in both languages.
             * @example bj-national-assembly
             */
            parliament: string | null;
            /**
             * @description ISO 3166-1 alpha-2 code of its country; null when unknown.
             * @example BJ
             */
            country: string | null;
            name: components["schemas"]["BilingualNameDto"];
            engagements: number;
        };
        CountryCountDto: {
            /**
             * @description ISO 3166-1 alpha-2 code; null when the name recorded matches no entry of the reference list: then `name` is that text, as typed, in both languages.
             * @example BJ
             */
            country: string | null;
            /**
             * @example {
             *       "en": "Benin",
             *       "fr": "Bénin"
             *     }
             */
            name: components["schemas"]["BilingualNameDto"];
            engagements: number;
        };
        SupportOrganizationCountDto: {
            /**
             * @description The organization's id; null when the name recorded matches no entry of the reference list: then `name` is that text, as typed, in both languages.
             * @example undp
             */
            supportOrganization: string | null;
            /**
             * @example {
             *       "en": "United Nations Development Programme (UNDP)",
             *       "fr": "Programme des Nations Unies pour le développement (PNUD)"
             *     }
             */
            name: components["schemas"]["BilingualNameDto"];
            engagements: number;
        };
        SectorCountDto: {
            /**
             * @example 3
             * @enum {number}
             */
            sector: 1 | 2 | 3 | 4 | 5 | 6;
            /** @example Legislative process */
            name: string;
            /** @description Engagements whose latest action plan (or, before any plan, whose needs) covers the sector. */
            engagements: number;
        };
        StageCountDto: {
            /**
             * @description The four stages in order, then how engagements ended.
             * @example service-delivery
             */
            stage: string;
            engagements: number;
        };
        FormCountDto: {
            /** @enum {string} */
            form: "needs-assessment-and-support-service" | "training-seminar" | "practical-workshop" | "internship";
            activities: number;
        };
        PlaceCountDto: {
            /** @enum {string} */
            place: "partner-offices" | "national-assembly-quebec" | "video-conference";
            activities: number;
        };
        ActivitiesHeldDto: {
            count: number;
            /** @description Every form, zeros included. */
            byForm: components["schemas"]["FormCountDto"][];
            /** @description Every place, zeros included. */
            byPlace: components["schemas"]["PlaceCountDto"][];
        };
        CooperationPortfolioDto: {
            engagements: number;
            /** @description Most engagements first. */
            byPartnerParliament: components["schemas"]["PartnerParliamentCountDto"][];
            /** @description Most engagements first. */
            byCountry: components["schemas"]["CountryCountDto"][];
            /** @description Engagements a support organization brought, most first; those the parliament brought itself are not listed. */
            bySupportOrganization: components["schemas"]["SupportOrganizationCountDto"][];
            /** @description Sectors 1 to 6, zeros included; an engagement counts in each of its sectors. */
            bySector: components["schemas"]["SectorCountDto"][];
            /** @description Every stage and ending, zeros included. */
            byStage: components["schemas"]["StageCountDto"][];
            /** @description Activities held in the period. */
            activitiesHeld: components["schemas"]["ActivitiesHeldDto"];
        };
        CountryDto: {
            /**
             * @description ISO 3166-1 alpha-2 code.
             * @example BJ
             */
            code: string;
            /**
             * @example {
             *       "en": "Benin",
             *       "fr": "Bénin"
             *     }
             */
            name: components["schemas"]["BilingualNameDto"];
        };
        ParliamentDto: {
            /** @example bj-national-assembly */
            id: string;
            /**
             * @description ISO 3166-1 alpha-2 code of the parliament's country.
             * @example BJ
             */
            country: string;
            name: components["schemas"]["BilingualNameDto"];
            /**
             * @description The name its own country uses: it names the parliament only with its country.
             * @example {
             *       "en": "National Assembly",
             *       "fr": "Assemblée nationale"
             *     }
             */
            chamber: components["schemas"]["BilingualNameDto"];
        };
        SupportOrganizationDto: {
            /** @example undp */
            id: string;
            /**
             * @example {
             *       "en": "United Nations Development Programme (UNDP)",
             *       "fr": "Programme des Nations Unies pour le développement (PNUD)"
             *     }
             */
            name: components["schemas"]["BilingualNameDto"];
        };
        WarningDto: {
            /**
             * @description Working days before the due instant that the assignee is warned.
             * @example 1
             */
            workingDaysBeforeDue: number;
        };
        FurtherEscalationDto: {
            /**
             * @description Working days after the due instant that a breach still open goes up.
             * @example 2
             */
            afterWorkingDays: number;
            /** @enum {string} */
            to: "supervisor" | "director" | "secretary-general";
        };
        EscalationDto: {
            /**
             * @description Who hears of a breach.
             * @enum {string}
             */
            onBreach: "supervisor" | "director" | "secretary-general";
            /** @description The next level; omitted keeps the current one, null removes it. */
            further?: components["schemas"]["FurtherEscalationDto"] | null;
        };
        StandardRevisionDto: {
            /**
             * Format: date
             * @description Québec date, after today.
             * @example 2027-04-01
             */
            effectiveFrom: string;
            /** @example Information request by e-mail answered within three working days */
            title: string;
            /** @example Declaration of services 2027-2028: "we answer your message within three working days." */
            source: string;
            /** @example 3 */
            workingDays: number;
            warning: components["schemas"]["WarningDto"];
            escalation: components["schemas"]["EscalationDto"];
        };
        CalendarRefDto: {
            /** @example qc-public-service */
            id: string;
            /** @example 1 */
            version: number;
        };
        DueDateDto: {
            /** Format: date-time */
            from: string;
            workingDays: number;
            /**
             * Format: date-time
             * @description Closing time (17:00) of the N-th working day after the local date of `from`.
             */
            dueAt: string;
            /** @example America/Toronto */
            timeZone: string;
            calendar: components["schemas"]["CalendarRefDto"];
        };
        HolidayDto: {
            /** @example 2026-06-24 */
            date: string;
            /** @example National Holiday */
            name: string;
        };
        HolidaysDto: {
            year: number;
            /** @example America/Toronto */
            timeZone: string;
            calendar: components["schemas"]["CalendarRefDto"];
            holidays: components["schemas"]["HolidayDto"][];
        };
        AddHolidayDto: {
            /**
             * Format: date
             * @description Québec date.
             * @example 2026-11-27
             */
            date: string;
            /** @example Journée de deuil national */
            name: string;
            /** @example Décret 1234-2026: holiday fixed by the government */
            reason: string;
        };
        AddedHolidayDto: {
            /** @example 2027-01-04 */
            date: string;
            /** @example Journée de deuil national */
            name: string;
        };
        MovedClockDto: {
            /** Format: uuid */
            caseId: string;
            /** @example email-request */
            caseType: string;
            /** @example email-answer */
            standardId: string;
            /**
             * Format: date-time
             * @description The due instant before the change.
             */
            fromDueAt: string;
            /**
             * Format: date-time
             * @description The due instant the change moved it to.
             */
            toDueAt: string;
            /** Format: date-time */
            movedAt: string;
        };
        MovedClocksDto: {
            calendar: components["schemas"]["CalendarRefDto"];
            /** @description Why administrators published this version. */
            reason: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description The holidays this version added to the one before. */
            holidaysAdded: components["schemas"]["AddedHolidayDto"][];
            /** @description The running clocks moved so far, oldest move first: the list grows while the change reaches every case. */
            clocks: components["schemas"]["MovedClockDto"][];
        };
        ProblemDetailsDto: {
            /**
             * @description Names the problem type: `urn:entente:problem:<code>`.
             * @example urn:entente:problem:invalid-field
             */
            type: string;
            /**
             * @description The same for every occurrence of the type.
             * @example A field is invalid
             */
            title: string;
            /**
             * @description The HTTP status.
             * @example 400
             */
            status: number;
            /**
             * @description This occurrence, in words.
             * @example sender.email must be an email
             */
            detail: string;
            /**
             * @description Stable: clients key their messages on it.
             * @example invalid-field
             * @enum {string}
             */
            code: "invalid-field" | "malformed-request" | "unauthenticated" | "forbidden" | "not-found" | "method-not-allowed" | "command-refused" | "case-exists" | "payload-too-large" | "unsupported-media-type" | "invalid-command" | "idempotency-key-reused" | "too-many-requests" | "request-refused" | "unavailable" | "command-timed-out" | "internal";
            /**
             * @description The body property (a dotted path), query or path parameter, or header the problem concerns.
             * @example sender.email
             */
            field?: string;
            /**
             * @description The same text as `detail`, kept for older clients.
             * @example sender.email must be an email
             */
            message: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccessJournalController_search: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Reads of this case only. */
                caseId?: string;
                /** @description Reads by this person only (the token's subject). */
                subject?: string;
                /** @description Reads at or after this instant. */
                from?: string;
                /** @description Reads before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessJournalPageDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only auditors read the access journal. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotificationsController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCountsDto"][];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only administrators and auditors watch the outbox. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReceiveEmailRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveEmailRequestDto"];
            };
        };
        responses: {
            /** @description Recorded; `Location` is the case in the read model. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ReceiveEmailRequest, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignEmailRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignEmailRequest, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnswerEmailRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerEmailRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AnswerEmailRequest, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CloseEmailRequestWithoutAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseEmailRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue CloseEmailRequestWithoutAnswer, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EmailRequestController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    FileInternshipApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileInternshipApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue FileInternshipApplication, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignInternshipApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignInternshipApplication, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SendEligibilityReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue SendEligibilityReply, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScheduleInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleInterviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ScheduleInterview, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordInterviewHeld: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewHeldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordInterviewHeld, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SendFinalReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue SendFinalReply, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WithdrawInternshipApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue WithdrawInternshipApplication, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InternshipApplicationController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SubmitBilateralProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBilateralProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue SubmitBilateralProject, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignBilateralProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignBilateralProject, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StartPartnerNegotiations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartNegotiationsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue StartPartnerNegotiations, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordNegotiationRound: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NegotiationRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordNegotiationRound, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EndPartnerNegotiations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndNegotiationsDto"];
            };
        };
        responses: {
            /** @description Starts the 15-working-day analysis-result clock at endedAt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue EndPartnerNegotiations, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AbandonPartnerNegotiations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AbandonPartnerNegotiations, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotifyProjectAnalysisResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalysisResultDto"];
            };
        };
        responses: {
            /** @description Notifies the institution; stops the clock (met or late). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue NotifyProjectAnalysisResult, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordDeploymentSupport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentSupportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordDeploymentSupport, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordBilateralProjectDeployed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordBilateralProjectDeployed, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WithdrawBilateralProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue WithdrawBilateralProject, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BilateralProjectController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReceiveComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ReceiveComplaint, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignComplaint, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordComplaintFindings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintFindingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordComplaintFindings, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnswerComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AnswerComplaint, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CloseComplaintWithoutAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue CloseComplaintWithoutAnswer, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComplaintController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordTelephoneInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTelephoneInquiryDto"];
            };
        };
        responses: {
            /** @description The call is recorded and its case closed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordTelephoneInquiry, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TelephoneInquiryController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recorded call, from its (closed) workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlanPremierMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanPremierMissionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PlanPremierMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignPremierMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignPremierMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RegisterMissionParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterParticipantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RegisterMissionParticipant, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClosePremierMissionRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ClosePremierMissionRegistration, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordMissionLogisticsService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogisticsServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordMissionLogisticsService, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StartPremierMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue StartPremierMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EndPremierMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndMissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue EndPremierMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordMissionEvaluationAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordMissionEvaluationAnswer, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CancelPremierMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue CancelPremierMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PremierMissionController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PremierMissionController_evaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation’s plan, recipients, answers and compilation, live (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionEvaluationDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublishCallForProposals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCallForProposalsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PublishCallForProposals, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SubmitProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue SubmitProposal, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExtendCallForProposals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendCallForProposalsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ExtendCallForProposals, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AssignEvaluators: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignEvaluatorsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AssignEvaluators, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DeclareConflictOfInterest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictOfInterestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue DeclareConflictOfInterest, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScoreProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ScoreProposal, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DecideSelection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideSelectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue DecideSelection, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    NotifyOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotifyOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue NotifyOrganization, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CallForProposalsController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors), without the scores sealed from the caller while the call is evaluated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CallForProposalsController_evaluations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). While the call is evaluated, an evaluator sees the other evaluators’ scores on a proposal once their own are in; others but the director and auditors see none, nor the ranking, until the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallEvaluationsDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OpenCooperationEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCooperationEngagementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue OpenCooperationEngagement, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReassignCooperationEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignEngagementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ReassignCooperationEngagement, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordNeeds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordNeedsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordNeeds, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlanAssessmentMission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanAssessmentMissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PlanAssessmentMission, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordAssessmentMissionHeld: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentMissionHeldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordAssessmentMissionHeld, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DecideOnAssistance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistanceDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue DecideOnAssistance, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WithdrawCooperationEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawEngagementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue WithdrawCooperationEngagement, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CooperationEngagementController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors): every plan version, activity and clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ProposeActionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeActionPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ProposeActionPlan, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApproveActionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                /** @description The version the partner answers. */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ApproveActionPlan, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RequestActionPlanModifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                /** @description The version the partner answers. */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModificationsRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RequestActionPlanModifications, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RejectActionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                /** @description The version the partner answers. */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RejectActionPlan, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ActionPlanController_diff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Field by field, what changed between two kept versions (within the scope of the reader, 404 outside it; personal fields masked for auditors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanDiffDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlanActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PlanActivity, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordActivityHeld: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityHeldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordActivityHeld, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CancelActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue CancelActivity, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DeclareServiceDeliveryComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryCompleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue DeclareServiceDeliveryComplete, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RecordFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue RecordFollowUp, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SubmitActivityReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue SubmitActivityReport, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LogVerificationController_verifyLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every case of the log verified: counts, and each case whose chain fails with its first failing event and why. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only auditors verify the whole log. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description A case type's status word (e.g. received, assigned, answered, closed). */
                status?: string;
                /** @description Officer id holding the case. */
                assignee?: string;
                caseType?: "email-request" | "internship-application" | "complaint" | "telephone-inquiry" | "call-for-proposals" | "cooperation-engagement" | "bilateral-project" | "premier-mission";
                /** @description The unit that works the case types. */
                team?: "information-services" | "international-programs" | "bilateral-relations" | "missions-bureau" | "secretary-general" | "interparliamentary-cooperation";
                /** @description Cases due before this instant. */
                dueBefore?: string;
                /** @description true: open cases past their due instant; false: all others. */
                overdue?: boolean;
                /** @description Open cases only: mine (assigned to me), unassigned (in my teams), team (my teams), overdue, due-soon (due within 2 working days), open (all). */
                view?: "mine" | "unassigned" | "team" | "overdue" | "due-soon" | "open";
                /** @description Earliest first; a leading - for latest first. Ties by case id. */
                sort?: "dueAt" | "-dueAt" | "receivedAt" | "-receivedAt" | "lastEventAt" | "-lastEventAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A call’s scores sealed from the caller read as null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike). The read model trails commands slightly. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_disclose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureDto"];
            };
        };
        responses: {
            /** @description The case with its timeline, personal fields shown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only auditors reveal: other readers see personal fields already, or none. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every stored event hashed again and linked: verified, or the first event that fails and why. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_stateAsOf: {
        parameters: {
            query: {
                /** @description An instant with its offset. */
                at: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's state as it stood at the instant, folded from its stored events, less the scores sealed from the caller now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike). Or no event of this case at or before the instant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CasesController_export: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's history as sealed, with its chain proof, as a JSON or CSV file for an auditor's records; personal fields masked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only auditors export a history. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The read could not be recorded in the access journal, so it is not answered. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ErasePersonalInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequestDto"];
            };
        };
        responses: {
            /** @description Erased: the key is destroyed, and `PersonalInformationErased` closes the case’s history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ErasePersonalInformation, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one of the officer’s body (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CorrectPersonalInformation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionRequestDto"];
            };
        };
        responses: {
            /** @description The correction, recorded as `PersonalInformationCorrected`: the events before it keep what they recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue CorrectPersonalInformation, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one of the officer’s body (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PrivacyController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHoldDto"][];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one of the officer’s body (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PlaceLegalHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceLegalHoldDto"];
            };
        };
        responses: {
            /** @description The hold: the case cannot be erased while it stands. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PlaceLegalHold, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one of the officer’s body (the two answer alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LiftLegalHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseId: string;
                holdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiftLegalHoldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHoldDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue LiftLegalHold, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one of the officer’s body (the two answer alike). Or no such hold on the case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PersonSearchController_find: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonSearchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCasesDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Only privacy officers search by person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CaseActionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseActionsDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case, or not one the caller may read (the two answer alike); the read model trails commands slightly. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PauseServiceStandardClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseType: "email-request" | "internship-application" | "complaint" | "telephone-inquiry" | "call-for-proposals" | "cooperation-engagement" | "bilateral-project" | "premier-mission";
                caseId: string;
                standardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PauseServiceStandardClock, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResumeServiceStandardClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send the same key to retry a command safely: it runs once, and the retry gets its first answer. */
                "Idempotency-Key"?: string;
            };
            path: {
                caseType: "email-request" | "internship-application" | "complaint" | "telephone-inquiry" | "call-for-proposals" | "cooperation-engagement" | "bilateral-project" | "premier-mission";
                caseId: string;
                standardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue ResumeServiceStandardClock, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such case (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_serviceStandards: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default: eleven months before `to`. */
                from?: string;
                /** @description Last month (YYYY-MM); default: this month. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per standard and month: met, late, breached, open, working days to answer; per month: telephone calls answered at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceReportDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_cooperationPortfolio: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD); default: no start. */
                from?: string;
                /** @description Last day (YYYY-MM-DD); default: no end. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Engagements under way in the period by partner parliament, country (ISO 3166-1), support organization, sector and stage; activities held in it by form and place. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationPortfolioDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReferenceController_countries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryDto"][];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReferenceController_parliaments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParliamentDto"][];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReferenceController_supportOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportOrganizationDto"][];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ServiceStandardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of every standard, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublishServiceStandardRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                standardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandardRevisionDto"];
            };
        };
        responses: {
            /** @description The new version; clocks that start on or after its date use it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue PublishServiceStandardRevision, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_dueDate: {
        parameters: {
            query: {
                /** @description The event that starts the count, with its offset. */
                from: string;
                /** @description N in "within N working days". */
                workingDays: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueDateDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_list: {
        parameters: {
            query: {
                /** @description Any year the calendar counts: its holidays come by rule. */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidaysDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AddHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddHolidayDto"];
            };
        };
        responses: {
            /** @description The new calendar version, and the workflow moving running clocks. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller's role may not issue AddHoliday, or not on this case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case refuses the command in its state (`command-refused`), or already exists (`case-exists`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-refused",
                     *       "title": "The case refuses this command in its current state",
                     *       "status": 409,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed",
                     *       "code": "command-refused",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is over 1 MiB (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:payload-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "the body is larger than 1048576 bytes, the most a request may send",
                     *       "code": "payload-too-large",
                     *       "message": "the body is larger than 1048576 bytes, the most a request may send"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not `application/json` (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "Content-Type",
                     *       "type": "urn:entente:problem:unsupported-media-type",
                     *       "title": "The body must be JSON",
                     *       "status": 415,
                     *       "detail": "the body must be application/json, not text/plain",
                     *       "code": "unsupported-media-type",
                     *       "message": "the body must be application/json, not text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A value breaks a rule of the case (`invalid-command`), named in `field`; or the Idempotency-Key was used for another request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "receivedAt",
                     *       "type": "urn:entente:problem:invalid-command",
                     *       "title": "The command breaks a rule of the case",
                     *       "status": 422,
                     *       "detail": "receivedAt: must not be in the future",
                     *       "code": "invalid-command",
                     *       "message": "receivedAt: must not be in the future"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The case did not answer in time (`command-timed-out`): retry with the same Idempotency-Key. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarMovesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A version administrators published (the built-in calendar is version 1). */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovedClocksDto"];
                };
            };
            /** @description A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "field": "sender.email",
                     *       "type": "urn:entente:problem:invalid-field",
                     *       "title": "A field is invalid",
                     *       "status": 400,
                     *       "detail": "sender.email must be an email",
                     *       "code": "invalid-field",
                     *       "message": "sender.email must be an email"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:unauthenticated",
                     *       "title": "A valid bearer token is required",
                     *       "status": 401,
                     *       "detail": "a valid bearer token is required",
                     *       "code": "unauthenticated",
                     *       "message": "a valid bearer token is required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Administrators see every moved clock, supervisors and directors their teams’; no one else. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:forbidden",
                     *       "title": "The caller may not do this",
                     *       "status": 403,
                     *       "detail": "case-officer may not issue AssignEmailRequest",
                     *       "code": "forbidden",
                     *       "message": "case-officer may not issue AssignEmailRequest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such published calendar version. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found",
                     *       "code": "not-found",
                     *       "message": "case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { status: 'ok', checks: { database: 'up', temporal: 'up' } } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`). */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:too-many-requests",
                     *       "title": "Too many requests: wait as Retry-After says",
                     *       "status": 429,
                     *       "detail": "more than 1200 requests in 60 s: wait as Retry-After says",
                     *       "code": "too-many-requests",
                     *       "message": "more than 1200 requests in 60 s: wait as Retry-After says"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An engine is down; `checks` says which. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:entente:problem:command-timed-out",
                     *       "title": "The case did not answer in time",
                     *       "status": 503,
                     *       "detail": "the case did not answer within 5000 ms; retry with the same Idempotency-Key",
                     *       "code": "command-timed-out",
                     *       "message": "the case did not answer within 5000 ms; retry with the same Idempotency-Key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
