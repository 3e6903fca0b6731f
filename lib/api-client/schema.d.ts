// Generated from the OpenAPI document (lib/http/openapi.ts) by `npm run api:types`. Do not edit:
// tests/unit/http/openapi.test.ts fails when this file and the operations disagree.

export interface paths {
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person and their practice
         * @description Needs the `read:me` permission (roles: ADMIN, CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exercise library: shipped guide exercises and the practice's custom ones you may see, latest versions
         * @description Needs the `read:exercise` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["listExercises"];
        put?: never;
        /**
         * Create a custom exercise: duplicate one ({ basedOn }) or write a new one ({ definition })
         * @description Needs the `write:exercise:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exercises/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One exercise with its definition (latest version, or ?version=) and its version history
         * @description Needs the `read:exercise` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getExercise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit your own custom exercise (a changed definition becomes a new version) or share it with your practice
         * @description Needs the `write:exercise:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        patch: operations["updateExercise"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations the signed-in person manages (a clinician's client invitations; an admin's practice clinician invitations)
         * @description Needs the `read:invitation` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * A clinician invites a client (alone, or as a partner in a new or existing couple); an admin invites a clinician
         * @description Needs the `manage:invitation` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an invitation: its link stops working
         * @description Needs the `manage:invitation` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new link valid for 7 days; the previous link stops working
         * @description Needs the `manage:invitation` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation with its emailed token: set a password, location (clients), consent and age
         * @description Open to anyone, signed in or not.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Licences and compact privileges: a clinician's own, or (admin) everyone's in the practice
         * @description Needs the `read:licence` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["listLicences"];
        put?: never;
        /**
         * A clinician records a licence or compact privilege (unverified until an admin verifies it)
         * @description Needs the `manage:licence:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * A clinician edits their own licence; changing a verified one sends it back for verification
         * @description Needs the `manage:licence:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        patch: operations["updateLicence"];
        trace?: never;
    };
    "/api/v1/licences/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An admin records the status the board's public lookup shows, with who verified it, when and where
         * @description Needs the `verify:licence` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        post: operations["verifyLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdiction/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the signed-in clinician may assign work to a client or couple now, person by person, and why (the outcome is recorded)
         * @description Needs the `assign:exercise:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["checkJurisdiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in clinician's caseload: individual clients and couples
         * @description Needs the `read:caseload:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["listClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One client of the signed-in clinician, with their location history
         * @description Needs the `read:caseload:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/safety-screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the outcome of a client's individual safety screen (not yet, no concern, concern); partners in a couple can share answers only while both are 'no concern'
         * @description Needs the `screen:client:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        put: operations["recordSafetyScreen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the signed-in client last said they are, and whether they should re-confirm it
         * @description Needs the `read:location:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        get: operations["getMyLocation"];
        put?: never;
        /**
         * The signed-in client confirms or changes where they are located (adds to their history)
         * @description Needs the `write:location:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        post: operations["confirmMyLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset link (same answer whether or not the email has an account)
         * @description Open to anyone, signed in or not.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token; signs the account out everywhere
         * @description Open to anyone, signed in or not.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/magic-link/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a one-time sign-in link to a client (same answer for any email)
         * @description Open to anyone, signed in or not.
         */
        post: operations["requestMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a candidate password against the policy and the common-password list (live feedback)
         * @description Open to anyone, signed in or not.
         */
        post: operations["checkPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (current password required); signs out other devices
         * @description Needs the `manage:account:own` permission (roles: ADMIN, CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Devices where the signed-in person is signed in
         * @description Needs the `manage:account:own` permission (roles: ADMIN, CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listSignInSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in person, this one included
         * @description Needs the `manage:account:own` permission (roles: ADMIN, CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two-step verification status (clinicians and admins)
         * @description Needs the `manage:two-factor:own` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getTwoFactorStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The practice's security settings (admins)
         * @description Needs the `manage:practice` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        get: operations["getPracticeSecurity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Require (or stop requiring) two-step verification for the practice's staff
         * @description Needs the `manage:practice` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        patch: operations["updatePracticeSecurity"];
        trace?: never;
    };
    "/api/v1/people/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member's role (ends their sessions)
         * @description Needs the `manage:people` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        patch: operations["changePersonRole"];
        trace?: never;
    };
    "/api/v1/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account (locked out on their next request)
         * @description Needs the `manage:people` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        post: operations["deactivatePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a deactivated account
         * @description Needs the `manage:people` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        post: operations["reactivatePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of someone in the practice
         * @description Needs the `manage:people` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        post: operations["signOutPersonEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting clinician's appointments (from a day ago by default)
         * @description Needs the `manage:appointment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Schedule an appointment with a client or couple of the caseload. 422: the start has passed, the video link is not https, or the client or couple has been discharged (re-admit them first)
         * @description Needs the `manage:appointment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
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
         * Cancel an appointment (kept, marked cancelled)
         * @description Needs the `manage:appointment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        delete: operations["cancelAppointment"];
        options?: never;
        head?: never;
        /**
         * Move or change an appointment
         * @description Needs the `manage:appointment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        patch: operations["updateAppointment"];
        trace?: never;
    };
    "/api/v1/me/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in client's upcoming appointments (their own and their couple's)
         * @description Needs the `read:appointment:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listMyAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/appointments/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the signed-in client's appointments as an iCalendar (.ics) file, for their calendar app
         * @description Needs the `read:appointment:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        get: operations["downloadMyAppointmentCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feed/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A clinician's private iCalendar feed, by its secret address (initials only; rate-limited; 404 once replaced or turned off)
         * @description Open to anyone, signed in or not.
         */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assignments you gave (clinicians) or were given (clients: your own copy only), a page at a time with a cursor
         * @description Needs the `read:assignment:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listAssignments"];
        put?: never;
        /**
         * Give an exercise (latest version, pinned) to a client or couple, optionally repeating weekly; refused with 422 when a licence does not cover where a recipient is, and with 409 (reason duplicate) when the same exercise is already open for the same people unless allowDuplicate is true
         * @description Needs the `assign:exercise:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One assignment: every recipient's progress for its clinician; the client's own copy for a client
         * @description Needs the `read:assignment:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the due date or note (422 when your licences do not cover where the recipients are now, as when assigning), or withdraw it (optionally with the later weeks of its series; never refused for licences); what was written is kept
         * @description Needs the `assign:exercise:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        patch: operations["updateAssignment"];
        trace?: never;
    };
    "/api/v1/assignments/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clients: your own answers (draft, version) and, once you both have sent yours, what your partner shared. Clinicians: every submission (drafts only where the client allows it); each read is audited
         * @description Needs the `read:assignment:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["getAssignmentResponse"];
        /**
         * Save your draft. Carries the version it started from: a stale one answers 409 with the current answers in details (reason: stale); a reviewed or withdrawn copy, or one whose client was discharged, answers 409 (reason: reviewed | withdrawn | discharged); an answer marked shared while the couple's sharing is paused answers 409 (reason: sharing_paused)
         * @description Needs the `write:response:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        put: operations["saveAssignmentResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send your answers to your therapist (kept as a numbered revision). Repeating it with the same answers creates nothing new; missing required answers answer 422 (details.prompts); a reviewed or withdrawn copy, or one whose client was discharged, answers 409 (reason: reviewed | withdrawn | discharged); an answer marked shared while the couple's sharing is paused answers 409 (reason: sharing_paused)
         * @description Needs the `write:response:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        post: operations["submitAssignmentResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clinicians (who gave it): every private note and feedback, each with who can read it; the read is audited. Clients: the feedback on your own copy, and on answers your partner shared once you both sent yours; never private notes
         * @description Needs the `read:assignment:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listAssignmentComments"];
        put?: never;
        /**
         * Write a private note (only you) or feedback (the client sees it) on an assignment you gave: on the whole of it, one person's copy or one answer that was sent. 422 when your licences do not cover where everyone it was given to is now
         * @description Needs the `review:assignment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["createAssignmentComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark what was sent as reviewed (locks the client's copy), or ask for a revision with a note (reopens it: the client can change it and send it again). 409 when nothing was sent, it was withdrawn, or a revision was already asked for; 422 when your licences do not cover where everyone it was given to is now
         * @description Needs the `review:assignment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["reviewAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
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
         * Withdraw a note or feedback you wrote: kept and marked withdrawn; the client no longer reads its text, only that it was withdrawn. 409 when it already was
         * @description Needs the `review:assignment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        delete: operations["withdrawComment"];
        options?: never;
        head?: never;
        /**
         * Change the text of a note or feedback you wrote (the client sees that feedback was edited; the earlier text is kept). 409 when it was withdrawn; 422 when your licences do not cover where everyone the work was given to is now
         * @description Needs the `review:assignment:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        patch: operations["editComment"];
        trace?: never;
    };
    "/api/v1/prep/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appointment prep for one client of your caseload: what they sent since the last appointment, what is missing or overdue, check-in trends, earlier notes. Each read is audited
         * @description Needs the `read:prep:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getClientPrep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prep/couples/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appointment prep for one couple of your caseload: both partners' answers prompt by prompt (each marked shared or private), what is missing, trends with one series per partner, earlier notes. Each read is audited
         * @description Needs the `read:prep:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getCouplePrep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The practice's audit trail, newest first (filters: person, client, action, date range; ?format=csv downloads it)
         * @description Needs the `read:audit` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the signed-in client wrote: profile, locations, assignments with their questions, answers, revisions and feedback (JSON download)
         * @description Needs the `export:data:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the signed-in client's account: deactivated at once, records kept for the practice's retention period, then deleted
         * @description Needs the `close:account:own` permission (roles: CLIENT); which records it reaches depends on who asks.
         */
        post: operations["closeMyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clinicians: your inbox (threads with your clients and couples, newest first, unread counts; filter by client or couple; archived apart). Clients: your threads with your clinician (yours and, in a couple, the joint one; never your partner's private thread). The read is audited
         * @description Needs the `read:thread:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listThreads"];
        put?: never;
        /**
         * Find or start a thread: clinicians name a client (their own thread) or a couple (the joint thread) of their caseload; clients ask for their own thread or their couple's joint one
         * @description Needs the `read:thread:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        post: operations["openThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Clinicians: archive a thread (it returns to the inbox with the next message) or bring it back
         * @description Needs the `read:thread:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        patch: operations["updateThread"];
        trace?: never;
    };
    "/api/v1/threads/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest messages of a thread you take part in (oldest first within the page; nextCursor pages back), with the clinician's office-hours note. Every read is audited
         * @description Needs the `read:thread:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        get: operations["listThreadMessages"];
        put?: never;
        /**
         * Send a text message. idempotencyKey is made by your device: sending again with the same key returns the first message (200) instead of a second one (201). 409: the conversation is closed (reason closed: the account is closed; discharged: care has ended, until re-admission) or the key was used elsewhere; 422: (clinicians) your licences do not cover where the clients are now; 429: too many messages, wait Retry-After
         * @description Needs the `write:message:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        post: operations["sendThreadMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threads/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a thread read up to now, or (unread: true) unread again from its latest message
         * @description Needs the `read:thread:own` permission (roles: CLINICIAN, CLIENT); which records it reaches depends on who asks.
         */
        post: operations["markThreadRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/office-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clinicians: your office-hours note, shown to your clients above the message composer
         * @description Needs the `manage:office-hours:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        get: operations["getOfficeHours"];
        /**
         * Clinicians: set your office-hours note (empty removes it)
         * @description Needs the `manage:office-hours:own` permission (roles: CLINICIAN); which records it reaches depends on who asks.
         */
        put: operations["setOfficeHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The practice's settings (admins)
         * @description Needs the `manage:practice` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        get: operations["getPracticeSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the practice's name, time zone, word for between-session work, retention and location rules
         * @description Needs the `manage:practice` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        patch: operations["updatePracticeSettings"];
        trace?: never;
    };
    "/api/v1/clients/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discharge a client (body: {"confirm": "DISCHARGE"}): no new work; they keep read and export access for 90 days
         * @description Needs the `discharge:client` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["dischargeClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/readmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-admit a discharged client
         * @description Needs the `discharge:client` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["readmitClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/couples/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discharge both partners of a couple (body: {"confirm": "DISCHARGE"})
         * @description Needs the `discharge:client` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["dischargeCouple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/couples/{id}/readmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-admit a discharged couple
         * @description Needs the `discharge:client` permission (roles: ADMIN, CLINICIAN); which records it reaches depends on who asks.
         */
        post: operations["readmitCouple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a client's account now (admins; body: {"confirm": "CLOSE"}): sign-in ends; the record is kept for the retention period, then deleted
         * @description Needs the `close:client` permission (roles: ADMIN); which records it reaches depends on who asks.
         */
        post: operations["closeClientAccount"];
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
        Error: {
            error: {
                code: string;
                message: string;
                requestId: string;
                details?: unknown;
            };
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
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        timeZone: string;
                        practice: {
                            id: string;
                            name: string;
                            assignmentLabel: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExercises: {
        parameters: {
            query?: {
                q?: string;
                section?: string;
                audience?: "individual" | "couple" | "both";
                length?: "short" | "medium" | "long";
                maxMinutes?: number;
                source?: "guide" | "mine" | "shared";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            slug: string;
                            title: string;
                            summary: string;
                            section: {
                                id: string;
                                title: string;
                            };
                            /** @enum {string} */
                            audience: "individual" | "couple" | "both";
                            estimatedMinutes: number;
                            version: number;
                            versionId: string;
                            /** @enum {string} */
                            source: "guide" | "custom";
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            ownedByMe: boolean;
                            shared: boolean;
                            basedOn: {
                                slug: string;
                                title: string;
                            } | null;
                            perspectives: {
                                id: string;
                                label: string;
                            }[];
                            promptCount: number;
                            updatedAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        nextPage: number | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExercise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Slug of a visible exercise to duplicate (its latest version) */
                    basedOn?: string;
                    /** @description An exercise definition in the content-pack format (slug, title, summary, section, audience, estimatedMinutes, intro?, perspectives | prompts). version is set by the server; credit and slug are filled in when absent. */
                    definition?: {
                        [key: string]: unknown;
                    };
                    /** @description Visible read-only to the practice's other clinicians */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: string;
                        summary: string;
                        section: {
                            id: string;
                            title: string;
                        };
                        /** @enum {string} */
                        audience: "individual" | "couple" | "both";
                        estimatedMinutes: number;
                        version: number;
                        versionId: string;
                        /** @enum {string} */
                        source: "guide" | "custom";
                        owner: {
                            id: string;
                            name: string;
                        } | null;
                        ownedByMe: boolean;
                        shared: boolean;
                        basedOn: {
                            slug: string;
                            title: string;
                        } | null;
                        perspectives: {
                            id: string;
                            label: string;
                        }[];
                        promptCount: number;
                        updatedAt: string;
                        shown: {
                            id: string;
                            version: number;
                            createdAt: string;
                            contentHash: string;
                        };
                        definition: {
                            slug: string;
                            version: number;
                            title: string;
                            summary: string;
                            section: string;
                            /** @enum {string} */
                            audience: "individual" | "couple" | "both";
                            estimatedMinutes: number;
                            credit: {
                                source: string;
                                author: string;
                                section: string;
                            };
                            intro?: string;
                            perspectives?: {
                                id: string;
                                label: string;
                                prompts: ({
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "long_text";
                                    /** @default 10000 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "short_text";
                                    /** @default 300 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "scale";
                                    min: number;
                                    max: number;
                                    minLabel: string;
                                    maxLabel: string;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "single_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "multiple_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "checklist";
                                    items: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "log";
                                    entryLabel: string;
                                    minEntries?: number;
                                })[];
                            }[];
                            prompts?: ({
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "long_text";
                                /** @default 10000 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "short_text";
                                /** @default 300 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "scale";
                                min: number;
                                max: number;
                                minLabel: string;
                                maxLabel: string;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "single_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "multiple_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "checklist";
                                items: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "log";
                                entryLabel: string;
                                minEntries?: number;
                            })[];
                            measure?: {
                                /** @enum {string} */
                                instrument: "phq-9" | "gad-7" | "csi-4";
                                citation: string;
                                licence: string;
                            };
                        };
                        versions: {
                            id: string;
                            version: number;
                            createdAt: string;
                        }[];
                        canEdit: boolean;
                        versionCreated: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExercise: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: string;
                        summary: string;
                        section: {
                            id: string;
                            title: string;
                        };
                        /** @enum {string} */
                        audience: "individual" | "couple" | "both";
                        estimatedMinutes: number;
                        version: number;
                        versionId: string;
                        /** @enum {string} */
                        source: "guide" | "custom";
                        owner: {
                            id: string;
                            name: string;
                        } | null;
                        ownedByMe: boolean;
                        shared: boolean;
                        basedOn: {
                            slug: string;
                            title: string;
                        } | null;
                        perspectives: {
                            id: string;
                            label: string;
                        }[];
                        promptCount: number;
                        updatedAt: string;
                        shown: {
                            id: string;
                            version: number;
                            createdAt: string;
                            contentHash: string;
                        };
                        definition: {
                            slug: string;
                            version: number;
                            title: string;
                            summary: string;
                            section: string;
                            /** @enum {string} */
                            audience: "individual" | "couple" | "both";
                            estimatedMinutes: number;
                            credit: {
                                source: string;
                                author: string;
                                section: string;
                            };
                            intro?: string;
                            perspectives?: {
                                id: string;
                                label: string;
                                prompts: ({
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "long_text";
                                    /** @default 10000 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "short_text";
                                    /** @default 300 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "scale";
                                    min: number;
                                    max: number;
                                    minLabel: string;
                                    maxLabel: string;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "single_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "multiple_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "checklist";
                                    items: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "log";
                                    entryLabel: string;
                                    minEntries?: number;
                                })[];
                            }[];
                            prompts?: ({
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "long_text";
                                /** @default 10000 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "short_text";
                                /** @default 300 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "scale";
                                min: number;
                                max: number;
                                minLabel: string;
                                maxLabel: string;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "single_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "multiple_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "checklist";
                                items: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "log";
                                entryLabel: string;
                                minEntries?: number;
                            })[];
                            measure?: {
                                /** @enum {string} */
                                instrument: "phq-9" | "gad-7" | "csi-4";
                                citation: string;
                                licence: string;
                            };
                        };
                        versions: {
                            id: string;
                            version: number;
                            createdAt: string;
                        }[];
                        canEdit: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An exercise definition in the content-pack format (slug, title, summary, section, audience, estimatedMinutes, intro?, perspectives | prompts). version is set by the server; credit and slug are filled in when absent. */
                    definition?: {
                        [key: string]: unknown;
                    };
                    shared?: boolean;
                    /** @description The latest version the editor started from; a different latest version answers 409 */
                    expectedVersion?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        title: string;
                        summary: string;
                        section: {
                            id: string;
                            title: string;
                        };
                        /** @enum {string} */
                        audience: "individual" | "couple" | "both";
                        estimatedMinutes: number;
                        version: number;
                        versionId: string;
                        /** @enum {string} */
                        source: "guide" | "custom";
                        owner: {
                            id: string;
                            name: string;
                        } | null;
                        ownedByMe: boolean;
                        shared: boolean;
                        basedOn: {
                            slug: string;
                            title: string;
                        } | null;
                        perspectives: {
                            id: string;
                            label: string;
                        }[];
                        promptCount: number;
                        updatedAt: string;
                        shown: {
                            id: string;
                            version: number;
                            createdAt: string;
                            contentHash: string;
                        };
                        definition: {
                            slug: string;
                            version: number;
                            title: string;
                            summary: string;
                            section: string;
                            /** @enum {string} */
                            audience: "individual" | "couple" | "both";
                            estimatedMinutes: number;
                            credit: {
                                source: string;
                                author: string;
                                section: string;
                            };
                            intro?: string;
                            perspectives?: {
                                id: string;
                                label: string;
                                prompts: ({
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "long_text";
                                    /** @default 10000 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "short_text";
                                    /** @default 300 */
                                    maxLength: number;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "scale";
                                    min: number;
                                    max: number;
                                    minLabel: string;
                                    maxLabel: string;
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "single_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "multiple_choice";
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "checklist";
                                    items: {
                                        id: string;
                                        label: string;
                                    }[];
                                } | {
                                    id: string;
                                    label: string;
                                    help?: string;
                                    /** @default false */
                                    required: boolean;
                                    /** @constant */
                                    kind: "log";
                                    entryLabel: string;
                                    minEntries?: number;
                                })[];
                            }[];
                            prompts?: ({
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "long_text";
                                /** @default 10000 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "short_text";
                                /** @default 300 */
                                maxLength: number;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "scale";
                                min: number;
                                max: number;
                                minLabel: string;
                                maxLabel: string;
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "single_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "multiple_choice";
                                options: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "checklist";
                                items: {
                                    id: string;
                                    label: string;
                                }[];
                            } | {
                                id: string;
                                label: string;
                                help?: string;
                                /** @default false */
                                required: boolean;
                                /** @constant */
                                kind: "log";
                                entryLabel: string;
                                minEntries?: number;
                            })[];
                            measure?: {
                                /** @enum {string} */
                                instrument: "phq-9" | "gad-7" | "csi-4";
                                citation: string;
                                licence: string;
                            };
                        };
                        versions: {
                            id: string;
                            version: number;
                            createdAt: string;
                        }[];
                        canEdit: boolean;
                        versionCreated: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "revoked" | "expired";
                coupleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitations: {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "ADMIN" | "CLINICIAN" | "CLIENT";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "revoked" | "expired";
                            invitedByName: string;
                            couple: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            expiresAt: string;
                            acceptedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    role: "CLIENT";
                    email: string;
                    name: string;
                    couple?: ({
                        /** @constant */
                        mode: "new";
                        name: string;
                        /** @enum {string} */
                        confidentiality: "NO_SECRETS" | "LIMITED_SECRETS";
                        note?: string | null;
                    } | {
                        /** @constant */
                        mode: "existing";
                        coupleId: string;
                    }) | null;
                } | {
                    /** @constant */
                    role: "CLINICIAN";
                    email: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        invitedByName: string;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        invitedByName: string;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        invitedByName: string;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        expiresAt: string;
                        acceptedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                    /** @enum {string} */
                    state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                    /** @constant */
                    consent: true;
                    /** @constant */
                    adult: true;
                    agreement?: boolean;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        home: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLicences: {
        parameters: {
            query?: {
                clinicianId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        licences: {
                            id: string;
                            clinicianId: string;
                            clinicianName: string;
                            /** @enum {string} */
                            kind: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                            /** @enum {string} */
                            profession: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                            state: string;
                            stateName: string;
                            number: string;
                            board: string | null;
                            compact: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                            homeState: string | null;
                            homeAuthorizationId: string | null;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                            issuedAt: string | null;
                            expiresAt: string;
                            verifiedAt: string | null;
                            verifiedByName: string | null;
                            verificationUrl: string | null;
                            verificationNote: string | null;
                            current: boolean;
                            warning: {
                                licenceId: string;
                                state: string;
                                /** @enum {string} */
                                level: "7" | "30" | "60" | "expired";
                                daysLeft: number;
                                expiresAt: string;
                                message: string;
                            } | null;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLicence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default STATE_LICENSE
                     * @enum {string}
                     */
                    kind?: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                    /** @enum {string} */
                    profession: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                    /** @enum {string} */
                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                    number: string;
                    board?: string | null;
                    compact?: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                    homeState?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI") | null;
                    homeAuthorizationId?: string | null;
                    /**
                     * @default ACTIVE
                     * @enum {string}
                     */
                    status?: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                    issuedAt?: (string) | null;
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clinicianId: string;
                        clinicianName: string;
                        /** @enum {string} */
                        kind: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                        /** @enum {string} */
                        profession: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                        state: string;
                        stateName: string;
                        number: string;
                        board: string | null;
                        compact: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                        homeState: string | null;
                        homeAuthorizationId: string | null;
                        /** @enum {string} */
                        status: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                        issuedAt: string | null;
                        expiresAt: string;
                        verifiedAt: string | null;
                        verifiedByName: string | null;
                        verificationUrl: string | null;
                        verificationNote: string | null;
                        current: boolean;
                        warning: {
                            licenceId: string;
                            state: string;
                            /** @enum {string} */
                            level: "7" | "30" | "60" | "expired";
                            daysLeft: number;
                            expiresAt: string;
                            message: string;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                    /** @enum {string} */
                    profession?: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                    /** @enum {string} */
                    state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                    number?: string;
                    board?: string | null;
                    compact?: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                    homeState?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI") | null;
                    homeAuthorizationId?: string | null;
                    /** @enum {string} */
                    status?: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                    issuedAt?: (string) | null;
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clinicianId: string;
                        clinicianName: string;
                        /** @enum {string} */
                        kind: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                        /** @enum {string} */
                        profession: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                        state: string;
                        stateName: string;
                        number: string;
                        board: string | null;
                        compact: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                        homeState: string | null;
                        homeAuthorizationId: string | null;
                        /** @enum {string} */
                        status: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                        issuedAt: string | null;
                        expiresAt: string;
                        verifiedAt: string | null;
                        verifiedByName: string | null;
                        verificationUrl: string | null;
                        verificationNote: string | null;
                        current: boolean;
                        warning: {
                            licenceId: string;
                            state: string;
                            /** @enum {string} */
                            level: "7" | "30" | "60" | "expired";
                            daysLeft: number;
                            expiresAt: string;
                            message: string;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default ACTIVE
                     * @enum {string}
                     */
                    status?: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                    verificationUrl?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clinicianId: string;
                        clinicianName: string;
                        /** @enum {string} */
                        kind: "STATE_LICENSE" | "COMPACT_PRIVILEGE" | "MULTISTATE_LICENSE";
                        /** @enum {string} */
                        profession: "LMFT" | "LPC" | "LPC_MHSP" | "LCSW" | "LMSW" | "LCPT" | "PSYCHOLOGIST" | "RESIDENT_MFT" | "RESIDENT_COUNSELING";
                        state: string;
                        stateName: string;
                        number: string;
                        board: string | null;
                        compact: ("COUNSELING" | "PSYPACT" | "SOCIAL_WORK") | null;
                        homeState: string | null;
                        homeAuthorizationId: string | null;
                        /** @enum {string} */
                        status: "ACTIVE" | "INACTIVE" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "PENDING" | "UNKNOWN";
                        issuedAt: string | null;
                        expiresAt: string;
                        verifiedAt: string | null;
                        verifiedByName: string | null;
                        verificationUrl: string | null;
                        verificationNote: string | null;
                        current: boolean;
                        warning: {
                            licenceId: string;
                            state: string;
                            /** @enum {string} */
                            level: "7" | "30" | "60" | "expired";
                            daysLeft: number;
                            expiresAt: string;
                            message: string;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkJurisdiction: {
        parameters: {
            query?: {
                clientId?: string;
                coupleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed: boolean;
                        checkedAt: string;
                        people: {
                            clientId: string;
                            name: string;
                            state: string | null;
                            stateName: string | null;
                            attestedAt: string | null;
                            allowed: boolean;
                            /** @enum {string} */
                            code: "allowed" | "location_unknown" | "location_stale" | "no_authorization" | "licence_not_active" | "licence_expired" | "licence_not_yet_valid" | "licence_unverified" | "privilege_home_invalid" | "resident_needs_supervisor";
                            message: string;
                            authorizationId: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        individuals: {
                            id: string;
                            name: string;
                            email: string;
                            coupleId: string | null;
                            state: string | null;
                            stateName: string | null;
                            locationAttestedAt: string | null;
                            locationNeedsConfirmation: ("unknown" | "stale") | null;
                            dischargedAt: string | null;
                        }[];
                        couples: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            confidentiality: "NO_SECRETS" | "LIMITED_SECRETS";
                            partners: {
                                id: string;
                                name: string;
                                email: string;
                                coupleId: string | null;
                                state: string | null;
                                stateName: string | null;
                                locationAttestedAt: string | null;
                                locationNeedsConfirmation: ("unknown" | "stale") | null;
                                dischargedAt: string | null;
                            }[];
                            pendingInvitations: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        coupleId: string | null;
                        state: string | null;
                        stateName: string | null;
                        locationAttestedAt: string | null;
                        locationNeedsConfirmation: ("unknown" | "stale") | null;
                        dischargedAt: string | null;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        consentAcceptedAt: string | null;
                        joinedAt: string;
                        closed: boolean;
                        locationHistory: {
                            state: string;
                            stateName: string;
                            /** @enum {string} */
                            source: "SELF_ATTESTED" | "APPOINTMENT_ATTESTED" | "SUBMISSION";
                            attestedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordSafetyScreen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Outcome of the individual screen (intimate partner violence, coercive control): NOT_YET, NO_CONCERN or CONCERN
                     * @enum {string}
                     */
                    outcome: "NOT_YET" | "NO_CONCERN" | "CONCERN";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string;
                        /** @enum {string} */
                        outcome: "NOT_YET" | "NO_CONCERN" | "CONCERN";
                        screenedAt: string | null;
                        coupleSharingCleared: boolean | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state: string | null;
                        stateName: string | null;
                        attestedAt: string | null;
                        maxAgeDays: number;
                        needsConfirmation: ("unknown" | "stale") | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmMyLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state: string | null;
                        stateName: string | null;
                        attestedAt: string | null;
                        maxAgeDays: number;
                        needsConfirmation: ("unknown" | "stale") | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts: wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts: wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    email?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        reason?: string;
                        message?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        otherSessionsEnded: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts: wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSignInSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: {
                            id: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            device: string;
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTwoFactorStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        recoveryCodesLeft: number;
                        requiredByPractice: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPracticeSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePracticeSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requireTwoFactor: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePersonRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "ADMIN" | "CLINICIAN";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        active: boolean;
                        twoFactorEnabled: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deactivatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        active: boolean;
                        twoFactorEnabled: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactivatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        active: boolean;
                        twoFactorEnabled: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutPersonEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "ADMIN" | "CLINICIAN" | "CLIENT";
                        active: boolean;
                        twoFactorEnabled: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                includeCancelled?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointments: {
                            id: string;
                            startsAt: string;
                            endsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                            cancelled: boolean;
                            videoUrl: string | null;
                            seriesId: string | null;
                            with: {
                                /** @enum {string} */
                                kind: "client" | "couple";
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientId?: string;
                    coupleId?: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** @default 50 */
                    durationMinutes?: number;
                    /**
                     * @default IN_PERSON
                     * @enum {string}
                     */
                    modality?: "IN_PERSON" | "VIDEO";
                    /** Format: uri */
                    videoUrl?: string;
                    repeatWeeks?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        startsAt: string;
                        endsAt: string;
                        durationMinutes: number;
                        /** @enum {string} */
                        modality: "IN_PERSON" | "VIDEO";
                        cancelled: boolean;
                        videoUrl: string | null;
                        seriesId: string | null;
                        with: {
                            /** @enum {string} */
                            kind: "client" | "couple";
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        startsAt: string;
                        endsAt: string;
                        durationMinutes: number;
                        /** @enum {string} */
                        modality: "IN_PERSON" | "VIDEO";
                        cancelled: boolean;
                        videoUrl: string | null;
                        seriesId: string | null;
                        with: {
                            /** @enum {string} */
                            kind: "client" | "couple";
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    startsAt?: string;
                    durationMinutes?: number;
                    /** @enum {string} */
                    modality?: "IN_PERSON" | "VIDEO";
                    videoUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        startsAt: string;
                        endsAt: string;
                        durationMinutes: number;
                        /** @enum {string} */
                        modality: "IN_PERSON" | "VIDEO";
                        cancelled: boolean;
                        videoUrl: string | null;
                        seriesId: string | null;
                        with: {
                            /** @enum {string} */
                            kind: "client" | "couple";
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointments: {
                            id: string;
                            startsAt: string;
                            endsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                            videoUrl: string | null;
                            withCouple: boolean;
                            clinicianName: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadMyAppointmentCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts: wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "active" | "withdrawn" | "all";
                clientId?: string;
                coupleId?: string;
                seriesId?: string;
                sort?: "dueAt" | "-dueAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @constant */
                            view: "clinician";
                            id: string;
                            exercise: {
                                slug: string;
                                title: string;
                                version: number;
                                versionId: string;
                                estimatedMinutes: number;
                            };
                            note: string | null;
                            dueAt: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "WITHDRAWN";
                            withdrawnAt: string | null;
                            seriesId: string | null;
                            createdAt: string;
                            couple: {
                                id: string;
                                name: string;
                            } | null;
                            recipients: {
                                clientId: string;
                                name: string;
                                perspective: {
                                    id: string;
                                    label: string;
                                } | null;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                                submittedAt: string | null;
                                reviewedAt: string | null;
                            }[];
                        } | {
                            /** @constant */
                            view: "client";
                            id: string;
                            exercise: {
                                slug: string;
                                title: string;
                                version: number;
                                versionId: string;
                                estimatedMinutes: number;
                            };
                            note: string | null;
                            dueAt: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "WITHDRAWN";
                            withdrawnAt: string | null;
                            seriesId: string | null;
                            createdAt: string;
                            clinicianName: string;
                            couple: {
                                name: string;
                            } | null;
                            perspective: {
                                id: string;
                                label: string;
                            } | null;
                            /** @enum {string} */
                            state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            hasUnsentChanges: boolean;
                            partner: {
                                firstName: string;
                                submitted: boolean;
                            } | null;
                        })[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Slug of a library exercise you may see; its latest version is pinned */
                    exercise: string;
                    /** @description An individual client of yours (or one partner on their own) */
                    clientId?: string;
                    /** @description A couple of yours: every partner who has joined gets their own copy */
                    coupleId?: string;
                    /**
                     * Format: date-time
                     * @description Default: an hour before the next appointment with them (at least a day away), else in 7 days
                     */
                    dueAt?: string;
                    /** @description A personal note the client sees with the work */
                    note?: string;
                    /** @description For exercises with perspectives: which one each client answers from, by client id */
                    perspectives?: {
                        [key: string]: string;
                    };
                    /**
                     * Format: date-time
                     * @description Repeat weekly (same weekday and time) until this moment, at most 26 weeks; the copies share a seriesId
                     */
                    repeatWeeklyUntil?: string;
                    /** @description true: send it even though the same exercise is already open for the same people (otherwise 409, reason duplicate, with the open ones in details.open) */
                    allowDuplicate?: boolean;
                    /** @description With repeatWeeklyUntil: one copy every this many weeks (default 1; 2 = every 2 weeks) */
                    repeatEveryWeeks?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @constant */
                            view: "clinician";
                            id: string;
                            exercise: {
                                slug: string;
                                title: string;
                                version: number;
                                versionId: string;
                                estimatedMinutes: number;
                            };
                            note: string | null;
                            dueAt: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "WITHDRAWN";
                            withdrawnAt: string | null;
                            seriesId: string | null;
                            createdAt: string;
                            couple: {
                                id: string;
                                name: string;
                            } | null;
                            recipients: {
                                clientId: string;
                                name: string;
                                perspective: {
                                    id: string;
                                    label: string;
                                } | null;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                                submittedAt: string | null;
                                reviewedAt: string | null;
                            }[];
                        }[];
                        seriesId: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        view: "clinician";
                        id: string;
                        exercise: {
                            slug: string;
                            title: string;
                            version: number;
                            versionId: string;
                            estimatedMinutes: number;
                        };
                        note: string | null;
                        dueAt: string;
                        /** @enum {string} */
                        status: "ACTIVE" | "WITHDRAWN";
                        withdrawnAt: string | null;
                        seriesId: string | null;
                        createdAt: string;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        recipients: {
                            clientId: string;
                            name: string;
                            perspective: {
                                id: string;
                                label: string;
                            } | null;
                            /** @enum {string} */
                            state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            submittedAt: string | null;
                            reviewedAt: string | null;
                        }[];
                    } | {
                        /** @constant */
                        view: "client";
                        id: string;
                        exercise: {
                            slug: string;
                            title: string;
                            version: number;
                            versionId: string;
                            estimatedMinutes: number;
                        };
                        note: string | null;
                        dueAt: string;
                        /** @enum {string} */
                        status: "ACTIVE" | "WITHDRAWN";
                        withdrawnAt: string | null;
                        seriesId: string | null;
                        createdAt: string;
                        clinicianName: string;
                        couple: {
                            name: string;
                        } | null;
                        perspective: {
                            id: string;
                            label: string;
                        } | null;
                        /** @enum {string} */
                        state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                        submittedAt: string | null;
                        reviewedAt: string | null;
                        hasUnsentChanges: boolean;
                        partner: {
                            firstName: string;
                            submitted: boolean;
                        } | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    dueAt?: string;
                    /** @description null or an empty string removes the note */
                    note?: string | null;
                    /**
                     * @description Withdraw it: the client sees it was withdrawn; anything written is kept, read-only
                     * @constant
                     */
                    withdraw?: true;
                    /** @description With withdraw: also withdraw every later week of the same series that is still active */
                    series?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        view: "clinician";
                        id: string;
                        exercise: {
                            slug: string;
                            title: string;
                            version: number;
                            versionId: string;
                            estimatedMinutes: number;
                        };
                        note: string | null;
                        dueAt: string;
                        /** @enum {string} */
                        status: "ACTIVE" | "WITHDRAWN";
                        withdrawnAt: string | null;
                        seriesId: string | null;
                        createdAt: string;
                        couple: {
                            id: string;
                            name: string;
                        } | null;
                        recipients: {
                            clientId: string;
                            name: string;
                            perspective: {
                                id: string;
                                label: string;
                            } | null;
                            /** @enum {string} */
                            state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            submittedAt: string | null;
                            reviewedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssignmentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        view: "client";
                        assignmentId: string;
                        /** @enum {string} */
                        state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                        locked: ("reviewed" | "withdrawn" | "discharged") | null;
                        version: number;
                        answers: {
                            [key: string]: {
                                value: unknown;
                                shared: boolean;
                            };
                        };
                        updatedAt: string;
                        submittedAt: string | null;
                        hasUnsentChanges: boolean;
                        revisions: {
                            number: number;
                            submittedAt: string;
                        }[];
                        sharingAvailable: boolean;
                        sharingPaused: boolean;
                        partner: {
                            firstName: string;
                            perspective: {
                                id: string;
                                label: string;
                            } | null;
                            submitted: boolean;
                            shared: {
                                [key: string]: unknown;
                            } | null;
                        } | null;
                    } | {
                        /** @constant */
                        view: "clinician";
                        assignmentId: string;
                        sharingPaused: boolean;
                        recipients: {
                            clientId: string;
                            name: string;
                            perspective: {
                                id: string;
                                label: string;
                            } | null;
                            /** @enum {string} */
                            state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            submitted: {
                                revision: number;
                                submittedAt: string;
                                answers: {
                                    [key: string]: {
                                        value: unknown;
                                        shared: boolean;
                                    };
                                };
                            } | null;
                            revisions: {
                                number: number;
                                submittedAt: string;
                            }[];
                            draft: {
                                version: number;
                                updatedAt: string;
                                answers: {
                                    [key: string]: {
                                        value: unknown;
                                        shared: boolean;
                                    };
                                };
                            } | null;
                            draftsShared: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveAssignmentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version this draft started from (from GET, or the last save) */
                    version: number;
                    /** @description Every answer of the draft (the whole set replaces the stored one) */
                    answers: {
                        [key: string]: {
                            /** @description The answer, in the shape of its prompt's kind (text, number, option ids, log entries) */
                            value: unknown;
                            /** @description true: shared with the partner (couples only; shown once both have sent theirs). false: only the therapist */
                            shared: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        savedAt: string;
                        /** @enum {string} */
                        state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitAssignmentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version the answers being sent started from */
                    version: number;
                    /** @description Save these answers and send them in one step; without it, the stored draft is sent */
                    answers?: {
                        [key: string]: {
                            /** @description The answer, in the shape of its prompt's kind (text, number, option ids, log entries) */
                            value: unknown;
                            /** @description true: shared with the partner (couples only; shown once both have sent theirs). false: only the therapist */
                            shared: boolean;
                        };
                    };
                    /**
                     * @description Where the client is while sending (recorded in their location history)
                     * @enum {string}
                     */
                    state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "DC" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "AS" | "GU" | "MP" | "PR" | "VI";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                        submittedAt: string;
                        revision: number;
                        alreadySubmitted: boolean;
                        partnerSubmitted: boolean;
                        crisisSupport: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAssignmentComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        view: "clinician";
                        comments: {
                            id: string;
                            /** @enum {string} */
                            kind: "PRIVATE_NOTE" | "FEEDBACK";
                            body: string;
                            createdAt: string;
                            authorName: string;
                            assignmentId: string;
                            exerciseTitle: string;
                            recipientId: string | null;
                            about: {
                                clientId: string;
                                name: string;
                            } | null;
                            promptId: string | null;
                            promptLabel: string | null;
                            visibleTo: {
                                clientId: string;
                                name: string;
                            }[];
                            editedAt: string | null;
                            withdrawnAt: string | null;
                        }[];
                    } | {
                        /** @constant */
                        view: "client";
                        feedback: {
                            id: string;
                            body: string;
                            createdAt: string;
                            authorName: string;
                            /** @enum {string} */
                            about: "general" | "mine" | "partner";
                            promptId: string | null;
                            promptLabel: string | null;
                            editedAt: string | null;
                            withdrawn: boolean;
                            isNew: boolean;
                            partnerSees: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAssignmentComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description PRIVATE_NOTE: only you (the clinician) ever see it. FEEDBACK: the client it is about sees it (see recipientId)
                     * @enum {string}
                     */
                    kind: "PRIVATE_NOTE" | "FEEDBACK";
                    /** @description The note or feedback (plain text) */
                    body: string;
                    /** @description Whose copy it is about (recipientId from the prep view). Without it, it is about the whole assignment and feedback is seen by everyone it was given to */
                    recipientId?: string;
                    /** @description The answer it is about (needs recipientId). Feedback on an answer the client shared is also seen by their partner, once both have sent theirs */
                    promptId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "PRIVATE_NOTE" | "FEEDBACK";
                        body: string;
                        createdAt: string;
                        authorName: string;
                        assignmentId: string;
                        exerciseTitle: string;
                        recipientId: string | null;
                        about: {
                            clientId: string;
                            name: string;
                        } | null;
                        promptId: string | null;
                        promptLabel: string | null;
                        visibleTo: {
                            clientId: string;
                            name: string;
                        }[];
                        editedAt: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reviewAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description reviewed: mark what was sent as reviewed (the client can no longer change it). revision: reopen it so the client can change it and send it again
                     * @enum {string}
                     */
                    action: "reviewed" | "revision";
                    /** @description Feedback the client sees with it. Required when asking for a revision */
                    note?: string;
                    /** @description Only this person's copy (recipientId from the prep view). Without it: everyone who has sent theirs */
                    recipientId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: string;
                        recipients: {
                            recipientId: string;
                            clientId: string;
                            /** @enum {string} */
                            state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            reviewedAt: string | null;
                        }[];
                        comment: {
                            id: string;
                            /** @enum {string} */
                            kind: "PRIVATE_NOTE" | "FEEDBACK";
                            body: string;
                            createdAt: string;
                            authorName: string;
                            assignmentId: string;
                            exerciseTitle: string;
                            recipientId: string | null;
                            about: {
                                clientId: string;
                                name: string;
                            } | null;
                            promptId: string | null;
                            promptLabel: string | null;
                            visibleTo: {
                                clientId: string;
                                name: string;
                            }[];
                            editedAt: string | null;
                            withdrawnAt: string | null;
                        } | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "PRIVATE_NOTE" | "FEEDBACK";
                        body: string;
                        createdAt: string;
                        authorName: string;
                        assignmentId: string;
                        exerciseTitle: string;
                        recipientId: string | null;
                        about: {
                            clientId: string;
                            name: string;
                        } | null;
                        promptId: string | null;
                        promptLabel: string | null;
                        visibleTo: {
                            clientId: string;
                            name: string;
                        }[];
                        editedAt: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new text (plain text). The client sees that it was edited */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "PRIVATE_NOTE" | "FEEDBACK";
                        body: string;
                        createdAt: string;
                        authorName: string;
                        assignmentId: string;
                        exerciseTitle: string;
                        recipientId: string | null;
                        about: {
                            clientId: string;
                            name: string;
                        } | null;
                        promptId: string | null;
                        promptLabel: string | null;
                        visibleTo: {
                            clientId: string;
                            name: string;
                        }[];
                        editedAt: string | null;
                        withdrawnAt: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClientPrep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: {
                            /** @enum {string} */
                            kind: "client" | "couple";
                            id: string;
                            name: string;
                            people: {
                                clientId: string;
                                name: string;
                            }[];
                            couple: {
                                id: string;
                                name: string;
                            } | null;
                        };
                        generatedAt: string;
                        lastAppointment: {
                            id: string;
                            startsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                        } | null;
                        nextAppointment: {
                            id: string;
                            startsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                        } | null;
                        since: string | null;
                        assignments: {
                            id: string;
                            title: string;
                            exerciseSlug: string;
                            note: string | null;
                            dueAt: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "WITHDRAWN";
                            forCouple: boolean;
                            sharingPaused: boolean;
                            overdue: boolean;
                            awaitingReview: boolean;
                            copies: {
                                recipientId: string;
                                clientId: string;
                                name: string;
                                perspective: {
                                    id: string;
                                    label: string;
                                } | null;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                revision: number | null;
                                isNew: boolean;
                                answers: {
                                    promptId: string;
                                    label: string;
                                    kind: string;
                                    lines: string[];
                                    scale: {
                                        value: number | null;
                                        min: number;
                                        max: number;
                                        minLabel: string;
                                        maxLabel: string;
                                    } | null;
                                    shared: boolean;
                                    changed: boolean;
                                }[];
                            }[];
                            comments: {
                                id: string;
                                /** @enum {string} */
                                kind: "PRIVATE_NOTE" | "FEEDBACK";
                                body: string;
                                createdAt: string;
                                authorName: string;
                                assignmentId: string;
                                exerciseTitle: string;
                                recipientId: string | null;
                                about: {
                                    clientId: string;
                                    name: string;
                                } | null;
                                promptId: string | null;
                                promptLabel: string | null;
                                visibleTo: {
                                    clientId: string;
                                    name: string;
                                }[];
                                editedAt: string | null;
                                withdrawnAt: string | null;
                            }[];
                        }[];
                        outstanding: {
                            assignmentId: string;
                            title: string;
                            dueAt: string;
                            overdue: boolean;
                            waitingOn: {
                                clientId: string;
                                name: string;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            }[];
                        }[];
                        trends: {
                            exerciseSlug: string;
                            title: string;
                            scales: {
                                promptId: string;
                                label: string;
                                min: number;
                                max: number;
                                minLabel: string;
                                maxLabel: string;
                                series: {
                                    clientId: string;
                                    name: string;
                                    points: {
                                        at: string;
                                        value: number;
                                    }[];
                                }[];
                            }[];
                        }[];
                        earlierComments: {
                            id: string;
                            /** @enum {string} */
                            kind: "PRIVATE_NOTE" | "FEEDBACK";
                            body: string;
                            createdAt: string;
                            authorName: string;
                            assignmentId: string;
                            exerciseTitle: string;
                            recipientId: string | null;
                            about: {
                                clientId: string;
                                name: string;
                            } | null;
                            promptId: string | null;
                            promptLabel: string | null;
                            visibleTo: {
                                clientId: string;
                                name: string;
                            }[];
                            editedAt: string | null;
                            withdrawnAt: string | null;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCouplePrep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: {
                            /** @enum {string} */
                            kind: "client" | "couple";
                            id: string;
                            name: string;
                            people: {
                                clientId: string;
                                name: string;
                            }[];
                            couple: {
                                id: string;
                                name: string;
                            } | null;
                        };
                        generatedAt: string;
                        lastAppointment: {
                            id: string;
                            startsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                        } | null;
                        nextAppointment: {
                            id: string;
                            startsAt: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            modality: "IN_PERSON" | "VIDEO";
                        } | null;
                        since: string | null;
                        assignments: {
                            id: string;
                            title: string;
                            exerciseSlug: string;
                            note: string | null;
                            dueAt: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "WITHDRAWN";
                            forCouple: boolean;
                            sharingPaused: boolean;
                            overdue: boolean;
                            awaitingReview: boolean;
                            copies: {
                                recipientId: string;
                                clientId: string;
                                name: string;
                                perspective: {
                                    id: string;
                                    label: string;
                                } | null;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                revision: number | null;
                                isNew: boolean;
                                answers: {
                                    promptId: string;
                                    label: string;
                                    kind: string;
                                    lines: string[];
                                    scale: {
                                        value: number | null;
                                        min: number;
                                        max: number;
                                        minLabel: string;
                                        maxLabel: string;
                                    } | null;
                                    shared: boolean;
                                    changed: boolean;
                                }[];
                            }[];
                            comments: {
                                id: string;
                                /** @enum {string} */
                                kind: "PRIVATE_NOTE" | "FEEDBACK";
                                body: string;
                                createdAt: string;
                                authorName: string;
                                assignmentId: string;
                                exerciseTitle: string;
                                recipientId: string | null;
                                about: {
                                    clientId: string;
                                    name: string;
                                } | null;
                                promptId: string | null;
                                promptLabel: string | null;
                                visibleTo: {
                                    clientId: string;
                                    name: string;
                                }[];
                                editedAt: string | null;
                                withdrawnAt: string | null;
                            }[];
                        }[];
                        outstanding: {
                            assignmentId: string;
                            title: string;
                            dueAt: string;
                            overdue: boolean;
                            waitingOn: {
                                clientId: string;
                                name: string;
                                /** @enum {string} */
                                state: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVISION_REQUESTED" | "REVIEWED";
                            }[];
                        }[];
                        trends: {
                            exerciseSlug: string;
                            title: string;
                            scales: {
                                promptId: string;
                                label: string;
                                min: number;
                                max: number;
                                minLabel: string;
                                maxLabel: string;
                                series: {
                                    clientId: string;
                                    name: string;
                                    points: {
                                        at: string;
                                        value: number;
                                    }[];
                                }[];
                            }[];
                        }[];
                        earlierComments: {
                            id: string;
                            /** @enum {string} */
                            kind: "PRIVATE_NOTE" | "FEEDBACK";
                            body: string;
                            createdAt: string;
                            authorName: string;
                            assignmentId: string;
                            exerciseTitle: string;
                            recipientId: string | null;
                            about: {
                                clientId: string;
                                name: string;
                            } | null;
                            promptId: string | null;
                            promptLabel: string | null;
                            visibleTo: {
                                clientId: string;
                                name: string;
                            }[];
                            editedAt: string | null;
                            withdrawnAt: string | null;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actorId?: string;
                clientId?: string;
                action?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: string;
                            at: string;
                            actor: {
                                id: string;
                                name: string;
                                role: string | null;
                            } | null;
                            action: string;
                            actionLabel: string;
                            subjectType: string;
                            subjectId: string | null;
                            client: {
                                id: string;
                                name: string;
                            } | null;
                            ip: string | null;
                            userAgent: string | null;
                            requestId: string | null;
                            metadata: {
                                [key: string]: string | number | boolean | null;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        format: "mend-client-export";
                        version: number;
                        exportedAt: string;
                        profile: {
                            name: string;
                            email: string;
                            timeZone: string;
                            practice: string;
                            clinician: string;
                            couple: string | null;
                            joinedAt: string;
                            consentAcceptedAt: string | null;
                            shareDraftsWithClinician: boolean;
                            emailReminders: boolean;
                            closedAt: string | null;
                        };
                        locations: {
                            state: string;
                            source: string;
                            attestedAt: string;
                        }[];
                        assignments: {
                            id: string;
                            title: string;
                            exerciseVersion: number;
                            perspective: string | null;
                            assignedBy: string;
                            assignedAt: string;
                            dueAt: string;
                            status: string;
                            state: string;
                            submittedAt: string | null;
                            reviewedAt: string | null;
                            note: string | null;
                            questions: {
                                id: string;
                                label: string;
                                kind: string;
                            }[];
                            answers: {
                                promptId: string;
                                question: string;
                                kind: string;
                                value: unknown;
                                text: string;
                                sharedWithPartner: boolean;
                            }[];
                            answersUpdatedAt: string | null;
                            revisions: {
                                number: number;
                                submittedAt: string;
                                answers: {
                                    promptId: string;
                                    question: string;
                                    kind: string;
                                    value: unknown;
                                    text: string;
                                    sharedWithPartner: boolean;
                                }[];
                            }[];
                            feedback: {
                                at: string;
                                from: string;
                                question: string | null;
                                text: string;
                            }[];
                        }[];
                        messageThreads: {
                            title: string;
                            kind: string;
                            messages: {
                                at: string;
                                from: string;
                                text: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    confirm: "CLOSE";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string;
                        keptUntil: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listThreads: {
        parameters: {
            query?: {
                clientId?: string;
                coupleId?: string;
                archived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threads: {
                            id: string;
                            /** @enum {string} */
                            kind: "INDIVIDUAL" | "JOINT" | "PRIVATE";
                            title: string;
                            clientId: string | null;
                            coupleId: string | null;
                            participants: {
                                userId: string;
                                name: string;
                                /** @enum {string} */
                                role: "CLINICIAN" | "CLIENT";
                            }[];
                            lastMessageAt: string | null;
                            unread: number;
                            archived: boolean;
                        }[];
                        unreadTotal: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openThread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Clinicians: a client of your caseload (their own thread) */
                    clientId: string;
                } | {
                    /** @description Clinicians: a couple of your caseload (their joint thread) */
                    coupleId: string;
                } | {
                    /**
                     * @description Clients: your own thread with your clinician, or your couple's joint thread
                     * @enum {string}
                     */
                    kind: "own" | "joint";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "INDIVIDUAL" | "JOINT" | "PRIVATE";
                        title: string;
                        clientId: string | null;
                        coupleId: string | null;
                        participants: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "CLINICIAN" | "CLIENT";
                        }[];
                        lastMessageAt: string | null;
                        unread: number;
                        archived: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Clinicians: archive the thread (a new message brings it back) */
                    archived: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "INDIVIDUAL" | "JOINT" | "PRIVATE";
                        title: string;
                        clientId: string | null;
                        coupleId: string | null;
                        participants: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "CLINICIAN" | "CLIENT";
                        }[];
                        lastMessageAt: string | null;
                        unread: number;
                        archived: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listThreadMessages: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        thread: {
                            id: string;
                            /** @enum {string} */
                            kind: "INDIVIDUAL" | "JOINT" | "PRIVATE";
                            title: string;
                            clientId: string | null;
                            coupleId: string | null;
                            participants: {
                                userId: string;
                                name: string;
                                /** @enum {string} */
                                role: "CLINICIAN" | "CLIENT";
                            }[];
                            lastMessageAt: string | null;
                            unread: number;
                            archived: boolean;
                        };
                        messages: {
                            id: string;
                            threadId: string;
                            authorId: string;
                            authorName: string;
                            mine: boolean;
                            body: string;
                            idempotencyKey: string;
                            createdAt: string;
                            reference: {
                                assignmentId: string;
                                commentId: string | null;
                                title: string;
                            } | null;
                        }[];
                        nextCursor: string | null;
                        officeHours: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendThreadMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Plain text. Links are shown as text: never fetched or previewed */
                    body: string;
                    /** @description Made by the sender's device once per message; sending again with the same key returns the first message */
                    idempotencyKey: string;
                    /** @description The assignment this message replies about */
                    assignmentId?: string;
                    /** @description The piece of feedback this message replies about */
                    commentId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        threadId: string;
                        authorId: string;
                        authorName: string;
                        mine: boolean;
                        body: string;
                        idempotencyKey: string;
                        createdAt: string;
                        reference: {
                            assignmentId: string;
                            commentId: string | null;
                            title: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts: wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markThreadRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true: mark the thread unread again (from its latest message) */
                    unread?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threadId: string;
                        unread: number;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        note: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setOfficeHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What clients read above the composer, e.g. "I usually reply within two working days". Empty: none */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        note: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPracticeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        workWord: string;
                        retentionYears: number;
                        locationMaxAgeDays: number;
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePracticeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timeZone?: string;
                    workWord?: string;
                    retentionYears?: number;
                    locationMaxAgeDays?: number;
                    requireTwoFactor?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        workWord: string;
                        retentionYears: number;
                        locationMaxAgeDays: number;
                        requireTwoFactor: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dischargeClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "DISCHARGE" to discharge, "CLOSE" to close */
                    confirm: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            id: string;
                            dischargedAt: string | null;
                            accessEndsAt: string | null;
                            closed: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    readmitClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            id: string;
                            dischargedAt: string | null;
                            accessEndsAt: string | null;
                            closed: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dischargeCouple: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "DISCHARGE" to discharge, "CLOSE" to close */
                    confirm: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            id: string;
                            dischargedAt: string | null;
                            accessEndsAt: string | null;
                            closed: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    readmitCouple: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            id: string;
                            dischargedAt: string | null;
                            accessEndsAt: string | null;
                            closed: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeClientAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "DISCHARGE" to discharge, "CLOSE" to close */
                    confirm: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            id: string;
                            dischargedAt: string | null;
                            accessEndsAt: string | null;
                            closed: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Refused by a business rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected error (nothing is leaked; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
